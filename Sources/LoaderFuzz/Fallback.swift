#if !FUZZING
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The property-based fallback: libFuzzer's loop without coverage feedback. A seeded
/// generator mutates the seeds with the same kinds of edits libFuzzer makes (bytes, bits,
/// tokens, ranges, splices), so a run is reproducible from its seed.
enum Fallback {
    struct Options {
        var runs: UInt64 = 0
        var seconds: UInt64 = 0
        var seed: UInt64 = 2026
        var maxLength = 4096
        var artifacts = "."
        var paths: [String] = []
    }

    /// An input slower than this counts as a hang, as with libFuzzer's `-timeout=5`.
    static let hangSeconds: UInt32 = 5

    static func run(_ given: Options) -> Int32 {
        var options = given
        if options.runs == 0 && options.seconds == 0 { options.runs = 2000 }
        var corpus = Seeds.builtIn
        for path in options.paths { corpus += Files.read(path) }
        // Artifact names follow libFuzzer's (crash-…, timeout-…), so that scripts/fuzz counts both alike.
        let tag = "fallback-\(getpid())"
        CrashCapture.install(crash: options.artifacts + "/crash-\(tag)", timeout: options.artifacts + "/timeout-\(tag)")

        var mutator = Mutator(seed: options.seed, corpus: corpus, maxLength: options.maxLength)
        let clock = ContinuousClock()
        let started = clock.now
        let deadline = options.seconds > 0 ? started + .seconds(Int64(options.seconds)) : nil
        var executed: UInt64 = 0, failures = 0
        var slowest = Duration.zero

        // Every seed as it is first, then mutations until the budget is spent.
        var pending = corpus.makeIterator()
        while options.runs == 0 || executed < options.runs {
            // The clock is read every 64 inputs only: it costs more than a small parse.
            if let deadline, executed % 64 == 0, clock.now >= deadline { break }
            let input = pending.next() ?? mutator.next()
            let before = clock.now
            let violations = CrashCapture.checking(input) { Invariants.check(input) }
            let took = clock.now - before
            executed += 1
            slowest = max(slowest, took)
            if !violations.isEmpty {
                failures += 1
                let path = options.artifacts + "/crash-\(tag)-violation-\(failures)"
                Files.write(input, to: path)
                for violation in violations { printError("invariant broken: \(violation)") }
                printError("input (\(input.count) bytes, saved as \(path)): \(Invariants.hexDump(input))")
                if failures >= 10 { break }
            }
        }
        let elapsed = clock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let perSecond = seconds > 0 ? Int(Double(executed) / seconds) : 0
        let slowestMs = Double(slowest.components.seconds) * 1000 + Double(slowest.components.attoseconds) / 1e15
        print("loaderfuzz fallback: \(executed) inputs executed in \(Int(seconds.rounded())) s (\(perSecond)/s), "
              + "crashes 0, invariant violations \(failures), hangs 0 (slowest input \(Int(slowestMs.rounded())) ms)")
        // The lines libFuzzer prints with -print_final_stats=1, which scripts/fuzz reads.
        print("stat::number_of_executed_units: \(executed)")
        print("stat::average_exec_per_sec:     \(perSecond)")
        print("stat::slowest_unit_time_sec:    \(Int(slowestMs / 1000))")
        return failures == 0 ? 0 : 1
    }
}

/// Seeds that need no files: a header and a valid row for every file type, so that a plain
/// `LoaderFuzz` already reaches past the header checks into each parser's rows.
enum Seeds {
    static let builtIn: [[UInt8]] = [
        "toewijzingnummer;client;geboortejaar;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie;verwijzer;reden_wijziging;reden_beeindiging\n0743100001;J9530041;2006;43;43A09;98141654;2021-02-09;2021-12-31;1;14;1;;;\n",
        "toewijzingnummer;zorgmaand;volume;bedrag;ontvangstdatum\n0743100001;2021-01;4;324,70;2021-02-03\n",
        "toewijzingnummer;afstand_km;kleinschalig;onderwijs;verklarende_analyse\n0743100001;12,5;J;N;\n",
        "gemeentecode;naam;subregio\n0743;Asten;Peelgemeenten\n",
        "gemeentecode;jaar;jeugdigen;inwoners\n0743;2021;3507;17008\n",
        "productcode;omschrijving;productcategorie;segment;verblijf\n43A09;Gezinshuis;43;1;S1-verblijf\n",
        "productcode;jaar;tarief\n43A09;2021;254,78\n",
        "agb;naam\n98141654;Pleegzorg\n",
        "agb;productcode;ingangsdatum;einddatum\n98141654;43A09;2021-01-01;\n",
        "gemeentecode;jaar;zorgkosten\n0743;2021;3954000\n",
        "agb;productcode;peildatum;wachttijd_weken\n98141654;43A09;2022-01-08;3\n",
        "casus;gemeentecode;aanmelddatum;passend_aanbod_datum;gecontracteerd\nRMT-2022-001;0743;2022-01-22;;N\n",
    ].map { Array($0.utf8) }
}

/// SplitMix64: small, fast and seedable, so that a fallback run can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

struct Mutator {
    private var random: SplitMix64
    private let corpus: [[UInt8]]
    private let maxLength: Int

    init(seed: UInt64, corpus: [[UInt8]], maxLength: Int) {
        random = SplitMix64(seed: seed)
        self.corpus = corpus.isEmpty ? [[]] : corpus
        self.maxLength = max(1, maxLength)
    }

    /// Bytes the reader and the parsers treat specially, plus controls and cp1252/UTF-8 edges.
    private static let interesting: [UInt8] = [
        0x00, 0x09, 0x0A, 0x0D, 0x1B, 0x20, 0x22, 0x2C, 0x2D, 0x2E, 0x3B, 0x30, 0x39, 0x4A, 0x4E, 0x7F,
        0x80, 0x85, 0x9B, 0xA0, 0xBF, 0xC2, 0xC3, 0xE2, 0xEB, 0xED, 0xEF, 0xF0, 0xF4, 0xFF,
    ]

    /// Column names, values on the edge of each field format, and byte sequences that
    /// have tripped terminals or decoders: the fallback's counterpart of `Fuzz/loader.dict`.
    private static let tokens: [[UInt8]] = [
        "toewijzingnummer", "client", "geboortejaar", "productcategorie", "productcode", "aanbieder",
        "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "verwijzer", "reden_wijziging",
        "reden_beeindiging", "zorgmaand", "bedrag", "ontvangstdatum", "afstand_km", "kleinschalig", "onderwijs",
        "verklarende_analyse", "gemeentecode", "naam", "subregio", "jaar", "jeugdigen", "inwoners", "omschrijving",
        "segment", "verblijf", "tarief", "agb", "zorgkosten", "peildatum", "wachttijd_weken", "casus",
        "aanmelddatum", "passend_aanbod_datum", "gecontracteerd",
        ";", ",", "\"", "\"\"", "\r\n", "\n", "\r", " \"", "\";", "\t",
        "2023-02-29", "2024-02-29", "29-02-2024", "0000-01-01", "9999-12-31", "2021-13-01", "2021-01", "2021-00",
        "1.234,56", "-12,50", "12.3456", "1.2.3", "1.23,4", "999999999999999999", "9999999999999999999999", "-", "-0",
        "J", "N", "j", "123456782", "43A09", "45A51", "98141654", "0743100001", "0743", "S1-verblijf", "geen",
        "6", "14", "82", "\u{1B}[31m", "\u{85}", "\u{2028}", "\u{202E}", "e\u{301}\u{301}\u{301}",
    ].map { Array($0.utf8) } + [[0xEF, 0xBB, 0xBF], [0xC2, 0x9B], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x00]]

    private mutating func below(_ bound: Int) -> Int { bound <= 1 ? 0 : Int(random.next() % UInt64(bound)) }

    mutating func next() -> [UInt8] {
        var bytes = corpus[below(corpus.count)]
        for _ in 0...below(8) { mutate(&bytes) }
        if bytes.count > maxLength { bytes.removeLast(bytes.count - maxLength) }
        return bytes
    }

    private mutating func mutate(_ bytes: inout [UInt8]) {
        let at = below(bytes.count + 1)
        switch below(10) {
        case 0 where !bytes.isEmpty: bytes[below(bytes.count)] = UInt8(truncatingIfNeeded: random.next())
        case 1 where !bytes.isEmpty: bytes[below(bytes.count)] ^= 1 << UInt8(below(8))
        case 2: bytes.insert(Mutator.interesting[below(Mutator.interesting.count)], at: at)
        case 3: bytes.insert(contentsOf: Mutator.tokens[below(Mutator.tokens.count)], at: at)
        case 4 where !bytes.isEmpty:
            let end = min(bytes.count, at + 1 + below(16))
            if at < end { bytes.removeSubrange(at..<end) }
        case 5 where !bytes.isEmpty:
            let start = below(bytes.count), end = min(bytes.count, start + 1 + below(64))
            bytes.insert(contentsOf: bytes[start..<end], at: at)
        case 6:
            // Splice: this input's head on another seed's tail.
            let other = corpus[below(corpus.count)]
            bytes = Array(bytes[..<at]) + other[below(other.count + 1)...]
        case 7 where !bytes.isEmpty:
            // Overwrite a range with a token, as when a field takes another value.
            let token = Mutator.tokens[below(Mutator.tokens.count)]
            let end = min(bytes.count, at + below(12))
            bytes.replaceSubrange(at..<end, with: token)
        case 8:
            for _ in 0...below(8) { bytes.insert(UInt8(truncatingIfNeeded: random.next()), at: at) }
        default:
            if !bytes.isEmpty { bytes.removeSubrange(below(bytes.count)...) }
        }
    }
}

enum Files {
    /// A file's bytes, or those of every regular file in a directory (not recursive).
    static func read(_ path: String) -> [[UInt8]] {
        if let directory = opendir(path) {
            defer { closedir(directory) }
            var names: [String] = []
            while let entry = readdir(directory) {
                let name = withUnsafePointer(to: entry.pointee.d_name) {
                    $0.withMemoryRebound(to: CChar.self, capacity: MemoryLayout.size(ofValue: entry.pointee.d_name)) {
                        String(cString: $0)
                    }
                }
                if !name.hasPrefix(".") { names.append(name) }
            }
            // Sorted, so that a run's inputs do not depend on the directory's order.
            return names.sorted().compactMap { contents(path + "/" + $0) }
        }
        return contents(path).map { [$0] } ?? []
    }

    private static func contents(_ path: String) -> [UInt8]? {
        guard let file = fopen(path, "rb") else { return nil }
        defer { fclose(file) }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
            if count <= 0 { break }
            bytes += chunk[..<count]
        }
        return ferror(file) == 0 ? bytes : nil
    }

    static func write(_ bytes: [UInt8], to path: String) {
        guard let file = fopen(path, "wb") else { return }
        _ = bytes.withUnsafeBytes { fwrite($0.baseAddress, 1, $0.count, file) }
        fclose(file)
    }
}

// The signal handlers may only touch globals. These are written by the main thread alone and
// read only by the handlers, which run on that same thread, so there is no concurrent access.
nonisolated(unsafe) private var crashPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var timeoutPath: UnsafeMutablePointer<CChar>?
nonisolated(unsafe) private var currentInput: UnsafeBufferPointer<UInt8>?

/// Only async-signal-safe calls (open, write, close): this runs inside a signal handler. A
/// free function, as a C function pointer cannot refer to a static method's `Self`.
private func saveCurrentInput(to path: UnsafeMutablePointer<CChar>?) {
    guard let path, let input = currentInput else { return }
    let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
    guard fd >= 0 else { return }
    if let base = input.baseAddress { _ = write(fd, base, input.count) }
    close(fd)
}

/// What libFuzzer does around each input: a trap or fault saves the input as `crash-…` and
/// the process dies of the signal as it would have; an input still running after
/// `Fallback.hangSeconds` is saved as `timeout-…` and ends the run with status 70.
enum CrashCapture {
    static func install(crash: String, timeout: String) {
        crashPath = strdup(crash)
        timeoutPath = strdup(timeout)
        for fatal in [SIGILL, SIGTRAP, SIGSEGV, SIGBUS, SIGABRT, SIGFPE] {
            _ = signal(fatal) { number in
                saveCurrentInput(to: crashPath)
                _ = signal(number, SIG_DFL)
                _ = raise(number)
            }
        }
        _ = signal(SIGALRM) { _ in
            saveCurrentInput(to: timeoutPath)
            let message = "LoaderFuzz: an input ran longer than the hang limit; saved as timeout-…\n"
            _ = message.utf8.withContiguousStorageIfAvailable { write(2, $0.baseAddress, $0.count) }
            _exit(70)
        }
    }

    /// Runs the check with the input published to the handlers and the hang alarm set. The
    /// pointer does not escape in practice: the handlers only read it while `body` runs.
    static func checking(_ input: [UInt8], _ body: () -> [Violation]) -> [Violation] {
        input.withUnsafeBufferPointer { buffer in
            currentInput = buffer
            alarm(Fallback.hangSeconds)
            defer {
                alarm(0)
                currentInput = nil
            }
            return body()
        }
    }
}
#endif

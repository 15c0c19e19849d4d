import Foundation

/// One municipality's toewijzingen and plaatsingen: the first pass over a delivery.
struct AllocationFiles: Sendable {
    /// nil when the file could not be read.
    var allocations: AllocationColumns?
    var placements: [Placement] = []
    var deliveredPlacements = false
    var allocationProblems = Problems()
    var placementProblems = Problems()
    /// What the toewijzingen need of tarieven.csv and it lacks (`Loader.missingTariffs`).
    var missingTariffs: [MissingTariff] = []
}

/// A product's tarief of a year that tarieven.csv lacks, and the first allocation of a file that needs it.
struct MissingTariff: Sendable {
    let product: String
    let year: Int
    let allocation: String
}

/// One municipality's declaraties: the second pass.
struct ClaimFiles: Sendable {
    var claims: ClaimColumns?
    var problems = Problems()
}

/// One result slot per parallel task. `concurrentPerform` gives no other way to return
/// values; the lock makes the writes from several threads safe.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) { locked { storage[index] = value } }

    var values: [Value] { locked { storage.compactMap { $0 } } }

    func value(at index: Int) -> Value? { locked { storage[index] } }

    /// The values, no longer held here: their buffers then have one owner, to change in place.
    func take() -> [Value] {
        locked {
            defer { storage = Array(repeating: nil, count: storage.count) }
            return storage.compactMap { $0 }
        }
    }

    // `NSLock.withLock` needs macOS 14; the package supports macOS 13.
    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

extension Loader {
    static let allocationsSuffix = "_toewijzingen.csv"
    static let claimsSuffix = "_declaraties.csv"
    static let placementsSuffix = "_plaatsingen.csv"

    /// The delivery folder `leveringen/<month>/`, after checking it is there and warning about
    /// files that are not a municipality's; nil when it is missing.
    static func deliveryFolder(_ folder: DataFolder, month: Month, reference: LoadedReference, _ problems: inout Problems) -> String? {
        let relative = "\(deliveriesFolder)/\(month)"
        guard isDirectory(folder.absolute(relative)) else {
            problems.error(file: relative, found: LoadingText.noDeliveryFolder, expected: LoadingText.deliveryFolder(relative))
            return nil
        }
        warnAboutStrayFiles(in: relative, folder: folder, codes: Set(reference.municipalityCodes), &problems)
        return relative
    }

    /// Has the kernel read every file of the delivery ahead, the toewijzingen and plaatsingen
    /// before the declaraties (as they are parsed), on another thread: a page not (or no longer) in the page cache is then read from disk while
    /// other files are parsed, instead of while a core waits for it. The files of a delivery
    /// just copied in are cached; those of a monitor opened the next morning often are not.
    static func readAhead(_ context: DeliveryContext) {
        let codes = context.reference.municipalityCodes
        let files = [allocationsSuffix, placementsSuffix, claimsSuffix].flatMap { suffix in codes.map { context.file($0, suffix) } }
        DispatchQueue.global().async { for file in files { context.folder.readAhead(file) } }
    }

    /// Contract §4: every product an allocation (other than in euro's) needs in a year it is
    /// active, from 2021 up to the delivery's year, has a tarief for that year; a missing one
    /// would count as € 0. The products and years one file's allocations need and tarieven.csv
    /// lacks, each with the first allocation that needs it: found on the core that read the
    /// file, reported by `reportMissingTariffs` once for the region.
    static func missingTariffs(_ columns: AllocationColumns, known: [String: Set<Int>], month: Month) -> [MissingTariff] {
        var found: [MissingTariff] = []
        var missing: [String: Set<Int>] = [:]
        let firstYear = Dataset.firstDataMonth.year, lastYear = month.year
        // The years from the first as bits: a million allocations need no calendar arithmetic,
        // and nearly all no further look.
        let yearCount = lastYear - firstYear + 1
        let active = ActiveYears(firstYear...lastYear)
        // Per product key of the file, not per row: a file uses a few dozen products.
        let productCodes = columns.products.strings
        let years = productCodes.map { known[$0] ?? [] }
        let yearBits = years.map { set in set.reduce(UInt64(0)) { bits, year in
            (firstYear..<(firstYear + min(yearCount, 64))).contains(year) ? bits | 1 << UInt64(year - firstYear) : bits
        } }
        for a in columns.records where a.unit != .euros && !a.isRemoved {
            if yearCount <= 64 {
                let span = active.of(a)
                guard !span.isEmpty else { continue }
                let wanted = (UInt64.max >> UInt64(64 - span.upperBound)) & ~((UInt64(1) << UInt64(span.lowerBound)) &- 1)
                guard wanted & ~yearBits[Int(a.productIndex)] != 0 else { continue }
            }
            let from = max(firstYear, a.start.civil.year), to = min(lastYear, a.end?.civil.year ?? lastYear)
            guard from <= to else { continue }
            let product = productCodes[a.product]
            for year in from...to where !years[a.product].contains(year) && missing[product, default: []].insert(year).inserted {
                found.append(MissingTariff(product: product, year: year, allocation: columns.numbers.string(a.numberKey)))
            }
        }
        return found
    }

    /// The missing tarieven of every file (`missingTariffs`, in gemeenten.csv order), reported in
    /// tarieven.csv once per product and year, naming the first allocation that needs it.
    static func reportMissingTariffs(_ perFile: [[MissingTariff]], codes: [String], folder: String, names: [Municipality],
                                     _ problems: inout Problems) {
        var reported: [String: Set<Int>] = [:]
        for (needs, code) in zip(perFile, codes) {
            for need in needs where reported[need.product, default: []].insert(need.year).inserted {
                let name = names.first { $0.code == code }.map { "\(code) \($0.name)" } ?? code
                problems.error(file: "\(referenceFolder)/tarieven.csv", found: LoadingText.missingTariff(product: need.product, year: need.year),
                               expected: LoadingText.tariffNeeded(product: need.product, year: need.year, allocation: need.allocation,
                                                                  municipality: name, file: "\(folder)/\(code)\(allocationsSuffix)"))
            }
        }
    }

    /// What every municipality's files are checked against.
    struct DeliveryContext: Sendable {
        let relative: String
        let month: Month
        let folder: DataFolder
        let reference: LoadedReference
        let products: KeyArena?
        let providers: KeyArena?
        /// Lines may take the fast lane (`PlainLine`).
        let plainLines: Bool
        /// The declaraties are kept, not only checked.
        let keepClaims: Bool
        /// The years of each product's tarieven; nil when tarieven.csv could not be read.
        let tariffYears: [String: Set<Int>]?

        init(relative: String, month: Month, folder: DataFolder, reference: LoadedReference, plainLines: Bool, keepClaims: Bool) {
            self.relative = relative; self.month = month; self.folder = folder; self.reference = reference
            self.plainLines = plainLines
            self.keepClaims = keepClaims
            products = reference.productCodes.map(KeyArena.init)
            providers = reference.providerCodes.map(KeyArena.init)
            tariffYears = reference.data.map { data in data.tariffs.reduce(into: [:]) { $0[$1.product, default: []].insert($1.year) } }
        }

        func file(_ code: String, _ suffix: String) -> String { "\(relative)/\(code)\(suffix)" }
        func name(_ code: String) -> String? { reference.municipalities.first { $0.code == code }?.name }
    }

    static func readAllocations(of code: String, _ context: DeliveryContext, progress: LoadProgress?) -> AllocationFiles {
        var files = AllocationFiles()
        let name = context.name(code)
        let allocationsFile = context.file(code, allocationsSuffix)
        if let parsed = parse(allocationsFile, expected: LoadingText.allocationsOf(code, name: name), context, &files.allocationProblems,
                              chunked: { parseAllocations(chunks: &$0, file: allocationsFile, products: context.products,
                                                          providers: context.providers, progress: progress, plainLines: context.plainLines) },
                              whole: { parseAllocations(bytes: $0, file: allocationsFile, products: context.products,
                                                        providers: context.providers, progress: progress, plainLines: context.plainLines) }) {
            files.allocationProblems.add(parsed)
            files.allocations = parsed.columns
            if let known = context.tariffYears { files.missingTariffs = missingTariffs(parsed.columns, known: known, month: context.month) }
            // A header and no rows is a delivery of nothing: loaded, but said (contract §4).
            if parsed.errors.isEmpty && parsed.columns.count == 0 {
                files.allocationProblems.warning(file: allocationsFile, found: LoadingText.noAllocationsDelivered(name ?? code), expected: LoadingText.allocationRows)
            }
            // Optional (contract §7.9): read only when present, validated like every other file.
            let placementsFile = context.file(code, placementsSuffix)
            if FileManager.default.fileExists(atPath: context.folder.absolute(placementsFile)),
               let bytes = context.folder.read(placementsFile, expected: LoadingText.placementsOf(code, name: name), &files.placementProblems) {
                let placements = parsePlacements(bytes: bytes, file: placementsFile, municipality: code,
                                                 allocations: parsed.isValid ? parsed.columns : nil,
                                                 residentialProducts: context.reference.residentialProductCodes)
                files.placementProblems.add(placements)
                files.placements = placements.rows
                files.deliveredPlacements = true
            }
        } else {
            // Without the toewijzingen a plaatsingen file is still read, for its own problems.
            let placementsFile = context.file(code, placementsSuffix)
            if FileManager.default.fileExists(atPath: context.folder.absolute(placementsFile)),
               let bytes = context.folder.read(placementsFile, expected: LoadingText.placementsOf(code, name: name), &files.placementProblems) {
                files.placementProblems.add(parsePlacements(bytes: bytes, file: placementsFile, municipality: code,
                                                            residentialProducts: context.reference.residentialProductCodes))
            }
        }
        return files
    }

    /// A delivery file parsed: a large one in chunks (`chunked`), so it is never held whole;
    /// one that needs the encoding checks (`chunked` says nil) or a small one whole; nil after
    /// reporting it missing or unreadable.
    private static func parse<Columns>(_ file: String, expected: String, _ context: DeliveryContext, _ problems: inout Problems,
                                       chunked: (inout FileChunks) -> ParsedColumns<Columns>?,
                                       whole: ([UInt8]) -> ParsedColumns<Columns>) -> ParsedColumns<Columns>? {
        if var chunks = context.folder.chunks(file) {
            defer { chunks.close() }
            if let parsed = chunked(&chunks) { return parsed }
        }
        return context.folder.read(file, expected: expected, &problems).map(whole)
    }

    static func readClaims(of code: String, allocations: AllocationColumns?, _ context: DeliveryContext,
                                   progress: LoadProgress?) -> ClaimFiles {
        var files = ClaimFiles()
        let claimsFile = context.file(code, claimsSuffix)
        if let parsed = parse(claimsFile, expected: LoadingText.claimsOf(code, name: context.name(code)), context, &files.problems,
                              chunked: { parseClaims(chunks: &$0, file: claimsFile, municipality: code, allocations: allocations,
                                                     deliveryMonth: context.month, progress: progress, plainLines: context.plainLines,
                                                     keepLines: context.keepClaims) },
                              whole: { parseClaims(bytes: $0, file: claimsFile, municipality: code, allocations: allocations,
                                                   deliveryMonth: context.month, progress: progress, plainLines: context.plainLines,
                                                   keepLines: context.keepClaims) }) {
            files.problems.add(parsed)
            files.claims = parsed.columns
        }
        return files
    }

    /// Files that are not a known municipality's pair are ignored, with a warning so that a
    /// misnamed file does not go unnoticed. Hidden files (`.DS_Store`) are not the region's.
    private static func warnAboutStrayFiles(in relative: String, folder: DataFolder, codes: Set<String>, _ problems: inout Problems) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.absolute(relative))) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let code = deliveryFileCode(name)
            if let code, codes.contains(code) { continue }
            if let code {
                problems.warning(file: "\(relative)/\(Shown.escaped(name))", found: LoadingText.fileForUnknownMunicipality(Shown.quoted(code)),
                                 expected: LoadingText.onlyKnownMunicipalities)
            } else {
                problems.warning(file: "\(relative)/\(Shown.escaped(name))", found: LoadingText.unexpectedFile,
                                 expected: LoadingText.onlyDeliveryFiles(allocationsSuffix: allocationsSuffix, claimsSuffix: claimsSuffix,
                                                                          placementsSuffix: placementsSuffix))
            }
        }
    }

    /// The gemeentecode of `0743_toewijzingen.csv`, `0743_declaraties.csv` or `0743_plaatsingen.csv`.
    static func deliveryFileCode(_ name: String) -> String? {
        for suffix in [allocationsSuffix, claimsSuffix, placementsSuffix] where name.hasSuffix(suffix) {
            let code = String(name.dropLast(suffix.count))
            if FieldParsers.isDigits(Array(code.utf8)[...], count: 4) { return code }
        }
        return nil
    }
}

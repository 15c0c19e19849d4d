#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes a line to standard error through its file descriptor: Swift 6 treats the C
/// `stderr` global as shared mutable state.
func printError(_ line: String) {
    var text = line + "\n"
    text.withUTF8 { _ = write(2, $0.baseAddress, $0.count) }
}

#if FUZZING
// libFuzzer build (`scripts/fuzz`: `-DFUZZING -sanitize=fuzzer,address`). SwiftPM links every
// executable target's `main` to the target's own entry point, so libFuzzer's `main` cannot be
// used; this `main` starts libFuzzer's driver instead. The driver is looked up at run time
// because Swift cannot declare a C function without a C module; `scripts/fuzz` links it in
// and exports it (`-u LLVMFuzzerRunDriver`, `--export-dynamic-symbol`).
@main
struct LoaderFuzz {
    typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
    typealias Driver = @convention(c) (
        UnsafeMutablePointer<CInt>, UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>, Callback
    ) -> CInt

    static func main() {
        guard let symbol = dlsym(dlopen(nil, RTLD_NOW), "LLVMFuzzerRunDriver") else {
            printError("LoaderFuzz: LLVMFuzzerRunDriver not found; build with scripts/fuzz")
            exit(2)
        }
        let driver = unsafeBitCast(symbol, to: Driver.self)
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(driver(&argc, &argv, loaderFuzzOneInput))
    }
}

/// libFuzzer calls this for every input. A broken invariant aborts, so that libFuzzer saves
/// the input as a crash like any other.
@_cdecl("LLVMFuzzerTestOneInput")
public func loaderFuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size > 0 && data != nil ? Array(UnsafeBufferPointer(start: data, count: size)) : []
    let violations = Invariants.check(bytes)
    guard violations.isEmpty else {
        for violation in violations { printError("invariant broken: \(violation)") }
        printError("input (\(bytes.count) bytes): \(Invariants.hexDump(bytes))")
        abort()
    }
    return 0
}
#else
// Ordinary build (`swift build`): no libFuzzer, so a `main` that runs the property-based
// fallback. Without arguments it is a quick deterministic self-check over the built-in seeds.
@main
struct LoaderFuzz {
    static func main() {
        var options = Fallback.Options()
        var arguments = CommandLine.arguments.dropFirst()
        while let argument = arguments.popFirst() {
            func number() -> UInt64 {
                guard let text = arguments.popFirst(), let value = UInt64(text) else { usage() }
                return value
            }
            switch argument {
            case "--runs": options.runs = number()
            case "--seconds": options.seconds = number()
            case "--seed": options.seed = number()
            case "--max-len": options.maxLength = Int(number())
            case "--artifacts":
                guard let directory = arguments.popFirst() else { usage() }
                options.artifacts = directory
            case "-h", "--help": usage(status: 0)
            default:
                if argument.hasPrefix("-") { usage() }
                options.paths.append(argument)
            }
        }
        exit(Fallback.run(options))
    }

    static func usage(status: Int32 = 2) -> Never {
        printError("""
            usage: LoaderFuzz [--runs N] [--seconds S] [--seed N] [--max-len N] [--artifacts DIR] [SEED_FILE_OR_DIR …]
            Property-based fallback of the libFuzzer target: mutates the seeds (built-in ones plus the
            given files) and checks every parser's invariants. Stops after N inputs (default 2000 when
            no --seconds is given) or S seconds, whichever comes first.
            """)
        exit(status)
    }
}
#endif

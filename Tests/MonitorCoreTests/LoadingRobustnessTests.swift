import Testing
@testable import MonitorCore

/// Bad input must never crash the loader: random bytes, also around quotes and line ends.
@Suite struct LoadingRobustnessTests {
    @Test func survivesRandomBytes() {
        var generator = SplitMix64(seed: 2026)
        let alphabet = Array("\";,\r\n 0123456789-.,abcëJ".utf8) + [0x80, 0xEB, 0xFF, 0xC3]
        for round in 0..<300 {
            let length = Int(generator.next() % 400)
            var bytes = Array("toewijzingnummer;client;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie\n".utf8)
            for _ in 0..<length {
                bytes.append(round % 2 == 0 ? alphabet[Int(generator.next() % UInt64(alphabet.count))] : UInt8(truncatingIfNeeded: generator.next()))
            }
            let parsed = Loader.parseAllocations(bytes: bytes, file: "x.csv", municipality: "0743", products: [], providers: [])
            #expect(parsed.errors.isEmpty || parsed.columns.count == 0)
            _ = Loader.parseClaims(bytes: Array(bytes.dropFirst(40)), file: "y.csv", municipality: "0743")
        }
    }
}

/// A small deterministic generator, so that a failure can be replayed.
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

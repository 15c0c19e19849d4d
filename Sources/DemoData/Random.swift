import Foundation
import MonitorCore

/// SplitMix64: a small, fast, seedable generator so that the demo data is
/// byte-for-byte the same on every run and platform.
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

    /// A generator for one named purpose, independent of how much other streams consumed.
    static func stream(_ name: String, _ index: Int = 0) -> SplitMix64 {
        var h: UInt64 = 0xCBF2_9CE4_8422_2325
        for b in name.utf8 { h = (h ^ UInt64(b)) &* 0x0000_0100_0000_01B3 }
        h ^= UInt64(bitPattern: Int64(index)) &* 0x9E37_79B9_7F4A_7C15
        var g = SplitMix64(seed: h)
        _ = g.next()
        return g
    }

    /// Uniform in [0, 1).
    mutating func unit() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    mutating func int(_ range: ClosedRange<Int>) -> Int {
        range.lowerBound + Int(next() % UInt64(range.upperBound - range.lowerBound + 1))
    }

    mutating func chance(_ p: Double) -> Bool { unit() < p }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// Index drawn with the given (non-negative) weights.
    mutating func weighted(_ weights: [Double]) -> Int {
        let total = weights.reduce(0, +)
        var r = unit() * total
        for (i, w) in weights.enumerated() {
            r -= w
            if r < 0 { return i }
        }
        return weights.count - 1
    }

    /// Exponential with the given mean.
    mutating func exponential(mean: Double) -> Double { -mean * log1p(-unit()) }

    /// Log-normal with the given median and spread (sigma of the log).
    mutating func logNormal(median: Double, sigma: Double) -> Double {
        let u1 = max(unit(), 1e-12), u2 = unit()
        let z = (-2 * log(u1)).squareRoot() * cos(2 * Double.pi * u2)
        return median * exp(sigma * z)
    }

    /// A day uniformly in a closed range of days.
    mutating func day(_ first: Day, _ last: Day) -> Day { first + int(0...(last - first)) }

    mutating func shuffle<T>(_ items: inout [T]) {
        guard items.count > 1 else { return }
        for i in stride(from: items.count - 1, to: 0, by: -1) {
            let j = Int(next() % UInt64(i + 1))
            items.swapAt(i, j)
        }
    }
}


/// Progress messages go to standard error (unbuffered); the calibration report to standard output.
func log(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

/// Dutch number formats for people: `1.224`, `2,5%`, `€ 94.631.000`.
/// Reports for scripts use `PlainNumber` instead.
public enum DutchNumber {
    /// Whole number with `.` as thousands separator: `1.224`, `-1.200`.
    public static func integer(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var grouped = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { grouped.append(".") }
            grouped.append(ch)
        }
        return value < 0 ? "-" + grouped : grouped
    }

    /// Decimal number with `,` as decimal and `.` as thousands separator: `1.234,56`.
    public static func decimal(_ value: Double, decimals: Int) -> String {
        let scaled = (abs(value) * pow10(decimals)).rounded()
        let whole = Int(scaled / pow10(decimals))
        let fraction = Int(scaled - Double(whole) * pow10(decimals))
        // Rounding can give "-0"; a zero is never negative.
        let sign = value < 0 && scaled != 0 ? "-" : ""
        guard decimals > 0 else { return sign + integer(whole) }
        let f = String(fraction)
        return sign + integer(whole) + "," + String(repeating: "0", count: decimals - f.count) + f
    }

    /// A fraction as a percentage: `0.0248` → `2,5%` with one decimal.
    public static func percent(_ fraction: Double, decimals: Int = 1) -> String {
        decimal(fraction * 100, decimals: decimals) + "%"
    }

    /// Euros: `€ 94.631.000`; negative as `€ -1.200`.
    public static func euros(_ value: Double, decimals: Int = 0) -> String {
        "€ " + decimal(value, decimals: decimals)
    }

    static func pow10(_ n: Int) -> Double {
        var r = 1.0
        for _ in 0..<n { r *= 10 }
        return r
    }
}

/// Plain numbers for scripts: no thousands separators, `.` or `,` as decimal mark.
public struct PlainNumber: Sendable {
    public let decimalMark: Character

    public init(decimalMark: Character) { self.decimalMark = decimalMark }

    /// Fixed decimals: `266651.83`.
    public func fixed(_ value: Double, decimals: Int) -> String {
        let s = DutchNumber.decimal(value, decimals: decimals)
        return String(s.filter { $0 != "." }.map { $0 == "," ? decimalMark : $0 })
    }

    /// Up to `maxDecimals`, trailing zeros dropped: `0.025`, `-0.0551`, `1`.
    public func trimmed(_ value: Double, maxDecimals: Int) -> String {
        var s = fixed(value, decimals: maxDecimals)
        if s.contains(decimalMark) {
            while s.hasSuffix("0") { s.removeLast() }
            if s.last == decimalMark { s.removeLast() }
        }
        return s == "-0" ? "0" : s
    }
}

/// A field's bytes: a slice of a file read whole, or of a line in the fast lane (`PlainLine`).
protocol FieldBytes: RandomAccessCollection<UInt8> where Index == Int {}
extension ArraySlice<UInt8>: FieldBytes {}
extension UnsafeBufferPointer<UInt8>: FieldBytes {}

/// Parsers for the contract's value formats, working on a field's bytes so that no String
/// is made for dates and numbers. Each returns nil when the value breaks the format.
enum FieldParsers {
    private static let zero = UInt8(ascii: "0")
    private static let dash = UInt8(ascii: "-")
    private static let dot = UInt8(ascii: ".")
    private static let comma = UInt8(ascii: ",")

    /// The number written by `count` ASCII digits starting at `offset`, or nil.
    @inline(__always)
    static func digits(_ bytes: some FieldBytes, at offset: Int, count: Int) -> Int? {
        var value = 0
        var i = bytes.startIndex + offset
        let end = i + count
        guard end <= bytes.endIndex else { return nil }
        while i < end {
            let d = bytes[i] &- zero
            guard d < 10 else { return nil }
            value = value * 10 + Int(d)
            i += 1
        }
        return value
    }

    static func isDigits(_ bytes: some FieldBytes, count: Int) -> Bool {
        bytes.count == count && digits(bytes, at: 0, count: count) != nil
    }

    /// `YYYY-MM-DD` or the Dutch spreadsheet form `DD-MM-YYYY`; impossible dates are nil.
    @inline(__always)
    static func day(_ bytes: some FieldBytes) -> Day? {
        var days = MonthDays()
        return day(bytes, &days)
    }

    /// As `day(_:)`, the month's first day taken from `days` when it is the month asked for last.
    @inline(__always)
    static func day(_ bytes: some FieldBytes, _ days: inout MonthDays) -> Day? {
        guard bytes.count == 10 else { return nil }
        return bytes.withContiguousStorageIfAvailable { day(at: $0.baseAddress!, &days) } ?? nil
    }

    /// The ten bytes at `p` as a date, checked eight bytes at a time: the loader reads tens of
    /// millions of them, and a loop of digit tests per byte cost more than the rest of the line.
    @inline(__always)
    private static func day(at p: UnsafePointer<UInt8>, _ days: inout MonthDays) -> Day? {
        let head = UnsafeRawPointer(p).loadUnaligned(as: UInt64.self)
        let tail = UInt64(UInt16(littleEndian: UnsafeRawPointer(p + 8).loadUnaligned(as: UInt16.self)))
        if let head = digitsBetween(dashesAt: (4, 7), head), allDigits(tail, bytes: 2) {
            return days.day(year: digit(head, 0) * 1000 + digit(head, 1) * 100 + digit(head, 2) * 10 + digit(head, 3),
                            month: digit(head, 5) * 10 + digit(head, 6), day: digit(tail, 0) * 10 + digit(tail, 1))
        }
        if let head = digitsBetween(dashesAt: (2, 5), head), allDigits(tail, bytes: 2) {
            return days.day(year: digit(head, 6) * 1000 + digit(head, 7) * 100 + digit(tail, 0) * 10 + digit(tail, 1),
                            month: digit(head, 3) * 10 + digit(head, 4), day: digit(head, 0) * 10 + digit(head, 1))
        }
        return nil
    }

    /// `YYYY-MM`.
    @inline(__always)
    static func month(_ bytes: some FieldBytes) -> Month? {
        guard bytes.count == 7 else { return nil }
        return bytes.withContiguousStorageIfAvailable { buffer -> Month? in
            let p = UnsafeRawPointer(buffer.baseAddress!)
            let year = UInt64(UInt32(littleEndian: p.loadUnaligned(as: UInt32.self)))
            let month = UInt64(UInt16(littleEndian: p.loadUnaligned(fromByteOffset: 5, as: UInt16.self)))
            guard buffer[4] == dash, allDigits(year, bytes: 4), allDigits(month, bytes: 2) else { return nil }
            let m = digit(month, 0) * 10 + digit(month, 1)
            guard (1...12).contains(m) else { return nil }
            return Month(year: digit(year, 0) * 1000 + digit(year, 1) * 100 + digit(year, 2) * 10 + digit(year, 3), month: m)
        } ?? nil
    }

    /// The value of the ASCII digit in byte `i` of `word`.
    @inline(__always)
    private static func digit(_ word: UInt64, _ i: Int) -> Int { Int((word >> (8 * i)) & 0xFF) - 0x30 }

    /// Whether the low `bytes` bytes of `word` are all ASCII digits: high nibble 3, and a low
    /// nibble that stays below 10 (adding 6 does not carry into the high nibble).
    @inline(__always)
    private static func allDigits(_ word: UInt64, bytes: Int) -> Bool {
        let mask: UInt64 = bytes == 8 ? ~0 : (1 << (8 * bytes)) - 1
        let highNibbles = 0xF0F0_F0F0_F0F0_F0F0 & mask, threes = 0x3030_3030_3030_3030 & mask
        return word & highNibbles == threes && (word &+ 0x0606_0606_0606_0606) & highNibbles == threes
    }

    /// The eight bytes in `word` with the two dashes at `dashesAt` made zeros, when those are
    /// dashes and the other six digits; nil otherwise.
    @inline(__always)
    private static func digitsBetween(dashesAt positions: (Int, Int), _ word: UInt64) -> UInt64? {
        let at = { (i: Int) -> UInt64 in 0xFF << (8 * i) }
        let mask = at(positions.0) | at(positions.1)
        guard word & mask == 0x2D2D_2D2D_2D2D_2D2D & mask else { return nil }
        let digits = word & ~mask | 0x3030_3030_3030_3030 & mask
        return allDigits(digits, bytes: 8) ? digits : nil
    }

    /// A whole number, optionally negative. At most 18 digits so it cannot overflow.
    @inline(__always)
    static func integer(_ bytes: some FieldBytes) -> Int? {
        guard let (value, end) = integerAhead(bytes), end == bytes.endIndex else { return nil }
        return value
    }

    /// A whole number as `integer` reads it at the start of `bytes`, and where it ends (at most
    /// 18 digits are read): the fast lane reads it and finds the field's end in the same pass.
    @inline(__always)
    static func integerAhead(_ bytes: some FieldBytes) -> (value: Int, end: Int)? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        let negative = i < end && bytes[i] == dash
        if negative { i += 1 }
        let digitsStart = i
        var value = 0
        while i < end, i - digitsStart < 18, case let d = bytes[i] &- zero, d < 10 {
            value = value * 10 + Int(d)
            i += 1
        }
        guard i > digitsStart else { return nil }
        return (negative ? -value : value, i)
    }

    static func nonNegativeInteger(_ bytes: some FieldBytes) -> Int? {
        guard let value = integer(bytes), value >= 0 else { return nil }
        return value
    }

    /// A four-digit year.
    static func year(_ bytes: some FieldBytes) -> Int? {
        bytes.count == 4 ? digits(bytes, at: 0, count: 4) : nil
    }

    /// Euro amount in exact cents: `1234.56`, `1234,56`, `1.234,56`, `-12,50`, `1234`.
    @inline(__always)
    static func cents(_ bytes: some FieldBytes) -> Int64? {
        if let cents = plainCents(bytes) { return cents }
        guard let (units, scale) = decimal(bytes, maxDecimals: 2, allowNegative: true) else { return nil }
        return scale == 2 ? units : units * (scale == 1 ? 10 : 100)
    }

    /// The form nearly every amount has, `[-]digits[,|.]d[d]` with at most 15 digits before the
    /// separator, in one pass; nil for anything else, which `decimal` then reads (or rejects).
    /// Where both read a value, they read the same.
    @inline(__always)
    private static func plainCents(_ bytes: some FieldBytes) -> Int64? {
        guard let (cents, end) = plainCentsAhead(bytes), end == bytes.endIndex else { return nil }
        return cents
    }

    /// An amount in the form of `plainCents` at the start of `bytes`, and where it ends: the
    /// fast lane reads it and finds the field's end in the same pass. nil when the bytes do
    /// not start with that form; the field is then the same as `plainCents` reads only when
    /// it ends there.
    @inline(__always)
    static func plainCentsAhead(_ bytes: some FieldBytes) -> (cents: Int64, end: Int)? {
        var i = bytes.startIndex
        let end = bytes.endIndex
        let negative = i < end && bytes[i] == dash
        if negative { i += 1 }
        let digitsStart = i
        var value: Int64 = 0
        while i < end, case let d = bytes[i] &- zero, d < 10 {
            // More digits are left to `decimal`, which bounds them; here they could overflow.
            guard i - digitsStart < 15 else { return nil }
            value = value * 10 + Int64(d)
            i += 1
        }
        guard i > digitsStart else { return nil }
        var decimals = 0
        if i < end, bytes[i] == comma || bytes[i] == dot {
            i += 1
            while i < end, decimals < 2, case let d = bytes[i] &- zero, d < 10 {
                value = value * 10 + Int64(d)
                decimals += 1
                i += 1
            }
            guard decimals > 0 else { return nil }
        }
        value *= decimals == 2 ? 1 : decimals == 1 ? 10 : 100
        return (negative ? -value : value, i)
    }

    /// Tariff in euros, up to 4 decimals with point or comma. Tariffs are rates that the
    /// metrics multiply with day fractions anyway, so Double is precise enough.
    static func tariff(_ bytes: some FieldBytes) -> Double? {
        guard let (units, scale) = decimal(bytes, maxDecimals: 4, allowNegative: false) else { return nil }
        var divisor = 1.0
        for _ in 0..<scale { divisor *= 10 }
        return Double(units) / divisor
    }

    /// A decimal as `units / 10^scale`. The decimal separator is the last `,`, or a single
    /// `.` when there is no comma; dots before a comma are thousands separators and must
    /// group exactly three digits. So `1.234` is 1.234 (three decimals), never 1234.
    static func decimal(_ bytes: some FieldBytes, maxDecimals: Int, allowNegative: Bool) -> (units: Int64, scale: Int)? {
        let negative = bytes.first == dash
        if negative { guard allowNegative else { return nil } }
        let start = bytes.startIndex + (negative ? 1 : 0), end = bytes.endIndex
        guard start < end, end - start <= 24 else { return nil }
        var lastComma: Int?, firstDot: Int?, dots = 0
        for i in start..<end {
            if bytes[i] == comma { lastComma = i } else if bytes[i] == dot { dots += 1; if firstDot == nil { firstDot = i } }
        }
        if lastComma == nil { guard dots <= 1 else { return nil } }
        let separator = lastComma ?? firstDot
        let integerEnd = separator ?? end
        let fractionStart = separator.map { $0 + 1 } ?? end
        let fractionCount = end - fractionStart
        if separator != nil { guard fractionCount > 0, fractionCount <= maxDecimals else { return nil } }
        // 18 digits in all fit Int64, also after scaling amounts to cents.
        guard let whole = groupedDigits(bytes, start..<integerEnd, allowGrouping: lastComma != nil, maxDigits: 18 - maxDecimals) else { return nil }
        var units = whole
        for i in fractionStart..<end {
            let d = bytes[i] &- zero
            guard d < 10 else { return nil }
            units = units * 10 + Int64(d)
        }
        return (negative ? -units : units, fractionCount)
    }

    /// Digits in `range`, optionally grouped by thousands dots (`1.234.567`).
    @inline(__always)
    private static func groupedDigits(_ bytes: some FieldBytes, _ range: Range<Int>, allowGrouping: Bool, maxDigits: Int) -> Int64? {
        guard !range.isEmpty else { return nil }
        var value: Int64 = 0
        var digitCount = 0
        var sinceDot = 0
        var sawDot = false
        for i in range {
            let b = bytes[i]
            if b == dot {
                guard allowGrouping, digitCount > 0, (sawDot ? sinceDot == 3 : sinceDot <= 3) else { return nil }
                sawDot = true
                sinceDot = 0
                continue
            }
            let d = b &- zero
            guard d < 10 else { return nil }
            value = value * 10 + Int64(d)
            digitCount += 1
            sinceDot += 1
            guard digitCount <= maxDigits else { return nil }
        }
        if sawDot { guard sinceDot == 3 else { return nil } }
        return value
    }

    /// A BSN is 9 digits passing the eleven-test: 9·d1 + 8·d2 + … + 2·d8 − 1·d9 ≡ 0 (mod 11).
    static func looksLikeBSN(_ bytes: some FieldBytes) -> Bool {
        guard bytes.count == 9 else { return false }
        var sum = 0
        var weight = 9
        for b in bytes {
            let d = b &- zero
            guard d < 10 else { return false }
            sum += (weight == 1 ? -1 : weight) * Int(d)
            weight -= 1
        }
        return sum % 11 == 0
    }

    /// Shows a suspected BSN without disclosing it: first two and last two digits.
    static func maskedBSN(_ value: String) -> String {
        guard value.count > 4 else { return String(repeating: "*", count: value.count) }
        return value.prefix(2) + String(repeating: "*", count: value.count - 4) + value.suffix(2)
    }
}

/// The month of the date read last, with its first day and length. The dates of a file come
/// a few months at a time (declaraties by zorgmaand), so most dates are a comparison and an
/// addition away, not a call to `Day.init` with the check that its table is initialised.
struct MonthDays {
    private var month = -1
    private var first: Int32 = 0
    private var length = 0

    @inline(__always)
    mutating func day(year: Int, month: Int, day: Int) -> Day? {
        guard (1...12).contains(month) else { return nil }
        let index = year * 12 + month - 1
        if index != self.month {
            guard let first = Day(year: year, month: month, day: 1) else { return nil }
            (self.month, self.first, self.length) = (index, first.ordinal, Day.daysIn(year: year, month: month))
        }
        guard day >= 1, day <= length else { return nil }
        return Day(ordinal: first + Int32(day - 1))
    }
}

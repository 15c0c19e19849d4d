/// A calendar day, stored as days since 1970-01-01 so that comparisons and
/// day counts are integer arithmetic (the loader parses millions of dates).
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let ordinal: Int32

    public init(ordinal: Int32) { self.ordinal = ordinal }

    /// Returns nil for impossible dates such as 2023-02-30.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if year >= Day.tableStartYear && year < Day.tableEndYear {
            // The month's first day and its length, from the table.
            let i = (year - Day.tableStartYear) * 12 + month - 1
            let (first, next) = Day.firstOfMonth.withUnsafeBufferPointer { ($0[i], $0[i + 1]) }
            guard day <= next - first else { return nil }
            self.ordinal = first + Int32(day - 1)
        } else {
            guard day <= Day.daysIn(year: year, month: month) else { return nil }
            self.ordinal = Int32(Day.daysFromCivil(year, month, day))
        }
    }

    /// The first day of every month from 1900 to 2199, and of the month after: the loader
    /// parses millions of dates, and a lookup costs less than the arithmetic.
    private static let tableStartYear = 1900, tableEndYear = 2200
    private static let firstOfMonth: [Int32] = (0...((tableEndYear - tableStartYear) * 12)).map { i in
        Int32(daysFromCivil(tableStartYear + i / 12, i % 12 + 1, 1))
    }

    public var year: Int { civil.year }
    public var month: Month { let c = civil; return Month(year: c.year, month: c.month) }
    public var civil: (year: Int, month: Int, day: Int) { Day.civilFromDays(Int(ordinal)) }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }
    public static func + (a: Day, days: Int) -> Day { Day(ordinal: a.ordinal + Int32(days)) }
    public static func - (a: Day, b: Day) -> Int { Int(a.ordinal - b.ordinal) }

    /// ISO form, `2023-04-30`.
    public var description: String {
        let c = civil
        return "\(c.year)-\(c.month < 10 ? "0" : "")\(c.month)-\(c.day < 10 ? "0" : "")\(c.day)"
    }

    public static func isLeap(_ year: Int) -> Bool { (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 }

    public static func daysIn(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days_from_civil / civil_from_days.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func civilFromDays(_ z0: Int) -> (year: Int, month: Int, day: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp + (mp < 10 ? 3 : -9)
        return (m <= 2 ? y + 1 : y, m, d)
    }
}

/// A calendar month, stored as `year * 12 + (month - 1)`.
public struct Month: Hashable, Comparable, Sendable, CustomStringConvertible, Strideable {
    public let index: Int32

    public init(index: Int32) { self.index = index }
    public init(year: Int, month: Int) { self.index = Int32(year * 12 + month - 1) }

    public var year: Int { Int(index) / 12 }
    /// 1...12
    public var number: Int { Int(index) % 12 + 1 }
    public var firstDay: Day { Day(year: year, month: number, day: 1)! }
    public var lastDay: Day { Day(year: year, month: number, day: dayCount)! }
    public var dayCount: Int { Day.daysIn(year: year, month: number) }

    public static func < (a: Month, b: Month) -> Bool { a.index < b.index }
    public func distance(to other: Month) -> Int { Int(other.index - index) }
    public func advanced(by n: Int) -> Month { Month(index: index + Int32(n)) }

    /// `2023-04`
    public var description: String { "\(year)-\(number < 10 ? "0" : "")\(number)" }

    /// Parses `YYYY-MM`.
    public init?(_ text: String) {
        let parts = text.split(separator: "-")
        guard parts.count == 2, parts[0].count == 4, parts[1].count == 2,
              let y = Int(parts[0]), let m = Int(parts[1]), (1...12).contains(m) else { return nil }
        self.init(year: y, month: m)
    }
}

/// A closed range of days, used for "active in period" tests.
public struct Period: Hashable, Sendable {
    public let first: Day
    public let last: Day

    public init(first: Day, last: Day) { self.first = first; self.last = last }
    public init(month: Month) { self.init(first: month.firstDay, last: month.lastDay) }
    public init(year: Int) {
        self.init(first: Day(year: year, month: 1, day: 1)!, last: Day(year: year, month: 12, day: 31)!)
    }
    public func contains(_ day: Day) -> Bool { first <= day && day <= last }

    /// First half year: January to June.
    public static func firstHalf(of year: Int) -> Period {
        Period(first: Day(year: year, month: 1, day: 1)!, last: Day(year: year, month: 6, day: 30)!)
    }
}

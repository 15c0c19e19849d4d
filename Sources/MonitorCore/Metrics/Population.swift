/// Jeugdigen (residents up to 18) on 1 January, from inwoners.csv, for rates per 1,000.
extension Dataset {
    public func youths(municipality: Int, year: Int) -> Int? {
        let code = municipalities[municipality].code
        return reference.inhabitants.first { $0.municipality == code && $0.year == year }?.youths
    }

    /// The region's jeugdigen: nil unless every municipality has a figure for the year.
    public func regionYouths(year: Int) -> Int? {
        var total = 0
        for m in municipalities.indices {
            guard let y = youths(municipality: m, year: year) else { return nil }
            total += y
        }
        return total
    }
}

/// How counts are shown: as they are, or per 1,000 jeugdigen of the municipality or region.
public enum Measure: String, CaseIterable, Sendable {
    case absolute
    case perThousandYouths = "per-1000"

    public var label: String {
        switch self {
        case .absolute: "absoluut"
        case .perThousandYouths: "per 1.000 jeugdigen"
        }
    }

    /// The value to show for `count` clients among `youths` jeugdigen.
    public func value(_ count: Int, youths: Int?) -> ReportValue {
        switch self {
        case .absolute: return .count(count)
        case .perThousandYouths:
            guard let youths, youths > 0 else { return .empty }
            return .number(Double(count) * 1000 / Double(youths), decimals: 1)
        }
    }
}

extension Measure {
    /// Appended to a table title: nothing for absolute numbers.
    public var titleSuffix: String { self == .absolute ? "" : " (per 1.000 jeugdigen)" }
}

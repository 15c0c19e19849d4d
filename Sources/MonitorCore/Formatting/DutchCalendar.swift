/// Dutch month names for labels such as "levering oktober 2026".
public enum DutchCalendar {
    public static let monthNames = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]
    public static let shortMonthNames = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]

    /// `oktober 2026`
    public static func name(of m: Month) -> String { "\(monthNames[m.number - 1]) \(m.year)" }
    /// `okt 2026`
    public static func shortName(of m: Month) -> String { "\(shortMonthNames[m.number - 1]) \(m.year)" }
}

/// The year columns of the programme plan's tables: 2022 to 2028 (the programme's last
/// year), extended when deliveries go beyond it. Years after the delivery stay empty, and
/// the delivery's own year is marked when it is not complete yet.
struct ReportYears {
    static let programmeEnd = 2028
    let all: [Int]
    let withData: ClosedRange<Int>
    let delivery: Month

    init(_ dataset: Dataset) {
        withData = dataset.years
        delivery = dataset.delivery.month
        all = Array(Dataset.firstReportYear...max(ReportYears.programmeEnd, withData.upperBound))
    }

    var isPartial: Bool { delivery.number < 12 }

    func label(_ year: Int) -> String { year == delivery.year && isPartial ? "\(year)*" : "\(year)" }

    /// Footnote for the partial year, or nothing.
    var footnotes: [String] {
        isPartial ? ["* \(delivery.year): t/m \(DutchCalendar.name(of: delivery)) (levering \(DutchCalendar.name(of: delivery)))"] : []
    }
}

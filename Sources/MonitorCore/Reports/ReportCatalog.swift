/// Choices a report can take from the command line.
public struct ReportOptions: Sendable {
    public var measure: Measure
    /// Restricts a monthly report to one month (and sets the peilmaand of the text layout).
    public var month: Month?

    public init(measure: Measure = .absolute, month: Month? = nil) { self.measure = measure; self.month = month }
}

/// Every report `jeugdmonitor report NAME` can print, in the order `--list` shows them.
public struct ReportDefinition: Sendable {
    public let name: String
    /// One line for `report --list`, in Dutch: what the table answers.
    public let summary: String
    /// Whether the report can show counts per 1,000 jeugdigen (`--per-1000`).
    public let hasRates: Bool
    /// Whether the report lists months and takes `--month`.
    public let isMonthly: Bool
    let builder: @Sendable (Dataset, ReportOptions) -> Report

    init(name: String, summary: String, rates: @escaping @Sendable (Dataset, Measure) -> Report) {
        self.name = name; self.summary = summary; self.hasRates = true; self.isMonthly = false
        self.builder = { d, o in rates(d, o.measure) }
    }

    init(name: String, summary: String, monthly: @escaping @Sendable (Dataset, Month?) -> Report) {
        self.name = name; self.summary = summary; self.hasRates = false; self.isMonthly = true
        self.builder = { d, o in monthly(d, o.month) }
    }

    init(name: String, summary: String, build: @escaping @Sendable (Dataset) -> Report) {
        self.name = name; self.summary = summary; self.hasRates = false; self.isMonthly = false
        self.builder = { d, _ in build(d) }
    }

    public func build(_ dataset: Dataset, options: ReportOptions = ReportOptions()) -> Report { builder(dataset, options) }
    public func build(_ dataset: Dataset, measure: Measure) -> Report { builder(dataset, ReportOptions(measure: measure)) }
}

public enum ReportCatalog {
    public static let all: [ReportDefinition] = [
        .init(name: "in-care", summary: "Aantal jeugdigen in zorg per gemeente en jaar, met ontwikkeling (0-meting tabel 1)", rates: ZeroMeasurementReports.inCare),
        .init(name: "residential", summary: "Unieke cliënten in verblijf per jaar: segment 1 verblijf, segment 2 wonen, totaal (0-meting tabel 2)", rates: ZeroMeasurementReports.residential),
        .init(name: "residential-by-municipality", summary: "Verblijf per gemeente: S1-verblijf, S2-gezinsnabij, S2-wonen per jaar (0-meting tabel 3)", rates: ZeroMeasurementReports.residentialByMunicipality),
        .init(name: "custom-arrangements", summary: "Maatwerkvoorzieningen per gemeente en jaar", build: ZeroMeasurementReports.customArrangements),
        .init(name: "ambitions", summary: "Ambities 2028 per jaar tegen hun 0-meting en doel: liggen we op koers?", build: AmbitionReport.build),
        .init(name: "monthly-amounts", summary: "Beschikt en gedeclareerd bedrag per maand en gemeente, vanaf januari 2021", build: CareReports.monthlyAmounts),
        .init(name: "segment2-products", summary: "Segment 2 per product en maand: cliënten, (niet-)gecontracteerde aanbieders, beschikt, verzilvering, wachttijden", monthly: Segment2Reports.products),
        .init(name: "segment2-referrers", summary: "Segment 2: verwijzers per product en maand, met hun aandeel", monthly: Segment2Reports.referrers),
        .init(name: "segment2-areas", summary: "Segment 2 per gemeente en subregio: cliënten S2 tegen jeugdhulp en jeugdigen, per halfjaar en jaar", build: Segment2Reports.areas),
        .init(name: "residential-monthly", summary: "Cliënten in verblijf per maand: S1-verblijf, S2, totaal en per S2-product, vanaf januari 2021", monthly: Segment2Reports.residentialMonthly),
        .init(name: "trajectory-duration", summary: "Trajectduur: aantal, gemiddelde en mediaan in dagen van trajecten die in het jaar eindigen", build: CareReports.trajectoryDuration),
    ]

    /// The 0-meting of the programme plan: its three tables in order.
    public static let zeroMeasurement = ["in-care", "residential", "residential-by-municipality"]

    public static func named(_ name: String) -> ReportDefinition? { all.first { $0.name == name } }
}

/// Every report `jeugdmonitor report NAME` can print, in the order `--list` shows them.
public struct ReportDefinition: Sendable {
    public let name: String
    /// One line for `report --list`, in Dutch: what the table answers.
    public let summary: String
    /// Whether the report can show counts per 1,000 jeugdigen (`--per-1000`).
    public let hasRates: Bool
    let builder: @Sendable (Dataset, Measure) -> Report

    init(name: String, summary: String, rates: @escaping @Sendable (Dataset, Measure) -> Report) {
        self.name = name; self.summary = summary; self.hasRates = true; self.builder = rates
    }

    init(name: String, summary: String, build: @escaping @Sendable (Dataset) -> Report) {
        self.name = name; self.summary = summary; self.hasRates = false; self.builder = { d, _ in build(d) }
    }

    public func build(_ dataset: Dataset, measure: Measure = .absolute) -> Report { builder(dataset, measure) }
}

public enum ReportCatalog {
    public static let all: [ReportDefinition] = [
        .init(name: "in-care", summary: "Aantal jeugdigen in zorg per gemeente en jaar, met ontwikkeling (0-meting tabel 1)", rates: ZeroMeasurementReports.inCare),
        .init(name: "residential", summary: "Unieke cliënten in verblijf per jaar: segment 1 verblijf, segment 2 wonen, totaal (0-meting tabel 2)", rates: ZeroMeasurementReports.residential),
        .init(name: "residential-by-municipality", summary: "Verblijf per gemeente: S1-verblijf, S2-gezinsnabij, S2-wonen per jaar (0-meting tabel 3)", rates: ZeroMeasurementReports.residentialByMunicipality),
        .init(name: "custom-arrangements", summary: "Maatwerkvoorzieningen per gemeente en jaar", build: ZeroMeasurementReports.customArrangements),
        .init(name: "ambitions", summary: "Ambities 2028 per jaar tegen hun 0-meting en doel: liggen we op koers?", build: AmbitionReport.build),
        .init(name: "monthly-amounts", summary: "Beschikt en gedeclareerd bedrag per maand en gemeente, vanaf januari 2021", build: CareReports.monthlyAmounts),
        .init(name: "trajectory-duration", summary: "Trajectduur: aantal, gemiddelde en mediaan in dagen van trajecten die in het jaar eindigen", build: CareReports.trajectoryDuration),
    ]

    /// The 0-meting of the programme plan: its three tables in order.
    public static let zeroMeasurement = ["in-care", "residential", "residential-by-municipality"]

    public static func named(_ name: String) -> ReportDefinition? { all.first { $0.name == name } }
}

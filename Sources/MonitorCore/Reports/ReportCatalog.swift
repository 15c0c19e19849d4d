import Foundation

/// The name of every report `jeugdmonitor report NAME` prints. A typed value: a report that
/// does not exist cannot be asked for.
public enum ReportName: String, CaseIterable, Sendable, Hashable {
    case inCare = "in-care"
    case residential
    case residentialByMunicipality = "residential-by-municipality"
    case customArrangements = "custom-arrangements"
    case ambitions
    case costsAnnual = "costs-annual"
    case costsMunicipalities = "costs-municipalities"
    case costsMonthly = "costs-monthly"
    case costsProducts = "costs-products"
    case costPerClient = "cost-per-client"
    case lagBacktest = "lag-backtest"
    case segment2Products = "segment2-products"
    case segment2Providers = "segment2-providers"
    case segment2Referrers = "segment2-referrers"
    case segment2Areas = "segment2-areas"
    case residentialMonthly = "residential-monthly"
    case trajectoryDuration = "trajectory-duration"
    case providers
    case providerProducts = "provider-products"
    case providerOutcomes = "provider-outcomes"
    case providerMonths = "provider-months"
    case providerMunicipalities = "provider-municipalities"
    case providerReasons = "provider-reasons"
    case providerWaitingTimes = "provider-waiting-times"
    case providerSignals = "provider-signals"
    case municipalities
    case municipalityProducts = "municipality-products"
    case deliveries
    case deliveryChanges = "delivery-changes"
    case ambitionsPace = "ambitions-pace"
    case costsYearToDate = "costs-year-to-date"

    /// Needs every delivery folder, not only the one shown.
    public var needsHistory: Bool { self == .deliveries || self == .deliveryChanges }
}

/// A choice a report can take, besides its format.
public enum ReportParameter: String, CaseIterable, Sendable, Hashable {
    /// Counts per 1.000 jeugdigen (`--per-1000`).
    case perThousand
    /// Euros per jeugdige inwoner (`--per-jeugdige`).
    case perYouth
    /// One month, or the peilmaand (`--month`).
    case month
    case year
    /// A municipality, subregion or the region (`--area`).
    case area
    /// All products, a segment or a category (`--selection`).
    case selection
    /// A productcode (`--product`).
    case product
    /// Half year, year or month around the month (`--period`).
    case period
    /// One provider by its AGB code (`--agb`).
    case provider
    /// One municipality by its code, the reader's own (`--gemeente`).
    case municipality
}

/// Choices a report can take from the command line; a screen asks for a table with the same.
public struct ReportOptions: Sendable, Hashable {
    public var measure: Measure
    /// Restricts a monthly report to one month, or sets the peilmaand of the people's table.
    public var month: Month?
    public var year: Int?
    /// An `Area.key`; nil: the region.
    public var area: String?
    public var selection: ProductSelection
    public var product: String?
    public var period: AreaPeriod?
    public var perYouth: Bool
    /// An AGB code.
    public var provider: String?
    /// A gemeentecode.
    public var municipality: String?
    /// Withhold counts of 1–4 people and what is computed from them (contract §7.10,
    /// `--afschermen`); every report takes it, so it is not a `ReportParameter`.
    public var protectSmallCells: Bool

    public init(measure: Measure = .absolute, month: Month? = nil, year: Int? = nil, area: String? = nil,
                selection: ProductSelection = .all, product: String? = nil, period: AreaPeriod? = nil, perYouth: Bool = false,
                provider: String? = nil, municipality: String? = nil, protectSmallCells: Bool = false) {
        self.measure = measure; self.month = month; self.year = year; self.area = area
        self.selection = selection; self.product = product; self.period = period; self.perYouth = perYouth
        self.provider = provider; self.municipality = municipality; self.protectSmallCells = protectSmallCells
    }
}

/// A report with its choices: what a screen shows and `report` prints are the same request.
public struct ReportRequest: Sendable, Hashable {
    public let name: ReportName
    public let options: ReportOptions

    public init(_ name: ReportName, _ options: ReportOptions = ReportOptions()) { self.name = name; self.options = options }
}

/// Every report, in the order `--list` shows them.
public struct ReportDefinition: Sendable {
    public let name: ReportName
    /// One line for `report --list`, in Dutch: what the table answers.
    public let summary: String
    /// The choices it takes; others are refused by `report`.
    public let parameters: Set<ReportParameter>
    /// Which tidy columns are counts of people or computed from them (contract §7.10).
    public let cells: SmallCellRoles
    let builder: @Sendable (Dataset, ReportOptions, DeliveryHistory?) -> Report

    /// - Parameter history: the other deliveries, for the reports that compare them (`needsHistory`).
    public func build(_ dataset: Dataset, options: ReportOptions = ReportOptions(), history: DeliveryHistory? = nil) -> Report {
        let report = builder(dataset, options, history)
        return options.protectSmallCells ? report.protectingSmallCells(cells) : report
    }
}

public enum ReportCatalog {
    public static let all: [ReportDefinition] = ReportName.allCases.map(definition)

    /// The 0-meting of the programme plan: its three tables in order. They count youths in
    /// allocations and read no claim, so the dashboard draws them before the declaraties are in
    /// and `overview` checks the declaraties without keeping them (`Loader.load(keepClaims:)`).
    public static let zeroMeasurement: [ReportName] = [.inCare, .residential, .residentialByMunicipality]

    public static func build(_ request: ReportRequest, _ dataset: Dataset, history: DeliveryHistory? = nil) -> Report {
        definition(request.name).build(dataset, options: request.options, history: history)
    }

    /// Several reports at once, on all cores (they only read the dataset), in the given order.
    public static func build(_ names: [ReportName], _ dataset: Dataset) -> [Report] {
        let reports = Slots<Report>(count: names.count)
        DispatchQueue.concurrentPerform(iterations: names.count) { i in reports.store(definition(names[i]).build(dataset), at: i) }
        return reports.values
    }

    public static func definition(_ name: ReportName) -> ReportDefinition {
        func make(_ summary: String, _ parameters: Set<ReportParameter> = [], _ build: @escaping @Sendable (Dataset, ReportOptions) -> Report) -> ReportDefinition {
            ReportDefinition(name: name, summary: summary, parameters: parameters, cells: smallCells(name)) { d, o, _ in build(d, o) }
        }
        func compare(_ summary: String, _ build: @escaping @Sendable (Dataset, DeliveryHistory) -> Report) -> ReportDefinition {
            ReportDefinition(name: name, summary: summary, parameters: [], cells: smallCells(name)) { d, _, h in build(d, h ?? DeliveryHistory(summaries: [], previous: nil)) }
        }
        switch name {
        case .inCare:
            return make("Aantal jeugdigen in zorg per gemeente en jaar, met ontwikkeling (0-meting tabel 1)", [.perThousand]) { ZeroMeasurementReports.inCare($0, measure: $1.measure) }
        case .residential:
            return make("Unieke cliënten in verblijf per jaar: segment 1 verblijf, segment 2 wonen, totaal (0-meting tabel 2)", [.perThousand]) { ZeroMeasurementReports.residential($0, measure: $1.measure) }
        case .residentialByMunicipality:
            return make("Verblijf per gemeente: S1-verblijf, S2-gezinsnabij, S2-wonen per jaar (0-meting tabel 3)", [.perThousand]) { ZeroMeasurementReports.residentialByMunicipality($0, measure: $1.measure) }
        case .customArrangements:
            return make("Maatwerkvoorzieningen per gemeente en jaar") { d, _ in ZeroMeasurementReports.customArrangements(d) }
        case .ambitions:
            return make("Ambities 2028 per jaar tegen hun 0-meting en doel: liggen we op koers?") { d, _ in AmbitionReport.build(d) }
        case .costsAnnual:
            return make("Zorgkosten Jeugdwet van de regio per jaar uit de jaarrekeningen, met ontwikkeling per gemeente") { d, _ in CostReports.annual(d) }
        case .costsMunicipalities:
            return make("Zorgkosten Jeugdwet per gemeente en jaar uit de jaarrekeningen, in euro's of per jeugdige inwoner", [.perYouth]) { CostReports.municipalities($0, perYouth: $1.perYouth) }
        case .costsMonthly:
            return make("Beschikt en gedeclareerd per maand voor een gebied en selectie, met het geschatte aandeel binnen en het verwachte eindbedrag (na-ijl)", [.area, .selection]) { CostReports.monthly($0, $1) }
        case .costsProducts:
            return make("Duurste producten van een jaar voor een gebied en selectie: cliënten, gedeclareerd, per cliënt, aandeel", [.year, .area, .selection]) { CostReports.products($0, $1) }
        case .costPerClient:
            return make("Gemiddelde kosten per cliënt per jaar: alle jeugdhulp, S1-verblijf, S2, overig; voor de regio of een gebied", [.area]) { CostReports.perClient($0, $1) }
        case .lagBacktest:
            return make("Terugtoets van de na-ijlschatting: fout per maand achterstand") { d, _ in CostReports.backtest(d) }
        case .segment2Products:
            return make("Segment 2 per product en maand: cliënten, (niet-)gecontracteerde aanbieders, beschikt, verzilvering, wachttijden", [.month]) { Segment2Reports.products($0, month: $1.month) }
        case .segment2Providers:
            return make("Segment 2: aanbieders van een product in een maand (standaard de leveringsmaand), met cliënten, contract en wachttijd", [.month, .product]) { Segment2Reports.providers($0, $1) }
        case .segment2Referrers:
            return make("Segment 2: verwijzers per product en maand, met hun aandeel", [.month]) { Segment2Reports.referrers($0, month: $1.month) }
        case .segment2Areas:
            return make("Segment 2 per gemeente en subregio: cliënten S2 tegen jeugdhulp en jeugdigen, per halfjaar, jaar of maand", [.month, .period]) { Segment2Reports.areas($0, $1) }
        case .residentialMonthly:
            return make("Cliënten in verblijf per maand: S1-verblijf, S2, totaal en per S2-product, vanaf januari 2021", [.month]) { Segment2Reports.residentialMonthly($0, month: $1.month) }
        case .trajectoryDuration:
            return make("Trajectduur: aantal, gemiddelde en mediaan in dagen van trajecten die in het jaar eindigen") { d, _ in CareReports.trajectoryDuration(d) }
        case .providers:
            return make("Aanbieders van een jaar: cliënten, toewijzingen, gemeenten, producten, beschikt, gedeclareerd, verzilvering, maatwerk", [.year, .area, .selection, .provider]) { ProviderReports.providers($0, $1) }
        case .providerProducts:
            return make("Aanbieder per product: cliënten, toewijzingen, beschikt, gedeclareerd, gecontracteerd of niet", [.year, .area, .selection, .provider]) { ProviderReports.products($0, $1) }
        case .providerOutcomes:
            return make("Resultaten per aanbieder: beëindigde trajecten, volgens plan, voortijdig, uitval, duur, geen nieuwe jeugdhulp binnen een half jaar", [.year, .area, .selection, .provider]) { ProviderReports.outcomes($0, $1) }
        case .providerMonths:
            return make("Eén aanbieder per maand vanaf januari 2021: cliënten, beschikt, gedeclareerd, verzilvering, na-ijl", [.provider]) { ProviderReports.months($0, $1) }
        case .providerMunicipalities:
            return make("Aanbieder per gemeente: cliënten, beschikt, gedeclareerd", [.year, .area, .selection, .provider]) { ProviderReports.municipalities($0, $1) }
        case .providerReasons:
            return make("Beëindigde trajecten per aanbieder naar reden van beëindiging (JZ588)", [.year, .area, .selection, .provider]) { ProviderReports.reasons($0, $1) }
        case .providerWaitingTimes:
            return make("Laatste wachttijd per product van een aanbieder (Beschikbaarheidswijzer), en wanneer bijgewerkt", [.year, .provider]) { ProviderReports.waitingTimes($0, $1) }
        case .providerSignals:
            return make("Signalen voor het gesprek met een aanbieder, elk met het cijfer van de regio", [.year, .area, .selection, .provider]) { ProviderReports.signals($0, $1) }
        case .municipalities:
            return make("De 11 gemeenten naast elkaar en de regio: jeugdigen in zorg, verblijf, maatwerk, kosten, trajectduur, genormeerd en als index", [.year, .municipality]) { MunicipalityReports.municipalities($0, $1) }
        case .municipalityProducts:
            return make("Zorggebruik per productcategorie per gemeente: aandeel van de jeugdigen in zorg tegen de regio, als index", [.year, .municipality]) { MunicipalityReports.products($0, $1) }
        case .ambitionsPace:
            return make("Ambities: tempo en prognose 2028 uit de volle jaren (kleinste kwadraten), benodigd tempo, op koers, laatste 12 maanden") { d, _ in AmbitionReport.pace(d) }
        case .costsYearToDate:
            return make("Kosten dit jaar tot en met de leveringsmaand tegen dezelfde maanden vorig jaar, per gemeente, subregio en regio, met prognose") { d, _ in CostReports.yearToDate(d) }
        case .deliveries:
            return compare("Elke levering per gemeente: toewijzingen, declaratieregels, laatste ontvangstdatum (--delivery kiest de getoonde)") { DeliveryReports.deliveries($0, $1) }
        case .deliveryChanges:
            return compare("Wat veranderde sinds de vorige levering, per gemeente: toewijzingen nieuw, vervallen, gewijzigd, nieuwe declaraties, in- en uitstroom") { DeliveryReports.changes($0, $1) }
        }
    }

    /// Which tidy columns of a report are counts of clients, allocations or trajecten, and which
    /// are computed from them (contract §7.10). Declared here rather than guessed from names:
    /// `jeugdigen` is youths in care in `in-care` but inhabitants in `costs-municipalities`.
    /// Not listed, so never withheld: years, inhabitants (inwoners.csv), providers,
    /// municipalities, products, months, waiting weeks, claim lines, the euros of an area as a
    /// whole (annual accounts, costs per month of an area). Cells whose counts the table does not
    /// show (per 1.000, a median of unseen trajecten, a signal) carry them in `TidyTable.bases`.
    public static func smallCells(_ name: ReportName) -> SmallCellRoles {
        switch name {
        case .inCare: SmallCellRoles(["jeugdigen": .count])
        case .residential, .residentialByMunicipality, .residentialMonthly, .segment2Providers: SmallCellRoles(["clienten": .count])
        case .customArrangements: SmallCellRoles(["voorzieningen": .count])
        case .ambitions: SmallCellRoles(["gemeten": .count, "totaal": .count])
        case .costsProducts:
            SmallCellRoles(["clienten": .count, "gedeclareerd": .from("clienten"), "per_client": .from("clienten"), "aandeel": .from("clienten")])
        case .costPerClient: SmallCellRoles(["clienten": .count, "kosten": .from("clienten"), "per_client": .from("clienten")])
        case .segment2Products:
            SmallCellRoles(["clienten": .count, "clienten_gecontracteerd": .count, "clienten_niet_gecontracteerd": .count,
                            "beschikt": .from("clienten"), "gemiddeld_per_client": .from("clienten")])
        case .segment2Referrers: SmallCellRoles(["clienten": .count, "aandeel": .from("clienten")])
        case .segment2Areas:
            SmallCellRoles(["clienten_s2": .count, "clienten_jeugdhulp": .count, "aandeel_jeugdhulp": .from("clienten_s2", "clienten_jeugdhulp"),
                            "aandeel_jeugdigen": .from("clienten_s2")])
        case .trajectoryDuration:
            SmallCellRoles(["trajecten": .count, "gemiddelde_duur_dagen": .from("trajecten"), "mediaan_duur_dagen": .from("trajecten")])
        case .providers:
            SmallCellRoles(["clienten": .count, "toewijzingen": .count, "maatwerk": .count, "beschikt": .from("clienten"),
                            "gedeclareerd": .from("clienten"), "verzilvering": .from("clienten")])
        case .providerProducts:
            SmallCellRoles(["clienten": .count, "toewijzingen": .count, "beschikt": .from("clienten"), "gedeclareerd": .from("clienten")])
        case .providerOutcomes:
            SmallCellRoles(["trajecten_beeindigd": .count, "volgens_plan": .count, "voortijdig": .count, "uitval": .from("volgens_plan", "voortijdig"),
                            "gemiddelde_duur_dagen": .from("trajecten_beeindigd"), "mediaan_duur_dagen": .from("trajecten_beeindigd"),
                            "beoordeelbaar_6m": .count, "zonder_nieuwe_hulp_6m": .count,
                            "aandeel_zonder_nieuwe_hulp_6m": .from("beoordeelbaar_6m", "zonder_nieuwe_hulp_6m")])
        case .providerMonths:
            SmallCellRoles(["clienten": .count, "beschikt": .from("clienten"), "gedeclareerd": .from("clienten"), "verzilvering": .from("clienten")])
        case .providerMunicipalities: SmallCellRoles(["clienten": .count, "beschikt": .from("clienten"), "gedeclareerd": .from("clienten")])
        case .providerReasons: SmallCellRoles(["trajecten": .count])
        case .municipalityProducts: SmallCellRoles(["clienten": .count, "aandeel": .from("clienten"), "index": .from("clienten")])
        case .deliveries: SmallCellRoles(["toewijzingen": .count])
        case .deliveryChanges:
            SmallCellRoles(["toewijzingen_nieuw": .count, "toewijzingen_vervallen": .count, "toewijzingen_gewijzigd": .count,
                            "jeugdigen_in_zorg_vorige": .count, "jeugdigen_in_zorg": .count, "instroom": .count, "uitstroom": .count])
        // Counts and figures in long rows (municipalities: one indicator a row; signals; the
        // ambitions' values): their bases come with the rows.
        case .municipalities, .providerSignals, .ambitionsPace: .none
        case .costsAnnual, .costsMunicipalities, .costsMonthly, .costsYearToDate, .lagBacktest, .providerWaitingTimes: .none
        }
    }
}

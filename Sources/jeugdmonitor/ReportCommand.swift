import ArgumentParser
import MonitorCore

extension ReportFormat: ExpressibleByArgument {}

struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Druk een tabel van de monitor af, voor mensen of voor scripts.",
        discussion: """
            Formaten:
              text      de tabel zoals het programmaplan hem toont (standaard)
              markdown  dezelfde tabel als Markdown
              csv       één regel per cijfer, komma's, gewone getallen (1234, 0.025)
              csv-nl    als csv, maar met ; en decimale komma voor Nederlandse spreadsheets
              json      één object per cijfer

            Elke tabel van het dashboard is hier ook te krijgen, met dezelfde keuzes:
              report costs-products --year 2025 --area 0820
              report segment2-providers --month 2023-04 --product 43A10
              report cost-per-client --area Peelgemeenten

            Gebruik 'jeugdmonitor report --list' voor alle tabellen.
            """
    )

    @Argument(help: ArgumentHelp("Naam van de tabel, bijvoorbeeld in-care.", valueName: "naam"))
    var name: String?

    @Flag(name: .long, help: "Toon alle tabellen met een korte uitleg.")
    var list = false

    @Option(name: .long, help: ArgumentHelp("text, markdown, csv, csv-nl of json.", valueName: "formaat"))
    var format: ReportFormat = .text

    @Flag(name: .customLong("per-1000"), help: "Toon aantallen per 1.000 jeugdigen (tekst en markdown; alleen tabellen van de 0-meting).")
    var perThousand = false

    @Flag(name: .customLong("per-jeugdige"), help: "Toon zorgkosten per jeugdige inwoner (costs-municipalities).")
    var perYouth = false

    @Option(name: .long, help: ArgumentHelp("Alleen deze maand (JJJJ-MM) bij maandtabellen; ook de peilmaand van de tekstweergave. Zonder: alle maanden vanaf januari 2021.", valueName: "JJJJ-MM"))
    var month: String?

    @Option(name: .long, help: ArgumentHelp("Het jaar van de tabel (costs-products; standaard het laatste volle jaar).", valueName: "JJJJ"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("Gebied: een gemeentecode (0820), een subregio (Peelgemeenten) of regio (standaard).", valueName: "gebied"))
    var area: String?

    @Option(name: .long, help: ArgumentHelp("Producten: alle (standaard), segment:N of categorie:CC.", valueName: "selectie"))
    var selection: String?

    @Option(name: .long, help: ArgumentHelp("Productcode, bijvoorbeeld 43A10 (segment2-providers; standaard alle segment 2 producten).", valueName: "code"))
    var product: String?

    @Option(name: .long, help: ArgumentHelp("Periode rond --month: halfjaar (standaard), jaar of maand (segment2-areas).", valueName: "periode"))
    var period: String?

    @Option(name: .long, help: ArgumentHelp("Eén aanbieder (AGB-code, 8 cijfers) bij de aanbiederstabellen.", valueName: "AGB"))
    var agb: String?

    @Option(name: .long, help: ArgumentHelp("Eén gemeente (gemeentecode, bijvoorbeeld 0820) bij municipalities en municipality-products.", valueName: "code"))
    var gemeente: String?

    @Flag(name: .customLong("afschermen"), help: "Scherm kleine aantallen af: 1 tot en met 4 cliënten, toewijzingen of trajecten, en wat daaruit berekend is, als <5 (tekst, markdown) of leeg met afgeschermd=ja (csv, csv-nl, json).")
    var protectSmallCells = false

    @OptionGroup var options: DataOptions

    /// The options given, with the parameter each one needs.
    var givenParameters: [(option: String, parameter: ReportParameter)] {
        let all: [(String, ReportParameter, Bool)] = [
            ("--per-1000", .perThousand, perThousand), ("--per-jeugdige", .perYouth, perYouth), ("--month", .month, month != nil),
            ("--year", .year, year != nil), ("--area", .area, area != nil), ("--selection", .selection, selection != nil),
            ("--product", .product, product != nil), ("--period", .period, period != nil), ("--agb", .provider, agb != nil),
            ("--gemeente", .municipality, gemeente != nil),
        ]
        return all.filter { $0.2 }.map { ($0.0, $0.1) }
    }

    func validate() throws {
        if list { return }
        guard let name else { throw ValidationError(CLIText.reportNameMissing) }
        guard let report = ReportName(rawValue: name) else { throw ValidationError(CLIText.unknownReport(name)) }
        let accepted = ReportCatalog.definition(report).parameters
        for (option, parameter) in givenParameters where !accepted.contains(parameter) {
            throw ValidationError(CLIText.optionNotFor(option, reports: ReportCatalog.all.filter { $0.parameters.contains(parameter) }.map(\.name.rawValue)))
        }
        if let month, Month(month) == nil { throw ValidationError(CLIText.badMonth(month)) }
        if let selection, ProductSelection(key: selection) == nil { throw ValidationError(CLIText.badSelection(selection)) }
        if let period, AreaPeriod(rawValue: period) == nil { throw ValidationError(CLIText.badPeriod(period)) }
        if perThousand && format != .text && format != .markdown { throw ValidationError(CLIText.perThousandFormats) }
    }

    func run() throws {
        if list {
            let width = ReportCatalog.all.map(\.name.rawValue.count).max() ?? 0
            for r in ReportCatalog.all {
                print(r.name.rawValue + String(repeating: " ", count: width - r.name.rawValue.count + 2) + r.summary)
            }
            return
        }
        guard let report = name.flatMap(ReportName.init) else { return }
        let (dataset, warnings) = try options.loadWithWarnings()
        let request = ReportRequest(report, try reportOptions(for: dataset))
        var history: DeliveryHistory?
        if report.needsHistory {
            let directory = try options.directory()
            let loaded = DeliveryHistory.load(dataDirectory: directory, shown: dataset, shownWarnings: warnings)
            if report == .deliveryChanges && loaded.previous == nil {
                throw ValidationError(CLIText.noEarlierDelivery(dataset.delivery.month, found: loaded.summaries.map(\.month), in: directory))
            }
            history = loaded
        }
        print(ReportCatalog.build(request, dataset, history: history).rendered(as: format), terminator: "")
        exitWithoutTeardown()
    }

    /// The options as the report takes them, checked against what the delivery holds.
    func reportOptions(for dataset: Dataset) throws -> ReportOptions {
        let options = ReportOptions(
            measure: perThousand ? .perThousandYouths : .absolute, month: month.flatMap(Month.init), year: year,
            area: try area.map { key in
                guard let found = dataset.area(key) else { throw ValidationError(CLIText.unknownArea(key, in: dataset)) }
                return found.key
            },
            selection: selection.flatMap(ProductSelection.init(key:)) ?? .all, product: product, period: period.flatMap(AreaPeriod.init),
            perYouth: perYouth, provider: agb, municipality: gemeente, protectSmallCells: protectSmallCells)
        if let m = options.month, !(Dataset.firstDataMonth...dataset.delivery.month).contains(m) {
            throw ValidationError(CLIText.monthOutside(m, delivery: dataset.delivery.month))
        }
        if let year, !(Dataset.firstDataMonth.year...dataset.delivery.month.year).contains(year) {
            throw ValidationError(CLIText.yearOutside(year, delivery: dataset.delivery.month))
        }
        if let product, dataset.productIndex[product] == nil { throw ValidationError(CLIText.unknownProduct(product)) }
        if let agb, dataset.providerIndex[agb] == nil { throw ValidationError(CLIText.unknownProvider(agb)) }
        if let gemeente, dataset.municipalityIndex[gemeente] == nil { throw ValidationError(CLIText.unknownMunicipality(gemeente, among: dataset.municipalities)) }
        if case .category(let c) = options.selection, !dataset.products.contains(where: { $0.category == c }) {
            throw ValidationError(CLIText.badSelection(selection ?? ""))
        }
        return options
    }
}

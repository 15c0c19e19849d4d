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

    @Option(name: .long, help: ArgumentHelp("Alleen deze maand (JJJJ-MM) bij maandtabellen; ook de peilmaand van de tekstweergave. Zonder: alle maanden vanaf januari 2021.", valueName: "JJJJ-MM"))
    var month: String?

    @OptionGroup var options: DataOptions

    func validate() throws {
        if !list && name == nil { throw ValidationError("Geef de naam van een tabel, of --list voor alle tabellen.") }
        if let name, ReportCatalog.named(name) == nil {
            throw ValidationError("Onbekende tabel \"\(name)\". Bestaande tabellen: \(ReportCatalog.all.map(\.name).joined(separator: ", ")).")
        }
        if let month {
            guard Month(month) != nil else { throw ValidationError("--month: gevonden \"\(month)\", verwacht een maand als JJJJ-MM, bijvoorbeeld 2023-04") }
            if let name, ReportCatalog.named(name)?.isMonthly == false {
                throw ValidationError("--month kan alleen bij \(ReportCatalog.all.filter(\.isMonthly).map(\.name).joined(separator: ", ")).")
            }
        }
        if perThousand {
            if let name, ReportCatalog.named(name)?.hasRates == false {
                throw ValidationError("--per-1000 kan alleen bij \(ReportCatalog.all.filter(\.hasRates).map(\.name).joined(separator: ", ")).")
            }
            if format != .text && format != .markdown {
                throw ValidationError("--per-1000 geldt voor --format text en markdown; csv en json geven altijd de aantallen zelf.")
            }
        }
    }

    func run() throws {
        if list {
            let width = ReportCatalog.all.map(\.name.count).max() ?? 0
            for r in ReportCatalog.all {
                print(r.name + String(repeating: " ", count: width - r.name.count + 2) + r.summary)
            }
            return
        }
        guard let name, let definition = ReportCatalog.named(name) else { return }
        let dataset = try options.load()
        let options = ReportOptions(measure: perThousand ? .perThousandYouths : .absolute, month: month.flatMap(Month.init))
        if let m = options.month, !(Dataset.firstDataMonth...dataset.delivery.month).contains(m) {
            throw ValidationError("--month \(m): de levering loopt van \(Dataset.firstDataMonth) tot en met \(dataset.delivery.month)")
        }
        let report = definition.build(dataset, options: options)
        print(report.rendered(as: format), terminator: "")
    }
}

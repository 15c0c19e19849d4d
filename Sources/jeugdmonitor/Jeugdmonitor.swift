import ArgumentParser
import MonitorCore

@main
struct Jeugdmonitor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "jeugdmonitor",
        abstract: "Monitor jeugdhulp van Een 10 voor de Jeugd: de maandelijkse leveringen van de 11 gemeenten.",
        discussion: """
            Zonder opdracht opent jeugdmonitor het dashboard in de terminal, op de \
            meegeleverde demo-data of op de map die --data noemt. Druk ? voor de toetsen.

            Voorbeelden:
              jeugdmonitor
              jeugdmonitor tui --data /pad/naar/Data --delivery 2026-09
              jeugdmonitor overview
              jeugdmonitor report in-care
              jeugdmonitor report residential --format csv > verblijf.csv
              jeugdmonitor validate /pad/naar/Data
            """,
        subcommands: [TuiCommand.self, Overview.self, ReportCommand.self, BriefCommand.self, ValidateCommand.self, BenchmarkCommand.self],
        defaultSubcommand: TuiCommand.self
    )

    static func main() {
        MemoryTuning.apply()
        main(nil)
    }
}

/// Where the data is and which delivery to use; shared by every command that reads data.
struct DataOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Map met de data: referentie/ en leveringen/. Standaard de meegeleverde demo-data.",
        valueName: "map"))
    var data: String?

    @Option(name: .long, help: ArgumentHelp(
        "Welke levering (maand JJJJ-MM, bijvoorbeeld 2026-10). Standaard de nieuwste.",
        valueName: "JJJJ-MM"))
    var delivery: String?

    func deliveryMonth() throws -> Month? {
        guard let text = delivery else { return nil }
        guard let m = Month(text) else {
            throw ValidationError("--delivery: gevonden \"\(Safe.text(text))\", verwacht een maand als JJJJ-MM, bijvoorbeeld 2026-10")
        }
        return m
    }

    /// The data folder: `--data`, or the bundled demo data.
    func directory() throws -> String { try data ?? BundledData.locate() }

    /// Loads the dataset or exits with every problem printed to standard error.
    /// - Parameter keepClaims: false when no figure comes from the declaraties (`Loader.load`).
    func load(keepClaims: Bool = true) throws -> Dataset { try loadWithWarnings(keepClaims: keepClaims).dataset }

    /// The dataset and its warnings (printed), for what compares deliveries.
    func loadWithWarnings(keepClaims: Bool = true) throws -> (dataset: Dataset, warnings: [Problem]) {
        let directory = try directory()
        let result = Loader.load(dataDirectory: directory, delivery: try deliveryMonth(), keepClaims: keepClaims)
        // A problem quotes file names and values from the files: one line each, no escapes.
        for w in result.warnings { printError("waarschuwing: \(Safe.text(w.description))") }
        guard let dataset = result.dataset else {
            for e in result.errors { printError("fout: \(Safe.text(e.description))") }
            printError(CLIText.notLoaded(directory, errors: result.errors.count))
            throw ExitCode(1)
        }
        return (dataset, result.warnings)
    }
}

/// Prints the 0-meting as text, for when no terminal UI is wanted.
struct Overview: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "overview",
        abstract: "Druk de 0-meting af: de drie tabellen van bijlage 2 van het programmaplan, als tekst."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        // The three tables count youths in allocations: the declaraties are checked, not kept.
        let dataset = try options.load(keepClaims: false)
        print(CLIText.overviewHeading(dataset.delivery.month))
        for report in ReportCatalog.build(ReportCatalog.zeroMeasurement, dataset) { print(report.rendered(as: .text)) }
        exitWithoutTeardown()
    }
}

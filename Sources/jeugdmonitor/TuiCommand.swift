import ArgumentParser
import MonitorApp
import MonitorCore
import TerminalUI

struct TuiCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open het dashboard in de terminal (dit is ook wat 'jeugdmonitor' zonder opdracht doet).",
        discussion: """
            Schermen: \(ScreenRegistry.all.enumerated().map { "\($0.offset + 1) \($0.element.title)" }.joined(separator: ", ")). \
            Tab of een cijfer wisselt van scherm, pijltjes of hjkl bewegen, s sorteert, \
            / filtert, e exporteert de tabel naar CSV, ? toont alle toetsen, q stopt.

            Werkt vanaf 80×24 tekens, in kleur (256 of 8 kleuren) of zonder (NO_COLOR=1).
            """
    )

    @Option(name: .long, help: ArgumentHelp("Mijn gemeente (gemeentecode, bijvoorbeeld 0820): gemarkeerd op elk scherm.", valueName: "code"))
    var gemeente: String?

    @OptionGroup var options: DataOptions

    /// The delivery asked for, or else the newest that loads: a refused newer folder does not
    /// stop the dashboard (Leveringen shows it as refused, with its problems).
    func loadNewestThatLoads(_ directory: String) throws -> (Dataset, [Problem]) {
        if options.delivery != nil { return try options.loadWithWarnings() }
        for month in Loader.deliveries(in: directory).reversed() {
            let result = Loader.load(dataDirectory: directory, delivery: month)
            if let dataset = result.dataset { return (dataset, result.warnings) }
            printError(CLIText.deliverySkipped(month, errors: result.errors.count))
        }
        return try options.loadWithWarnings()
    }

    func run() throws {
        let directory = try options.directory()
        let (dataset, warnings) = try loadNewestThatLoads(directory)
        if let gemeente, dataset.municipalityIndex[gemeente] == nil { throw ValidationError(CLIText.unknownMunicipality(gemeente, in: dataset)) }
        let model = MonitorModel(dataset: dataset, isDemoData: BundledData.isBundled(directory), source: (directory, warnings))
        // A delivery newer than the one seen last opens on what changed.
        let newest = Loader.deliveries(in: directory).last
        let seen = DeliveryMemory.lastSeen(in: directory)
        let first = seen.flatMap { seen in newest.map { $0 > seen } } == true ? DeliveriesScreen.id : nil
        if let newest { DeliveryMemory.remember(newest, in: directory) }
        do {
            try Dashboard.run(model: model, myMunicipality: gemeente, firstScreen: first)
        } catch let error as TerminalError {
            printError("jeugdmonitor: \(CLIText.terminal(error))")
            printError(CLIText.noTerminalTip)
            throw ExitCode(1)
        }
    }
}

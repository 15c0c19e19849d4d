import Foundation
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

    /// Closes the dashboard as soon as a screen is drawn: `scripts/bench` times the first screen.
    @Flag(name: .customLong("exit-after-first-paint"), help: .hidden)
    var exitAfterFirstPaint = false

    /// The newest delivery before `month` that loads, with its warnings; for when the one shown
    /// first was refused (Leveringen shows it as refused, with its problems).
    func loadOlder(than month: Month, in directory: String) throws -> (Dataset, [Problem]) {
        for older in Loader.deliveries(in: directory).reversed() where older < month {
            let result = Loader.load(dataDirectory: directory, delivery: older)
            if let dataset = result.dataset { return (dataset, result.warnings) }
            printError(CLIText.deliverySkipped(older, errors: result.errors.count))
        }
        return try options.loadWithWarnings()
    }

    func run() throws {
        let directory = try options.directory()
        let requested = try options.deliveryMonth()
        let newest = Loader.deliveries(in: directory).last
        guard let month = requested ?? newest else {
            _ = try options.loadWithWarnings()  // says why there is nothing to show
            return
        }
        if let gemeente { try checkMunicipality(gemeente, in: directory) }
        // A delivery newer than the one seen last opens on what changed.
        let seen = DeliveryMemory.lastSeen(in: directory)
        let first = seen.flatMap { seen in newest.map { $0 > seen } } == true ? DeliveriesScreen.id : nil
        if let newest { DeliveryMemory.remember(newest, in: directory) }
        let isDemoData = BundledData.isBundled(directory)
        do {
            guard let refused = try Dashboard.run(loading: directory, delivery: month, isDemoData: isDemoData, myMunicipality: gemeente,
                                                  firstScreen: first, exitAfterFirstPaint: exitAfterFirstPaint) else { return }
            // The delivery asked for must load; otherwise the newest that does is shown.
            if requested != nil { _ = try options.loadWithWarnings() }
            printError(CLIText.deliverySkipped(month, errors: refused.errors.count))
            let (dataset, warnings) = try loadOlder(than: month, in: directory)
            let model = MonitorModel(dataset: dataset, isDemoData: isDemoData, source: (directory, warnings))
            try Dashboard.run(model: model, myMunicipality: gemeente, firstScreen: first, refused: (month, refused.errors.count))
        } catch let error as TerminalError {
            printError("jeugdmonitor: \(CLIText.terminal(error))")
            printError(CLIText.noTerminalTip)
            throw ExitCode(1)
        }
    }

    /// `--gemeente` names a municipality of gemeenten.csv; checked before the dashboard opens.
    /// A gemeenten.csv that cannot be read is left to the load, which says why.
    func checkMunicipality(_ code: String, in directory: String) throws {
        let path = (directory as NSString).appendingPathComponent("referentie/gemeenten.csv")
        guard let data = FileManager.default.contents(atPath: path) else { return }
        let parsed = Loader.parseMunicipalities(bytes: [UInt8](data))
        guard parsed.isValid, !parsed.rows.contains(where: { $0.code == code }) else { return }
        throw ValidationError(CLIText.unknownMunicipality(code, among: parsed.rows))
    }
}

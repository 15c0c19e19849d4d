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

    func run() throws {
        let directory = try options.directory()
        let dataset = try options.load()
        if let gemeente, dataset.municipalityIndex[gemeente] == nil { throw ValidationError(CLIText.unknownMunicipality(gemeente, in: dataset)) }
        let model = MonitorModel(dataset: dataset, isDemoData: BundledData.isBundled(directory))
        do {
            try Dashboard.run(model: model, myMunicipality: gemeente)
        } catch let error as TerminalError {
            printError("jeugdmonitor: \(CLIText.terminal(error))")
            printError(CLIText.noTerminalTip)
            throw ExitCode(1)
        }
    }
}

import ArgumentParser
import MonitorApp
import MonitorCore
import TerminalUI

struct TuiCommand: ParsableCommand {
    /// The terminal's refusal in the users' language.
    static func dutch(_ error: TerminalError) -> String {
        switch error {
        case .notATerminal: "het dashboard heeft een terminal nodig, maar invoer of uitvoer is omgeleid."
        case .unknownTerminal(let name?): "terminaltype '\(name)' is hier onbekend. Probeer TERM=xterm-256color."
        case .unknownTerminal(nil): "TERM is niet gezet, dus het terminaltype is onbekend. Probeer TERM=xterm-256color."
        case .windowTooSmall(let minimum, let actual): "het venster is \(actual.width)×\(actual.height); het dashboard heeft minstens \(minimum.width)×\(minimum.height) nodig."
        case .initialisationFailed: "de terminal kon niet worden gestart (\(error.message))."
        }
    }

    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open het dashboard in de terminal (dit is ook wat 'jeugdmonitor' zonder opdracht doet).",
        discussion: """
            Schermen: 0-meting (bijlage 2 van het programmaplan) en Ambities 2028. \
            Tab of een cijfer wisselt van scherm, pijltjes of hjkl bewegen, s sorteert, \
            / filtert, e exporteert de tabel naar CSV, ? toont alle toetsen, q stopt.

            Werkt vanaf 80×24 tekens, in kleur (256 of 8 kleuren) of zonder (NO_COLOR=1).
            """
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let directory = try options.directory()
        let dataset = try options.load()
        let model = MonitorModel(dataset: dataset, isDemoData: BundledData.isBundled(directory))
        do {
            try Dashboard.run(model: model)
        } catch let error as TerminalError {
            printError("jeugdmonitor: \(Self.dutch(error))")
            printError("Tip: 'jeugdmonitor overview' of 'jeugdmonitor report' werken zonder terminal.")
            throw ExitCode(1)
        }
    }
}

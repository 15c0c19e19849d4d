/// Every text the terminal layer shows to users, in Dutch, in one place.
/// Public so that apps built on TerminalUI can say the same things the same way.
public enum TerminalText {
    /// `TerminalError.notATerminal`: stdin or stdout is redirected.
    public static let notATerminal =
        "Het dashboard heeft een interactieve terminal nodig, maar invoer of uitvoer is omgeleid. Start het direct in een terminal, of gebruik de export via de opdrachtregel."

    /// `TerminalError.unknownTerminal`: `TERM` names a terminal terminfo does not know.
    public static func unknownTerminal(_ name: String) -> String {
        "Terminaltype '\(name)' is op dit systeem onbekend. Probeer TERM=xterm-256color."
    }

    /// `TerminalError.unknownTerminal(nil)`: `TERM` is unset or empty.
    public static let terminalNotSet = "De omgevingsvariabele TERM is niet gezet. Probeer TERM=xterm-256color."

    /// `TerminalError.windowTooSmall`, also drawn in place of the UI: sizes as `breedte×hoogte`.
    public static func windowTooSmall(width: Int, height: Int, minimumWidth: Int, minimumHeight: Int) -> String {
        "Venster te klein: \(width)×\(height), minimaal \(minimumWidth)×\(minimumHeight) nodig. Maak het venster groter."
    }

    /// `TerminalError.initialisationFailed`, with the reason.
    public static func initialisationFailed(_ reason: String) -> String { "De terminal kon niet worden ingesteld: \(reason)." }

    /// Reason for `initialisationFailed` when the headless backend cannot open `/dev/null`.
    public static let cannotOpenDevNull = "/dev/null kan niet worden geopend"

    /// What an empty table shows unless its caller says otherwise.
    public static let noRows = "Geen regels"
}

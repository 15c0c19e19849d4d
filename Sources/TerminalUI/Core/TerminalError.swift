/// Why the terminal UI cannot run, with a message meant for the user.
/// The app prints `message` and exits instead of crashing.
public enum TerminalError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Standard input or output is redirected.
    case notATerminal
    /// `TERM` names a terminal the terminfo database does not know (or is unset).
    case unknownTerminal(String?)
    /// The window is smaller than the UI needs.
    case windowTooSmall(minimum: Size, actual: Size)
    /// ncurses refused to start for another reason.
    case initialisationFailed(String)

    /// A one-sentence explanation with a hint on what to do (texts in `TerminalText`).
    public var message: String {
        switch self {
        case .notATerminal:
            return TerminalText.notATerminal
        case .unknownTerminal(let name?):
            return TerminalText.unknownTerminal(name)
        case .unknownTerminal(nil):
            return TerminalText.terminalNotSet
        case .windowTooSmall(let minimum, let actual):
            return TerminalText.windowTooSmall(width: actual.width, height: actual.height,
                                               minimumWidth: minimum.width, minimumHeight: minimum.height)
        case .initialisationFailed(let reason):
            return TerminalText.initialisationFailed(reason)
        }
    }

    public var description: String { message }
}

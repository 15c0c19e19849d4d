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

    /// A one-sentence explanation with a hint on what to do.
    public var message: String {
        switch self {
        case .notATerminal:
            return "The dashboard needs an interactive terminal, but input or output is redirected. Run it directly in a terminal, or use the command-line export instead."
        case .unknownTerminal(let name?):
            return "Terminal type '\(name)' is unknown on this system. Try TERM=xterm-256color."
        case .unknownTerminal(nil):
            return "The TERM environment variable is not set. Try TERM=xterm-256color."
        case .windowTooSmall(let minimum, let actual):
            return "Window too small: \(actual.width)×\(actual.height), needs at least \(minimum.width)×\(minimum.height). Enlarge the window."
        case .initialisationFailed(let reason):
            return "The terminal could not be set up: \(reason)."
        }
    }

    public var description: String { message }
}

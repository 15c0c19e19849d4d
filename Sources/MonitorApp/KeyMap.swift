import TerminalUI

/// One key binding: the keys, how help writes them, what they do. The same list drives
/// the key handling, the help overlay and the key-hint bar, so they cannot disagree.
public struct KeyBinding: Sendable {
    public let keys: [Key]
    public let label: String
    public let description: String
    public let action: Action
    /// Shown in the key-hint bar (short description), when set.
    public let hint: String?

    public init(_ keys: [Key], _ label: String, _ description: String, _ action: Action, hint: String? = nil) {
        self.keys = keys; self.label = label; self.description = description; self.action = action; self.hint = hint
    }
}

/// The keys every screen shares; a screen's own keys come first (see `Screen.bindings`).
public enum KeyMap {
    static let navigation: [KeyBinding] = [
        .init([.up, .character("k")], "↑ k", UIText.up, .move(.up)),
        .init([.down, .character("j")], "↓ j", UIText.down, .move(.down)),
        .init([.left, .character("h")], "← h", UIText.left, .move(.left)),
        .init([.right, .character("l")], "→ l", UIText.right, .move(.right)),
        .init([.pageUp], "PgUp", UIText.pageUp, .move(.pageUp)),
        .init([.pageDown], "PgDn", UIText.pageDown, .move(.pageDown)),
        .init([.control("u")], "Ctrl-u", UIText.halfPageUp, .move(.halfPageUp)),
        .init([.control("d")], "Ctrl-d", UIText.halfPageDown, .move(.halfPageDown)),
        .init([.character("g"), .home], "g Home", UIText.firstRow, .move(.home)),
        .init([.character("G"), .end], "G End", UIText.lastRow, .move(.end)),
        .init([.character("^")], "^", UIText.firstColumn, .move(.firstColumn)),
        .init([.character("$")], "$", UIText.lastColumn, .move(.lastColumn)),
    ]

    static let sheet: [KeyBinding] = [
        .init([.character("s")], "s", UIText.sortAscending, .sort(descending: false), hint: UIText.sortHint),
        .init([.character("S")], "S", UIText.sortDescending, .sort(descending: true)),
        .init([.character("/")], "/", UIText.filter, .beginFilter, hint: UIText.filterHint),
        .init([.character("e")], "e", UIText.export, .export, hint: UIText.exportHint),
        .init([.character("*")], "*", UIText.markMunicipality, .markMunicipality),
        .init([.character("x")], "x", UIText.protectSmallCells, .toggleSmallCellProtection),
    ]

    /// Tab, Shift-Tab and a number key per registered screen.
    static var screens: [KeyBinding] {
        [.init([.tab], "Tab", UIText.nextScreen, .nextScreen), .init([.backTab], "Shift-Tab", UIText.previousScreen, .previousScreen)]
            + ScreenRegistry.all.enumerated().map { i, screen in
                .init([.character(Character(String(i + 1)))], "\(i + 1)", UIText.screen(screen.title), .selectScreen(screen.id))
            }
    }

    static let general: [KeyBinding] = [
        .init([.character("?"), .function(1)], "? F1", UIText.help, .toggleHelp, hint: UIText.helpHint),
        .init([.character("q")], "q", UIText.quit, .quit, hint: UIText.quitHint),
    ]

    /// Every binding active on a screen, its own first.
    public static func bindings(for screen: any Screen.Type) -> [KeyBinding] {
        screen.bindings + sheet + navigation + screens + general
    }

    /// The action for an event, given what is on screen (prompt and help take their keys first).
    public static func action(for event: Event, state: AppState) -> Action? {
        switch event {
        case .resize(let w, let h): return .resize(Size(width: w, height: h))
        case .mouse(.wheelUp): return state.overlay == nil ? .move(.up) : .scrollHelp(-1)
        case .mouse(.wheelDown): return state.overlay == nil ? .move(.down) : .scrollHelp(1)
        case .mouse(.click): return nil  // tab clicks are mapped by the runner, which knows where tabs are
        case .key(let key):
            if state.prompt != nil { return promptAction(key) }
            if state.overlay != nil {
                switch key {
                case .up, .character("k"): return .scrollHelp(-1)
                case .down, .character("j"): return .scrollHelp(1)
                case .character("?"), .function(1), .character("q"), .escape, .enter: return .toggleHelp
                default: return nil
                }
            }
            if key == .escape, !state.current.focusedSheetState.filter.isEmpty { return .cancelPrompt }
            return bindings(for: ScreenRegistry.type(of: state.screen)).first { $0.keys.contains(key) }?.action
        }
    }

    static func promptAction(_ key: Key) -> Action? {
        switch key {
        case .enter: .commitPrompt
        case .escape: .cancelPrompt
        case .backspace: .editPrompt(.backspace)
        case .delete: .editPrompt(.delete)
        case .left: .editPrompt(.left)
        case .right: .editPrompt(.right)
        case .home: .editPrompt(.home)
        case .end: .editPrompt(.end)
        case .character(let c): .editPrompt(.insert(c))
        default: nil
        }
    }

    /// The help overlay's lines for a screen: its keys, then how to read it.
    public static func helpEntries(for screen: any Screen.Type) -> [KeyHint] {
        bindings(for: screen).map { KeyHint($0.label, $0.description) } + screen.explanation.map { KeyHint("", $0) }
    }

    /// The key-hint bar: the bindings marked as hints.
    public static func hints(for screen: any Screen.Type) -> [KeyHint] {
        let marked = bindings(for: screen).compactMap { b in b.hint.map { KeyHint(String(b.label.split(separator: " ")[0]), $0) } }
        // Help first: on a narrow terminal the bar is cut from the right.
        let help = marked.filter { $0.key == "?" }
        return help + [KeyHint("Tab", UIText.screenHint)] + marked.filter { $0.key != "?" }
    }
}

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

    init(_ keys: [Key], _ label: String, _ description: String, _ action: Action, hint: String? = nil) {
        self.keys = keys; self.label = label; self.description = description; self.action = action; self.hint = hint
    }
}

public enum KeyMap {
    static let navigation: [KeyBinding] = [
        .init([.up, .character("k")], "↑ k", "regel omhoog", .move(.up)),
        .init([.down, .character("j")], "↓ j", "regel omlaag", .move(.down)),
        .init([.left, .character("h")], "← h", "kolom naar links", .move(.left)),
        .init([.right, .character("l")], "→ l", "kolom naar rechts", .move(.right)),
        .init([.pageUp], "PgUp", "pagina omhoog", .move(.pageUp)),
        .init([.pageDown], "PgDn", "pagina omlaag", .move(.pageDown)),
        .init([.control("u")], "Ctrl-u", "halve pagina omhoog", .move(.halfPageUp)),
        .init([.control("d")], "Ctrl-d", "halve pagina omlaag", .move(.halfPageDown)),
        .init([.character("g"), .home], "g Home", "eerste regel", .move(.home)),
        .init([.character("G"), .end], "G End", "laatste regel", .move(.end)),
        .init([.character("^")], "^", "eerste kolom", .move(.firstColumn)),
        .init([.character("$")], "$", "laatste kolom", .move(.lastColumn)),
    ]

    static let sheet: [KeyBinding] = [
        .init([.character("s")], "s", "sorteer oplopend op de cursorkolom (nog eens: wissen)", .sort(descending: false), hint: "sorteer"),
        .init([.character("S")], "S", "sorteer aflopend", .sort(descending: true)),
        .init([.character("/")], "/", "filter regels op naam (Enter houdt, Esc wist)", .beginFilter, hint: "filter"),
        .init([.character("e")], "e", "exporteer de tabel in beeld naar CSV", .export, hint: "export"),
    ]

    static let screens: [KeyBinding] = [
        .init([.tab], "Tab", "volgend scherm", .nextScreen),
        .init([.backTab], "Shift-Tab", "vorig scherm", .previousScreen),
    ] + ScreenID.allCases.map { screen in
        .init([.character(Character(String(screen.rawValue + 1)))], "\(screen.rawValue + 1)", "scherm \(screen.title)", .selectScreen(screen))
    }

    static let general: [KeyBinding] = [
        .init([.character("?"), .function(1)], "? F1", "deze hulp", .toggleHelp, hint: "hulp"),
        .init([.character("q")], "q", "stoppen (of de prompt sluiten)", .quit, hint: "stop"),
    ]

    static func screenSpecific(_ screen: ScreenID) -> [KeyBinding] {
        switch screen {
        case .zeroMeasurement: [
            .init([.character("t")], "t", "volgende tabel van de 0-meting", .focusNextTable, hint: "tabel"),
            .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
            .init([.character("m")], "m", "absolute aantallen of per 1.000 jeugdigen", .toggleMeasure, hint: "per 1.000"),
            .init([.character("c")], "c", "staafdiagram van de cursor over de gemeenten", .toggleChart, hint: "grafiek"),
        ]
        case .costs: [
            .init([.character("t")], "t", "volgende tabel: jaarrekening, maanden, producten, per cliënt", .focusNextTable, hint: "tabel"),
            .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
            .init([.enter], "Enter", "maanden en producten van de gemeente onder de cursor", .drillDown, hint: "gemeente"),
            .init([.character("a")], "a", "volgend gebied: regio, subregio's, gemeenten", .cycleArea(1), hint: "gebied"),
            .init([.character("A")], "A", "vorig gebied", .cycleArea(-1)),
            .init([.character("r")], "r", "maanden en producten van de regio", .showRegion),
            .init([.character("v")], "v", "volgende selectie: alle producten, een segment, een productcategorie", .cycleSelection(1), hint: "selectie"),
            .init([.character("V")], "V", "vorige selectie", .cycleSelection(-1)),
            .init([.character("y")], "y", "duurste producten: een jaar later", .shiftProductYear(1)),
            .init([.character("Y")], "Y", "duurste producten: een jaar eerder", .shiftProductYear(-1)),
            .init([.character("m")], "m", "jaarrekening in euro's of per jeugdige inwoner", .toggleMeasure, hint: "per jeugdige"),
            .init([.character("z")], "z", "kleine grafieken op één schaal of elk op eigen schaal", .toggleSharedScale),
            .init([.character("c")], "c", "kleine grafieken per gemeente tonen of verbergen", .toggleChart),
        ]
        case .segment2: [
            .init([.character("[")], "[", "peilmaand een maand terug", .shiftMonth(-1), hint: "maand"),
            .init([.character("]")], "]", "peilmaand een maand verder", .shiftMonth(1)),
            .init([.character("{")], "{", "peilmaand een jaar terug", .shiftMonth(-12)),
            .init([.character("}")], "}", "peilmaand een jaar verder", .shiftMonth(12)),
            .init([.character("t")], "t", "volgende tabel: producten, aanbieders, gebieden", .focusNextTable, hint: "tabel"),
            .init([.character("p")], "p", "periode van de gebiedentabel: halfjaar, jaar, maand", .cycleAreaPeriod, hint: "periode"),
            .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
            .init([.character("c")], "c", "trend tonen of verbergen (smal venster: in plaats van de onderste tabel)", .toggleChart, hint: "trend"),
        ]
        case .ambitions: []
        }
    }

    /// Every binding active on a screen, screen-specific ones first.
    public static func bindings(for screen: ScreenID) -> [KeyBinding] {
        screenSpecific(screen) + sheet + navigation + screens + general
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
            if key == .escape, !state.currentSheetState.filter.isEmpty { return .cancelPrompt }
            return bindings(for: state.screen).first { $0.keys.contains(key) }?.action
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
    public static func helpEntries(for screen: ScreenID) -> [KeyHint] {
        bindings(for: screen).map { KeyHint($0.label, $0.description) } + explanation(screen).map { KeyHint("", $0) }
    }

    /// What a screen's figures mean, where that is not obvious from the table.
    static func explanation(_ screen: ScreenID) -> [String] {
        switch screen {
        case .costs: [
            "",
            "Na-ijl: declaraties komen weken tot maanden na de zorgmaand binnen,",
            "dus recente maanden (◔) lijken goedkoper dan ze worden.",
            "Binnen: het geschatte aandeel dat al ontvangen is, volgens het patroon",
            "van eerdere maanden (chain ladder op de driehoek zorgmaand ×",
            "ontvangstmaand, laatste 24 maanden).",
            "Verwacht: ontvangen + het nog ontbrekende deel van beschikt × de",
            "verzilvering van complete maanden (Bornhuetter–Ferguson).",
            "Bandbreedte: 10e–90e percentiel van die maanden. Hoe goed dat werkt:",
            "'jeugdmonitor report lag-backtest'.",
            "Maanden van één jaar: filter met / en het jaar, bijvoorbeeld 2025.",
        ]
        case .zeroMeasurement: [
            "",
            "Jeugdigen in zorg: unieke cliënten met een actieve toewijzing in het jaar.",
            "Het regiototaal telt een cliënt in meer gemeenten één keer.",
        ]
        case .segment2: [
            "",
            "Gecontracteerd: een contractperiode voor het product overlapt de maand.",
            "Wachttijd: laatste update in de Beschikbaarheidswijzer tot de peilmaand.",
            "Verzilvering: gedeclareerd / beschikt over het hele vorige jaar.",
        ]
        case .ambitions: []
        }
    }

    /// The key-hint bar: the bindings marked as hints.
    public static func hints(for screen: ScreenID) -> [KeyHint] {
        let marked = bindings(for: screen).compactMap { b in b.hint.map { KeyHint(String(b.label.split(separator: " ")[0]), $0) } }
        // Help first: on a narrow terminal the bar is cut from the right.
        let help = marked.filter { $0.key == "?" }
        return help + [KeyHint("Tab", "scherm")] + marked.filter { $0.key != "?" }
    }
}

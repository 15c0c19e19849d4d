import MonitorCore
import TerminalUI

/// Where the user is in one sheet: cursor and scroll, sort key and row filter.
public struct SheetState: Hashable, Sendable {
    /// The column cursor starts on the first figure, not on the row labels.
    public var table = TableState(cursorColumn: 1)
    public var sort: SortOrder?
    public var filter = ""

    public init() {}
}

/// What covers the screen, if anything.
public enum Overlay: Hashable, Sendable {
    case help(scroll: Int)
}

/// A one-line prompt at the bottom.
public enum PromptMode: Hashable, Sendable {
    case filter(PromptState)
}

public struct StatusMessage: Hashable, Sendable {
    public enum Kind: Hashable, Sendable { case info, error }
    public var text: String
    public var kind: Kind

    public init(_ text: String, kind: Kind = .info) { self.text = text; self.kind = kind }
}

/// The whole state of the dashboard. Changed only by `update(_:_:model:)`.
public struct AppState: Sendable {
    public var screen: ScreenID
    /// Each registered screen's own state, kept while another screen is shown.
    var screens: [ScreenID: any Screen]
    public var overlay: Overlay?
    public var prompt: PromptMode?
    public var status: StatusMessage?
    public var size: Size
    public var shouldQuit = false
    /// The reader's own municipality (a gemeentecode), marked on every screen.
    public var myMunicipality: String?
    /// Small counts withheld on every screen and in every export (contract §7.10); the header says so.
    public var protectSmallCells = false

    public init(size: Size) {
        self.size = size
        screen = ScreenRegistry.all[0].id
        screens = Self.freshScreens()
    }

    /// A screen's state by its type: `state[CostsScreen.self].focus`.
    public subscript<S: Screen>(_ type: S.Type) -> S {
        get { screens[S.id] as? S ?? S() }
        set { screens[S.id] = newValue }
    }

    /// Every screen back at its start (another delivery is shown); the screen on view stays.
    mutating func resetScreens() { screens = Self.freshScreens() }

    static func freshScreens() -> [ScreenID: any Screen] {
        Dictionary(uniqueKeysWithValues: ScreenRegistry.all.map { ($0.id, $0.init()) })
    }

    /// The screen on view.
    public var current: any Screen { screens[screen] ?? ScreenRegistry.type(of: screen).init() }

    mutating func withCurrent<R>(_ change: (inout any Screen) -> R) -> R {
        var s = current
        let result = change(&s)
        screens[screen] = s
        return result
    }

    /// Screens read their tables through the model as the toggle wants them.
    func context(_ model: MonitorModel) -> ScreenContext {
        ScreenContext(model: model.protectingSmallCells(protectSmallCells), size: size, myMunicipality: myMunicipality)
    }
}

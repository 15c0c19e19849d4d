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

/// The 0-meting screen: three tables, one of them focused.
public struct ZeroMeasurementState: Hashable, Sendable {
    public static let tableCount = 3
    public var focus = 0
    public var measure: Measure = .absolute
    public var sheets = Array(repeating: SheetState(), count: tableCount)
    /// A bar chart of the cursor's year across the municipalities.
    public var showsChart = false

    public init() {}
}

/// The Kosten screen: annual accounts, the months of one area, its most costly products.
public struct CostsState: Sendable {
    /// Annual accounts, months, products, cost per client.
    public static let tableCount = 4
    public var focus = 0
    public var sheets = Array(repeating: SheetState(), count: tableCount)
    public var measure: CostMeasure = .euros
    /// The area whose months and products are shown (index into `CostsModel.areas`); nil: the region.
    public var area: Int?
    /// Months and products for another selection than all products; nil: all products.
    public var detail: CostsDetail?
    /// Small multiples on one scale (compare levels) or each on its own (compare shapes).
    public var sharedScale = true
    public var showsChart = true

    public init() {}
}

/// The Segment 2 screen: per-product table at a peilmaand, providers of the product under
/// the cursor, and the area table.
public struct Segment2State: Sendable {
    public static let tableCount = 3
    public var focus = 0
    public var sheets = Array(repeating: SheetState(), count: tableCount)
    /// Filled when the screen is first shown and whenever the peilmaand moves.
    public var tables: Segment2Tables?
    /// nil: automatic, beside the tables when the window is wide enough (150 columns).
    public var showsTrend: Bool?

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
}

/// The whole state of the dashboard. Changed only by `update(_:_:)`.
public struct AppState: Sendable {
    public var screen: ScreenID = .zeroMeasurement
    public var zero = ZeroMeasurementState()
    public var costs = CostsState()
    public var segment2 = Segment2State()
    public var ambitions = SheetState()
    public var overlay: Overlay?
    public var prompt: PromptMode?
    public var status: StatusMessage?
    public var size: Size
    public var shouldQuit = false

    public init(size: Size) { self.size = size }
}

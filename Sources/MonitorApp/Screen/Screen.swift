import MonitorCore
import TerminalUI

/// Names a screen; the registry's order gives its tab and number key.
public struct ScreenID: Hashable, Sendable, CustomStringConvertible {
    public let name: String
    public init(_ name: String) { self.name = name }
    public var description: String { name }
}

/// What a screen sees of the world besides its own state.
public struct ScreenContext: Sendable {
    public let model: MonitorModel
    public let size: Size
    /// The reader's own municipality (a gemeentecode): its rows and marks stand out.
    public var myMunicipality: String? = nil
}

/// One screen of the dashboard, declared in one place as a VisiData sheet is: its title, its
/// keys with their help, its named tables, how its own commands change its state, and how it
/// draws. The value is the screen's state. Everything every screen shares (moving, paging,
/// sorting, filtering, exporting the focused table, help, switching, quitting) is done for it
/// by `update`, on the table named by `focus`.
///
/// A screen never computes a figure: each table comes from MonitorCore through the model
/// (`context.model.table(ReportRequest(…))`), the same table `jeugdmonitor report` prints.
public protocol Screen: Sendable {
    /// The screen's tables; `allCases` is the order `t`/`T` moves the focus in.
    associatedtype TableName: CaseIterable, Hashable, Sendable where TableName.AllCases == [TableName]
    /// The screen's own actions, bound to its keys.
    associatedtype Command: Hashable, Sendable

    static var id: ScreenID { get }
    /// The tab title.
    static var title: String { get }
    /// The screen's own keys, shown first in help; they may also bind shared actions with a
    /// description that fits the screen ("t: volgende tabel: …").
    static var bindings: [KeyBinding] { get }
    /// How to read the screen's figures, below its keys in help.
    static var explanation: [String] { get }
    /// The screen's tables use the declaraties. One that does not (the 0-meting counts youths
    /// from the toewijzingen) is drawn while a large delivery's declaraties are still read.
    static var readsClaims: Bool { get }

    init()
    var focus: TableName { get set }
    /// The tables on view now, in `t` order (a screen may show some of its tables only in a mode).
    var tableOrder: [TableName] { get }
    /// Cursor, sort and filter of each table; a table not in it is at its start.
    var sheets: [TableName: SheetState] { get set }

    func table(_ name: TableName, in context: ScreenContext) -> WideTable
    /// The file name (without extension) of the table's CSV export.
    func exportName(_ name: TableName, in context: ScreenContext) -> String
    mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage?
    /// Work outside the state a command asks for (writing a file), after `perform`.
    func effects(of command: Command, in context: ScreenContext) -> [Effect]
    mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext)
    /// Rows of the focused table visible at once, so PageDown moves one page.
    func pageSize(body: Rect, context: ScreenContext) -> Int
}

/// A screen's command inside the shared `Action`. Commands are `Hashable & Sendable` enums
/// (the protocol requires it), which is what makes the box sendable.
public struct ScreenCommand: Hashable, @unchecked Sendable {
    let value: AnyHashable
    public init<C: Hashable & Sendable>(_ command: C) { value = AnyHashable(command) }
}

extension Screen {
    public static var explanation: [String] { [] }

    public static var readsClaims: Bool { true }

    public var tableOrder: [TableName] { TableName.allCases }

    public func effects(of command: Command, in context: ScreenContext) -> [Effect] { [] }

    public func pageSize(body: Rect, context: ScreenContext) -> Int { max(1, body.height - 4) }

    /// A key binding for one of the screen's commands.
    public static func key(_ keys: [Key], _ label: String, _ description: String, _ command: Command, hint: String? = nil) -> KeyBinding {
        KeyBinding(keys, label, description, .screen(ScreenCommand(command)), hint: hint)
    }

    public func sheetState(_ name: TableName) -> SheetState { sheets[name] ?? SheetState() }

    public var focusedSheetState: SheetState { sheetState(focus) }

    /// The focused table as the user sees it: sorted and filtered.
    public func focusedSheet(in context: ScreenContext) -> Sheet {
        let s = focusedSheetState
        return Sheet(table(focus, in: context), sort: s.sort, filter: s.filter)
    }

    /// The key (code) of the row under the cursor in the focused table.
    public func focusedRowKey(in context: ScreenContext) -> String? {
        focusedSheet(in: context).rows[safe: focusedSheetState.table.cursorRow]?.key
    }

    /// A report year moved by `step` within 2022 … the delivery's year, with the status that
    /// says so; nil when it cannot move further.
    public static func movedYear(_ current: Int, by step: Int, in context: ScreenContext) -> (year: Int, status: StatusMessage)? {
        let delivery = context.model.deliveryMonth.year
        let next = min(max(current + step, Dataset.firstReportYear), delivery)
        guard next != current else { return nil }
        return (next, StatusMessage("Jaar \(next)\(next == delivery ? " (nog niet compleet)" : "")"))
    }

    mutating func changeFocusedSheet(_ change: (inout SheetState) -> Void) {
        var s = focusedSheetState
        change(&s)
        sheets[focus] = s
    }

    /// `t` / `T`: the next or previous table in the screen's order.
    mutating func moveFocus(by step: Int) {
        let all = tableOrder
        guard all.count > 1, let i = all.firstIndex(of: focus) else { return }
        focus = all[(i + step + all.count) % all.count]
    }

    /// Runs a command boxed in an action, when it is one of this screen's.
    mutating func perform(boxed command: ScreenCommand, in context: ScreenContext) -> (status: StatusMessage?, effects: [Effect]) {
        guard let c = command.value.base as? Command else { return (nil, []) }
        let status = perform(c, in: context)
        return (status, effects(of: c, in: context))
    }

}

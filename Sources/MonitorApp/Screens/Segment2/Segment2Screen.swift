import MonitorCore
import TerminalUI

/// Segment 2 (wonen): the factsheet's per-product table at a peilmaand (`[`/`]` move it), the
/// providers of the product under the cursor (or the area table), and the trend of youths in
/// residence against the 2028 ambition.
public struct Segment2Screen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case products, providers, areas
    }

    public enum Command: Hashable, Sendable {
        /// Move the peilmaand by this many months.
        case shiftMonth(Int)
        /// The area table's period: half year, year, month.
        case cycleAreaPeriod
        case toggleTrend
    }

    public static let id = ScreenID("segment2")
    public static let title = "Segment 2"

    public static let bindings: [KeyBinding] = [
        key([.character("[")], "[", "peilmaand een maand terug", .shiftMonth(-1), hint: "maand"),
        key([.character("]")], "]", "peilmaand een maand verder", .shiftMonth(1)),
        key([.character("{")], "{", "peilmaand een jaar terug", .shiftMonth(-12)),
        key([.character("}")], "}", "peilmaand een jaar verder", .shiftMonth(12)),
        .init([.character("t")], "t", "volgende tabel: producten, aanbieders, gebieden", .focusNextTable, hint: "tabel"),
        key([.character("p")], "p", "periode van de gebiedentabel: halfjaar, jaar, maand", .cycleAreaPeriod, hint: "periode"),
        .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
        key([.character("c")], "c", "trend tonen of verbergen (smal venster: in plaats van de onderste tabel)", .toggleTrend, hint: "trend"),
    ]

    public static let explanation = [
        "",
        "Gecontracteerd: een contractperiode voor het product overlapt de maand.",
        "Wachttijd: laatste update in de Beschikbaarheidswijzer tot de peilmaand.",
        "Verzilvering: gedeclareerd / beschikt over het hele vorige jaar.",
    ]

    /// From this width the trend sits beside the tables unless the user hid it.
    static let sideBySideWidth = 150

    public var focus = TableName.products
    public var sheets: [TableName: SheetState] = [:]
    /// nil: the delivery month.
    public var month: Month?
    public var areaPeriod = AreaPeriod.halfYear
    /// nil: automatic, beside the tables when the window is wide enough.
    public var showsTrend: Bool?

    public init() {}

    public func peilmaand(_ context: ScreenContext) -> Month { month ?? context.model.deliveryMonth }

    /// Whether the trend is on screen: as the user chose, else when there is room beside the tables.
    func trendShown(_ context: ScreenContext) -> Bool { showsTrend ?? (context.size.width >= Self.sideBySideWidth) }

    /// The productcode under the products table's column cursor (column 1 is the first product).
    func productUnderCursor(_ context: ScreenContext) -> String? {
        let keys = table(.products, in: context).columnKeys
        return keys[safe: max(0, sheetState(.products).table.cursorColumn - 1)] ?? keys.first
    }

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        let m = peilmaand(context)
        return switch name {
        case .products: context.model.table(ReportRequest(.segment2Products, ReportOptions(month: m)))
        case .providers: context.model.table(ReportRequest(.segment2Providers, ReportOptions(month: m, product: productUnderCursor(context))))
        case .areas: context.model.table(ReportRequest(.segment2Areas, ReportOptions(month: m, period: areaPeriod)))
        }
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        let m = peilmaand(context)
        return switch name {
        case .products: "segment2-producten-\(m)"
        case .providers: "segment2-aanbieders-\(productUnderCursor(context) ?? "")-\(m)"
        case .areas: "segment2-gebieden-\(areaPeriod.rawValue)-\(m)"
        }
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        switch command {
        case .shiftMonth(let delta):
            let current = peilmaand(context)
            let target = min(max(current.advanced(by: delta), Dataset.firstDataMonth), context.model.deliveryMonth)
            guard target != current else { return nil }
            month = target
            return StatusMessage("Peilmaand \(DutchCalendar.name(of: target))")
        case .cycleAreaPeriod:
            let all = AreaPeriod.allCases
            areaPeriod = all[((all.firstIndex(of: areaPeriod) ?? 0) + 1) % all.count]
            focus = .areas
            return StatusMessage(table(.areas, in: context).title)
        case .toggleTrend:
            showsTrend = !trendShown(context)
            return nil
        }
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int { max(1, layout(body, context: context).focused.height - 3) }
}

extension Action {
    /// A Segment 2 command, as its keys send it.
    public static func segment2(_ command: Segment2Screen.Command) -> Action { .screen(ScreenCommand(command)) }
}

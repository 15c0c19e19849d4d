import MonitorCore
import TerminalUI

/// The 0-meting of appendix 2: jeugdigen in zorg per gemeente, unieke cliënten in verblijf,
/// verblijf per gemeente; absolute or per 1.000 jeugdigen, with an optional bar chart.
public struct ZeroMeasurementScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case inCare, residential, residentialByMunicipality

        var report: ReportName {
            switch self {
            case .inCare: .inCare
            case .residential: .residential
            case .residentialByMunicipality: .residentialByMunicipality
            }
        }
    }

    public enum Command: Hashable, Sendable {
        case toggleMeasure, toggleChart
    }

    public static let id = ScreenID("0-meting")
    public static let title = "0-meting"
    public static let readsClaims = false

    public static let bindings: [KeyBinding] = [
        .init([.character("t")], "t", "volgende tabel van de 0-meting", .focusNextTable, hint: "tabel"),
        .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
        key([.character("m")], "m", "absolute aantallen of per 1.000 jeugdigen", .toggleMeasure, hint: "per 1.000"),
        key([.character("c")], "c", "staafdiagram van de cursor over de gemeenten", .toggleChart, hint: "grafiek"),
    ]

    public static let explanation = [
        "",
        "Jeugdigen in zorg: unieke cliënten met een actieve toewijzing in het jaar.",
        "Het regiototaal telt een cliënt in meer gemeenten één keer.",
    ]

    static let legend = "S1 = S1-verblijf · S2-gzn = S2-gezinsnabij (pleegzorg, gezinshuis) · S2-won = S2-wonen"

    public var focus = TableName.inCare
    public var sheets: [TableName: SheetState] = [:]
    public var measure: Measure = .absolute
    /// A bar chart of the cursor's year across the municipalities.
    public var showsChart = false

    public init() {}

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        context.model.table(ReportRequest(name.report, ReportOptions(measure: measure)))
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        let base = switch name {
        case .inCare: "jeugdigen-in-zorg"
        case .residential: "clienten-in-verblijf"
        case .residentialByMunicipality: "verblijf-per-gemeente"
        }
        return base + (measure == .absolute ? "" : "-per-1000")
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        switch command {
        case .toggleMeasure:
            measure = measure == .absolute ? .perThousandYouths : .absolute
            return StatusMessage("Weergave: \(measure.label)")
        case .toggleChart:
            showsChart.toggle()
            return nil
        }
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int {
        let focused = layout(body, context: context).panels.first { $0.table == focus }
        return max(1, (focused?.tableArea.height ?? body.height) - 3)
    }
}

extension Action {
    /// A 0-meting command, as its keys send it.
    public static func zeroMeasurement(_ command: ZeroMeasurementScreen.Command) -> Action { .screen(ScreenCommand(command)) }
}

import MonitorCore
import TerminalUI

/// Leveringen: what the 11 municipalities delivered and what changed since the previous
/// delivery; Enter on a municipality lists its changed allocations, Enter on a delivery shows
/// that delivery on every screen (or, when it was refused, its problems).
public struct DeliveriesScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case changes, moved, deliveries, allocations, problems
    }

    public enum Command: Hashable, Sendable {
        case open, close
    }

    public static let id = ScreenID("leveringen")
    public static let title = "Leveringen"

    public static let bindings: [KeyBinding] = [
        key([.enter], "Enter", "gemeente: haar gewijzigde toewijzingen; levering: die levering tonen (of waarom ze geweigerd is)", .open, hint: "open"),
        key([.backspace, .escape], "Esc", "terug naar het overzicht", .close),
        .init([.character("t")], "t", "volgende tabel: per gemeente, cijfers die bewogen, leveringen", .focusNextTable, hint: "tabel"),
        .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
    ]

    public static let explanation = [
        "",
        "Elke maand levert iedere gemeente haar toewijzingen en declaraties opnieuw, vanaf 2021.",
        "Nieuw, vervallen (ook reden 13) en gewijzigd: tegen de vorige levering, per",
        "toewijzingnummer. Nieuwe declaraties: ontvangen na de vorige leverdatum.",
        "Instroom: eerste ingangsdatum in de leveringsmaand; uitstroom: alle toewijzingen",
        "beëindigd, de laatste in die maand. Een geweigerde levering houdt de andere niet",
        "tegen: Enter op die levering toont haar problemen (bestand:regel:kolom).",
        "Dezelfde cijfers: 'jeugdmonitor report delivery-changes' en 'report deliveries'.",
    ]

    public var focus = TableName.changes
    public var sheets: [TableName: SheetState] = [:]
    /// The gemeentecode whose changed allocations are listed.
    public var municipality: String?
    /// A refused delivery whose problems are listed.
    public var refused: Month?

    public init() {}

    public var tableOrder: [TableName] {
        if municipality != nil { return [.allocations] }
        if refused != nil { return [.problems] }
        return [.changes, .moved, .deliveries]
    }

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        let model = context.model, d = model.dataset
        // The reports' tables, computed once per delivery: a key press never compares deliveries again.
        let deliveries = model.report(ReportRequest(.deliveries)).layout
        let changes = model.report(ReportRequest(.deliveryChanges)).layout
        let comparable = model.history.previous != nil
        switch name {
        case .deliveries: return deliveries[0]
        case .changes:
            // Nothing to compare with: what this delivery holds per municipality.
            return comparable ? changes[0] : deliveries[safe: 1] ?? .empty
        case .moved:
            return comparable ? changes[safe: 1] ?? .empty : WideTable(title: "Geen eerdere levering om mee te vergelijken", columns: [], rows: [])
        case .allocations:
            guard let code = municipality, let m = d.municipalityIndex[code], let c = model.changes else { return .empty }
            return DeliveryTables.allocations(d, c, municipality: m)
        case .problems:
            guard let month = refused, let s = model.history.summaries.first(where: { $0.month == month }) else { return .empty }
            return DeliveryTables.problems(s)
        }
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        switch name {
        case .changes: "levering-wijzigingen"
        case .moved: "levering-cijfers-die-bewogen"
        case .deliveries: "leveringen"
        case .allocations: "levering-toewijzingen-\(municipality ?? "")"
        case .problems: "levering-\(refused?.description ?? "")-problemen"
        }
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        let d = context.model.dataset
        switch command {
        case .open:
            guard let key = focusedRowKey(in: context) else { return nil }
            if focus == .changes, let m = d.municipalityIndex[key], context.model.changes != nil {
                municipality = key
                focus = .allocations
                sheets[.allocations] = nil
                return StatusMessage("Gewijzigde toewijzingen van \(d.municipalities[m].name); Esc: terug")
            }
            if focus == .deliveries, let month = Month(key),
               let s = context.model.history.summaries.first(where: { $0.month == month }), !s.isLoaded {
                refused = month
                focus = .problems
                sheets[.problems] = nil
                return StatusMessage("Levering \(DutchCalendar.name(of: month)) is geweigerd: \(s.errors.count) fout(en); Esc: terug")
            }
            return nil
        case .close:
            guard municipality != nil || refused != nil else { return nil }
            focus = refused != nil ? .deliveries : .changes
            municipality = nil
            refused = nil
            return nil
        }
    }

    public func effects(of command: Command, in context: ScreenContext) -> [Effect] {
        // Enter on a delivery that loads (not the one shown): show it on every screen.
        guard command == .open, focus == .deliveries, municipality == nil, refused == nil,
              let key = focusedRowKey(in: context), let month = Month(key),
              month != context.model.deliveryMonth,
              context.model.history.summaries.first(where: { $0.month == month })?.isLoaded == true else { return [] }
        return [.switchDelivery(month)]
    }

    public mutating func render(into buffer: inout Buffer, area: Rect, context: ScreenContext) {
        let order = tableOrder
        let panels: [(TableName, Rect)]
        if order.count == 1 {
            panels = [(order[0], area)]
        } else {
            // The changes per municipality on top; the figures that moved and the deliveries below,
            // side by side when the window is wide.
            // Title, header, a row per municipality and the region under its rule: no gap above the total.
            let (top, bottom) = area.splitTop(min(area.height / 2 + 2, 3 + table(.changes, in: context).rows.count))
            let lower = bottom.inset(top: 1)
            if lower.width >= 120 {
                let split = lower.splitLeft(lower.width / 2)
                panels = [(.changes, top), (.moved, split.left), (.deliveries, split.rest.inset(left: 2))]
            } else {
                panels = [(.changes, top), (focus == .changes ? .moved : focus, lower)]
            }
        }
        for (name, rect) in panels {
            var state = sheetState(name)
            SheetPanel.render(table(name, in: context), state: &state, focused: focus == name, note: name == .deliveries ? "Enter: deze levering tonen" : "t: volgende tabel",
                              marked: context.myMunicipality, into: &buffer, area: rect) { view in
                view.columns[0].maxWidth = rect.width < 100 ? 22 : 40
                // What changed is text: read from the left, as wide as the window allows.
                if name == .allocations, view.columns.count == 3 {
                    view.columns[1].alignment = .left
                    view.columns[2].alignment = .left
                    view.columns[2].maxWidth = max(24, rect.width - 40)
                }
            }
            sheets[name] = state
        }
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int { max(1, (tableOrder.count == 1 ? body.height : body.height / 2) - 3) }
}

extension Action {
    /// A Leveringen command, as its keys send it.
    public static func deliveries(_ command: DeliveriesScreen.Command) -> Action { .screen(ScreenCommand(command)) }
}

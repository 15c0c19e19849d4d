import MonitorCore
import TerminalUI

/// Aanbieders: every provider of a year with its clients, costs, verzilvering, maatwerk and
/// outcomes, for the contract manager; Enter opens a provider's profile (months, products,
/// municipalities, trajecten, waiting times and the signals for the talk), `b` writes its brief.
public struct ProvidersScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case list, signals, products, outcomes, reasons, months, municipalities, waiting
    }

    public enum Command: Hashable, Sendable {
        case openProfile, closeProfile
        case shiftYear(Int)
        case cycleSelection(Int)
        case cycleArea(Int)
        case toggleChart
        case writeBrief
    }

    public static let id = ScreenID("aanbieders")
    public static let title = "Aanbieders"

    public static let bindings: [KeyBinding] = [
        key([.enter], "Enter", "profiel van de aanbieder onder de cursor", .openProfile, hint: "profiel"),
        key([.backspace, .escape], "Esc", "terug naar de lijst van aanbieders", .closeProfile),
        .init([.character("t")], "t", "profiel: volgende tabel (signalen, producten, trajecten, redenen, maanden, gemeenten, wachttijden)", .focusNextTable, hint: "tabel"),
        .init([.character("T")], "T", "profiel: vorige tabel", .focusPreviousTable),
        key([.character("y")], "y", "een jaar later", .shiftYear(1), hint: "jaar"),
        key([.character("Y")], "Y", "een jaar eerder", .shiftYear(-1)),
        key([.character("v")], "v", "lijst: alle producten, een segment of een productcategorie", .cycleSelection(1), hint: "selectie"),
        key([.character("V")], "V", "lijst: vorige selectie", .cycleSelection(-1)),
        key([.character("a")], "a", "lijst: alleen toewijzingen van één gemeente of subregio", .cycleArea(1), hint: "gemeente"),
        key([.character("A")], "A", "lijst: vorig gebied", .cycleArea(-1)),
        key([.character("c")], "c", "profiel: grafiek van de maanden tonen of verbergen", .toggleChart),
        key([.character("b")], "b", "profiel: schrijf de gespreksnotitie (HTML, één A4) naast de exports", .writeBrief, hint: "notitie"),
    ]

    public static let explanation = [
        "",
        "Per aanbieder de toewijzingen die in het jaar actief zijn. Verzilvering:",
        "gedeclareerd / beschikt; het lopende jaar is nog niet compleet (na-ijl).",
        "Uitval: voortijdig (reden 32–39) / (volgens plan (31) + voortijdig) van de",
        "trajecten die in het jaar eindigden. Geen nieuwe hulp: aandeel van de volgens",
        "plan beëindigde trajecten zonder nieuwe toewijzing binnen 182 dagen (NJi).",
        "Het profiel geldt voor de hele regio en alle producten van de aanbieder.",
        "Zoek een aanbieder met / op naam of AGB-code.",
        "Dezelfde cijfers: 'jeugdmonitor report providers --agb …', provider-products,",
        "provider-outcomes; 'jeugdmonitor brief AGB' drukt de gespreksnotitie af.",
    ]

    public var focus = TableName.list
    public var sheets: [TableName: SheetState] = [:]
    /// nil: the delivery's year.
    public var year: Int?
    public var selection = ProductSelection.all
    /// The list counts only allocations of this area (an `Area.key`); nil: the region.
    public var area: String?
    /// The AGB of the provider whose profile is open; nil: the list.
    public var profile: String?
    public var showsChart = true

    public init() {}

    public var tableOrder: [TableName] {
        profile == nil ? [.list] : [.signals, .products, .outcomes, .reasons, .months, .municipalities, .waiting]
    }

    func shownYear(_ context: ScreenContext) -> Int { year ?? context.model.deliveryMonth.year }

    /// The list's year, selection and area.
    func listYear(_ context: ScreenContext) -> ProviderYear {
        context.model.providerYear(shownYear(context), selection: selection, area: area)
    }

    /// A profile is the provider in the whole region, all products.
    func profileYear(_ context: ScreenContext) -> ProviderYear {
        context.model.providerYear(shownYear(context), selection: .all, area: nil)
    }

    func profileProvider(_ context: ScreenContext) -> Int? { profile.flatMap { context.model.dataset.providerIndex[$0] } }

    func waiting(_ v: Int, _ context: ScreenContext) -> [ProviderWaitingTime] {
        let y = profileYear(context)
        return context.model.dataset.providerWaitingTimes(provider: v, year: y.year, delivered: y.products(of: v).map(\.product))
    }

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        context.model.shown(builtTable(name, in: context))
    }

    /// The table as Core builds it, before the model applies small-cell protection.
    func builtTable(_ name: TableName, in context: ScreenContext) -> WideTable {
        let d = context.model.dataset
        guard name != .list else { return ProviderTables.list(d, listYear(context)) }
        guard let v = profileProvider(context) else { return .empty }
        let y = profileYear(context)
        let provider = d.providers[v]
        return switch name {
        case .list: .empty
        case .signals: ProviderTables.signals(d.providerSignals(y, provider: v, waiting: waiting(v, context)), name: provider.name, year: y.year)
        case .products: ProviderTables.products(d, y, provider: v)
        case .outcomes: ProviderTables.outcomes(d, y, provider: v)
        case .reasons: ProviderTables.reasons(d, y, provider: v)
        case .months: ProviderTables.months(context.model.providerMonths(v), name: provider.name)
        case .municipalities: ProviderTables.municipalities(d, y, provider: v)
        case .waiting: ProviderTables.waitingTimes(d, waiting(v, context), name: provider.name)
        }
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        let base = "aanbieders-\(shownYear(context))"
        guard name != .list, let agb = profile else {
            return base + (area.map { "-\($0.lowercased())" } ?? "") + (selection == .all ? "" : "-" + selection.key.replacing(":", with: "-"))
        }
        let part = switch name {
        case .list: ""
        case .signals: "signalen"
        case .products: "producten"
        case .outcomes: "trajecten"
        case .reasons: "redenen"
        case .months: "maanden"
        case .municipalities: "gemeenten"
        case .waiting: "wachttijden"
        }
        return "aanbieder-\(agb)-\(part)-\(shownYear(context))"
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        let d = context.model.dataset
        switch command {
        case .openProfile:
            guard profile == nil, let row = focusedSheet(in: context).rows[safe: focusedSheetState.table.cursorRow],
                  let agb = row.key, d.providerIndex[agb] != nil else { return nil }
            profile = agb
            focus = .signals
            for name in tableOrder { sheets[name] = nil }
            return StatusMessage("Profiel van \(row.label) (AGB \(agb)); Esc: terug, t: volgende tabel, b: gespreksnotitie")
        case .closeProfile:
            guard profile != nil else { return nil }
            profile = nil
            focus = .list
            return StatusMessage("Alle aanbieders")
        case .shiftYear(let step):
            guard let moved = Self.movedYear(shownYear(context), by: step, in: context) else { return nil }
            year = moved.year
            return moved.status
        case .cycleSelection(let step):
            guard profile == nil else { return nil }
            let all = d.productSelections
            selection = all[((all.firstIndex(of: selection) ?? 0) + step + all.count) % all.count]
            sheets[.list] = nil
            return StatusMessage("Aanbieders: \(selection.label)")
        case .cycleArea(let step):
            guard profile == nil else { return nil }
            let order = [d.region] + d.areas.filter { $0.kind == .subregion } + d.areas.filter { $0.kind == .municipality }
            let current = order.firstIndex { $0.key == (area ?? Area.regionKey) } ?? 0
            let next = order[(current + step + order.count) % order.count]
            area = next.kind == .region ? nil : next.key
            sheets[.list] = nil
            return StatusMessage("Aanbieders: toewijzingen van \(next.kind == .region ? "de hele regio" : next.name)")
        case .toggleChart:
            showsChart.toggle()
            return nil
        case .writeBrief:
            return profile == nil ? StatusMessage("Open eerst een profiel (Enter) voor de gespreksnotitie") : nil
        }
    }

    public func effects(of command: Command, in context: ScreenContext) -> [Effect] {
        guard command == .writeBrief, let agb = profile, let v = profileProvider(context) else { return [] }
        let y = profileYear(context)
        let brief = ProviderBrief(context.model.dataset, y, provider: v, months: context.model.providerMonths(v),
                                  protectSmallCells: context.model.protectsSmallCells)
        return [.document(fileStem: "gespreksnotitie-\(agb)-\(y.year)-\(context.model.deliveryMonth)", fileExtension: "html",
                          contents: brief.rendered(as: .html))]
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int {
        let l = layout(body, context: context)
        return max(1, (l.panels.first { $0.table == focus }?.area.height ?? body.height) - 3)
    }
}

extension Action {
    /// An Aanbieders command, as its keys send it.
    public static func providers(_ command: ProvidersScreen.Command) -> Action { .screen(ScreenCommand(command)) }
}

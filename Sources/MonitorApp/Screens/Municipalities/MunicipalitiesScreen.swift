import MonitorCore
import TerminalUI

/// Gemeenten: the 11 municipalities and the region side by side on the indicators of
/// contract §7.2, for policy staff; Enter opens one municipality against the region per year,
/// with its product mix as an index against the region.
public struct MunicipalitiesScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case matrix, profile, categories, segments
    }

    public enum Command: Hashable, Sendable {
        case openProfile, closeProfile
        case shiftYear(Int)
        case toggleMeasure
    }

    public static let id = ScreenID("gemeenten")
    public static let title = "Gemeenten"

    public static let bindings: [KeyBinding] = [
        key([.enter], "Enter", "de gemeente onder de cursor tegen de regio, per jaar, met haar zorggebruik", .openProfile, hint: "gemeente"),
        key([.backspace, .escape], "Esc", "terug naar de 11 naast elkaar", .closeProfile),
        .init([.character("t")], "t", "gemeente: volgende tabel (per jaar, productcategorieën, segmenten)", .focusNextTable, hint: "tabel"),
        .init([.character("T")], "T", "gemeente: vorige tabel", .focusPreviousTable),
        key([.character("y")], "y", "een jaar later", .shiftYear(1), hint: "jaar"),
        key([.character("Y")], "Y", "een jaar eerder", .shiftYear(-1)),
        key([.character("m")], "m", "genormeerd (per 1.000 jeugdigen, per jeugdige) of absoluut", .toggleMeasure, hint: "genormeerd"),
    ]

    public static let explanation = [
        "",
        "Genormeerd: per 1.000 jeugdigen (‰) of per jeugdige inwoner (p.j.);",
        "kosten per cliënt en trajectduur zoals ze zijn. Index: 100 × gemeente /",
        "regio (genormeerd). ▲ index ≥ 125, ▼ index ≤ 80: afwijkend.",
        "* bij een gemeente: jeugdigen van een eerder jaar (nog geen inwoners).",
        "Zorggebruik: aandeel van de jeugdigen in zorg per productcategorie of",
        "segment, als index tegen de regio; bovenaan wat het meest afwijkt.",
        "* markeert de gemeente onder de cursor als mijn gemeente (op elk scherm).",
        "Dezelfde cijfers: 'jeugdmonitor report municipalities --gemeente CODE'",
        "en 'report municipality-products'.",
    ]

    public var focus = TableName.matrix
    public var sheets: [TableName: SheetState] = [:]
    /// nil: the delivery's year.
    public var year: Int?
    public var normalised = true
    /// The gemeentecode whose profile is open; nil: the matrix.
    public var municipality: String?

    public init() {}

    public var tableOrder: [TableName] { municipality == nil ? [.matrix] : [.profile, .categories, .segments] }

    func shownYear(_ context: ScreenContext) -> Int { year ?? context.model.deliveryMonth.year }

    func profileIndex(_ context: ScreenContext) -> Int? { municipality.flatMap { context.model.dataset.municipalityIndex[$0] } }

    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        let d = context.model.dataset
        let y = shownYear(context)
        guard name != .matrix else { return context.model.shown(MunicipalityTables.matrix(d, context.model.municipalityComparison, year: y, normalised: normalised)) }
        guard let m = profileIndex(context) else { return .empty }
        return switch name {
        case .matrix: .empty
        case .profile: context.model.shown(MunicipalityTables.profile(d, context.model.municipalityComparison, municipality: m))
        case .categories: context.model.table(ReportRequest(.municipalityProducts, ReportOptions(year: y, municipality: municipality)))
        case .segments: context.model.report(ReportRequest(.municipalityProducts, ReportOptions(year: y, municipality: municipality))).layout[safe: 1] ?? .empty
        }
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        let y = shownYear(context)
        return switch name {
        case .matrix: "gemeenten-\(y)-\(normalised ? "genormeerd" : "absoluut")"
        case .profile: "gemeente-\(municipality ?? "")-per-jaar"
        case .categories: "gemeente-\(municipality ?? "")-productcategorieen-\(y)"
        case .segments: "gemeente-\(municipality ?? "")-segmenten-\(y)"
        }
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        let d = context.model.dataset
        switch command {
        case .openProfile:
            guard municipality == nil, let code = focusedRowKey(in: context), d.municipalityIndex[code] != nil else { return nil }
            municipality = code
            focus = .profile
            for name in tableOrder { sheets[name] = nil }
            return StatusMessage("\(d.municipalities[d.municipalityIndex[code]!].name) tegen de regio; ↑↓ kiest de indicator van de grafiek, Esc: terug")
        case .closeProfile:
            guard municipality != nil else { return nil }
            municipality = nil
            focus = .matrix
            return StatusMessage("De 11 gemeenten naast elkaar")
        case .shiftYear(let step):
            guard let moved = Self.movedYear(shownYear(context), by: step, in: context) else { return nil }
            year = moved.year
            return moved.status
        case .toggleMeasure:
            normalised.toggle()
            return StatusMessage(normalised ? "Genormeerd: per 1.000 jeugdigen of per jeugdige inwoner" : "Absolute aantallen en bedragen")
        }
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int {
        let l = layout(body, context: context)
        return max(1, (l.panels.first { $0.table == focus }?.area.height ?? body.height) - 3)
    }
}

extension Action {
    /// A Gemeenten command, as its keys send it.
    public static func municipalities(_ command: MunicipalitiesScreen.Command) -> Action { .screen(ScreenCommand(command)) }
}

import MonitorCore
import TerminalUI

/// Kosten: the annual accounts per municipality on top; below, for the area in focus (region,
/// subregion, or the municipality chosen with Enter) and a product selection: its months with
/// the claim lag corrected, its most costly products of a year, or its cost per client; on
/// wide windows the municipalities as small multiples and a full chart of the area in focus.
public struct CostsScreen: Screen {
    public enum TableName: CaseIterable, Hashable, Sendable {
        case annual, months, products, perClient, yearToDate
    }

    public enum Command: Hashable, Sendable {
        /// The months and products of the municipality under the cursor.
        case drillDown
        /// Back to the region's months and products.
        case showRegion
        /// The next (or previous) area: region, subregions, municipalities.
        case cycleArea(Int)
        /// The next (or previous) product selection: all, a segment, a category.
        case cycleSelection(Int)
        /// The products table a year later (or earlier).
        case shiftProductYear(Int)
        case toggleMeasure
        /// Small multiples on one scale or each on its own.
        case toggleSharedScale
        case toggleChart
    }

    public static let id = ScreenID("kosten")
    public static let title = "Kosten"

    public static let bindings: [KeyBinding] = [
        .init([.character("t")], "t", "volgende tabel: jaarrekening, maanden, producten, per cliënt, dit jaar tegen vorig jaar", .focusNextTable, hint: "tabel"),
        .init([.character("T")], "T", "vorige tabel", .focusPreviousTable),
        key([.enter], "Enter", "maanden en producten van de gemeente onder de cursor", .drillDown, hint: "gemeente"),
        key([.character("a")], "a", "volgend gebied: regio, subregio's, gemeenten", .cycleArea(1), hint: "gebied"),
        key([.character("A")], "A", "vorig gebied", .cycleArea(-1)),
        key([.character("r")], "r", "maanden en producten van de regio", .showRegion),
        key([.character("v")], "v", "volgende selectie: alle producten, een segment, een productcategorie", .cycleSelection(1), hint: "selectie"),
        key([.character("V")], "V", "vorige selectie", .cycleSelection(-1)),
        key([.character("y")], "y", "duurste producten: een jaar later", .shiftProductYear(1)),
        key([.character("Y")], "Y", "duurste producten: een jaar eerder", .shiftProductYear(-1)),
        key([.character("m")], "m", "jaarrekening in euro's of per jeugdige inwoner", .toggleMeasure, hint: "per jeugdige"),
        key([.character("z")], "z", "kleine grafieken op één schaal of elk op eigen schaal", .toggleSharedScale),
        key([.character("c")], "c", "kleine grafieken per gemeente tonen of verbergen", .toggleChart),
    ]

    public static let explanation = [
        "",
        "Na-ijl: declaraties komen weken tot maanden na de zorgmaand binnen,",
        "dus recente maanden (◔) lijken goedkoper dan ze worden.",
        "Binnen: het geschatte aandeel dat al ontvangen is, volgens het patroon",
        "van eerdere maanden (chain ladder op de driehoek zorgmaand ×",
        "ontvangstmaand, laatste 24 maanden).",
        "Verwacht: ontvangen + het nog ontbrekende deel van beschikt × de",
        "verzilvering van complete maanden (Bornhuetter–Ferguson).",
        "Bandbreedte: per achterstand het 10e–90e percentiel van eindbedrag /",
        "schatting over de complete maanden; een jongere maand krijgt nooit een",
        "smallere band. Hoe goed dat werkt: 'jeugdmonitor report lag-backtest'.",
        "Dit jaar tegen vorig jaar: de grafiek toont het gebied onder de cursor,",
        "opgeteld per maand, met de prognose voor het hele jaar (◆).",
        "Maanden van één jaar: filter met / en het jaar, bijvoorbeeld 2025.",
        "Dezelfde tabellen: 'jeugdmonitor report costs-municipalities', costs-monthly,",
        "costs-products en cost-per-client, met --area en --selection.",
    ]

    public var focus = TableName.annual
    public var sheets: [TableName: SheetState] = [:]
    /// The annual accounts per jeugdige inwoner instead of in euros.
    public var perYouth = false
    /// The area of the lower tables, an `Area.key`; nil: the region.
    public var area: String?
    public var selection = ProductSelection.all
    /// The year of the products table; nil: the last complete year.
    public var productYear: Int?
    /// Small multiples on one scale (compare levels) or each on its own (compare shapes).
    public var sharedScale = true
    public var showsChart = true

    public init() {}

    func focusArea(_ d: Dataset) -> Area { area.flatMap(d.area) ?? d.region }


    public func table(_ name: TableName, in context: ScreenContext) -> WideTable {
        let model = context.model
        switch name {
        case .annual: return model.table(ReportRequest(.costsMunicipalities, ReportOptions(perYouth: perYouth)))
        case .months: return model.shown(CostTables.monthly(model.costMonths(selection), area: focusArea(model.dataset)))
        case .products: return model.table(ReportRequest(.costsProducts, ReportOptions(year: productYear, area: area, selection: selection)))
        case .perClient: return model.table(ReportRequest(.costPerClient, ReportOptions(area: area)))
        case .yearToDate: return model.table(ReportRequest(.costsYearToDate))
        }
    }

    public func exportName(_ name: TableName, in context: ScreenContext) -> String {
        let place = area == nil ? "regio" : focusArea(context.model.dataset).name.lowercased().replacing(" ", with: "-")
        return switch name {
        case .annual: "zorgkosten-jaarrekening"
        case .months: "kosten-per-maand-\(place)"
        case .products: "duurste-producten-\(place)"
        case .perClient: "kosten-per-client-\(place)"
        case .yearToDate: "kosten-dit-jaar-tegen-vorig-jaar"
        }
    }

    public mutating func perform(_ command: Command, in context: ScreenContext) -> StatusMessage? {
        let d = context.model.dataset
        switch command {
        case .drillDown:
            guard focus == .annual, let row = focusedSheet(in: context).rows[safe: focusedSheetState.table.cursorRow],
                  let key = row.key, let chosen = d.area(key) else { return nil }
            area = chosen.kind == .region ? nil : chosen.key
            showDetailAfresh()
            return StatusMessage("Maanden en producten van \(row.label); r: terug naar de regio")
        case .showRegion:
            area = nil
            showDetailAfresh()
            return StatusMessage("Maanden en producten van de regio")
        case .cycleArea(let step):
            // Region first, then the subregions, then the municipalities.
            let all = d.areas
            let order = [d.region] + all.filter { $0.kind == .subregion } + all.filter { $0.kind == .municipality }
            let current = order.firstIndex(of: focusArea(d)) ?? 0
            let next = order[(current + step + order.count) % order.count]
            area = next.kind == .region ? nil : next.key
            showDetailAfresh()
            return StatusMessage("Gebied: \(next.name)")
        case .cycleSelection(let step):
            let all = d.productSelections
            let current = all.firstIndex(of: selection) ?? 0
            selection = all[(current + step + all.count) % all.count]
            showDetailAfresh()
            return StatusMessage("Maanden en producten: \(selection.label)")
        case .shiftProductYear(let step):
            let current = productYear ?? context.model.deliveryMonth.year - 1
            let year = min(max(current + step, Dataset.firstDataMonth.year), context.model.deliveryMonth.year)
            guard year != current else { return nil }
            productYear = year
            focus = .products
            return StatusMessage("Duurste producten \(year)\(year == context.model.deliveryMonth.year ? " (nog niet compleet)" : "")")
        case .toggleMeasure:
            perYouth.toggle()
            return StatusMessage("Jaarrekening: \(perYouth ? "per jeugdige inwoner" : "in euro's")")
        case .toggleSharedScale:
            sharedScale.toggle()
            return StatusMessage(sharedScale ? "Grafieken op één schaal: niveaus vergelijken" : "Grafieken elk op eigen schaal: verloop vergelijken")
        case .toggleChart:
            showsChart.toggle()
            return nil
        }
    }

    /// Another area or selection: its months and products start at the top, in focus.
    mutating func showDetailAfresh() {
        if focus == .annual { focus = .months }
        sheets[.months] = nil
        sheets[.products] = nil
    }

    public func pageSize(body: Rect, context: ScreenContext) -> Int { max(1, layout(body).focused.height - 3) }
}

extension Action {
    /// A Kosten command, as its keys send it.
    public static func costs(_ command: CostsScreen.Command) -> Action { .screen(ScreenCommand(command)) }
}

import Testing
@testable import MonitorCore

/// Every report `report --list` names runs on the bundled data in every format, and the
/// people's table and the tidy rows agree on what they are.
@Suite struct ReportCatalogTests {
    @Test(arguments: ReportName.allCases)
    func everyReportRendersInEveryFormat(name: ReportName) throws {
        let d = try Bundled.dataset()
        let history = name.needsHistory ? DeliveryHistory.load(dataDirectory: Bundled.directory, shown: d, shownWarnings: Bundled.result.warnings) : nil
        let report = ReportCatalog.definition(name).build(d, history: history)
        #expect(report.name == name.rawValue)
        #expect(!report.layout.isEmpty)
        // Comparing deliveries needs an earlier one in Data/.
        let comparable = name != .deliveryChanges || history?.previous != nil
        #expect(report.tidy.rows.isEmpty == !comparable, "\(name.rawValue): tidy rows")
        for row in report.tidy.rows { #expect(row.count == report.tidy.columns.count, "\(name.rawValue): ragged row") }
        for format in ReportFormat.allCases {
            let text = report.rendered(as: format)
            #expect(!text.isEmpty, "\(name.rawValue) as \(format.rawValue)")
            switch format {
            case .text: #expect(text.hasPrefix(report.layout[0].title))
            case .markdown: #expect(text.hasPrefix("# "))
            case .csv: #expect(text.hasPrefix(report.tidy.columns.joined(separator: ",") + "\n"))
            case .csvNL: #expect(text.hasPrefix(report.tidy.columns.joined(separator: ";") + "\n"))
            case .json: #expect(text.hasPrefix(report.tidy.rows.isEmpty ? "[\n]" : "[\n  {"))
            }
        }
    }

    @Test func theListIsTheTypedNames() {
        #expect(ReportCatalog.all.map(\.name) == ReportName.allCases)
        #expect(Set(ReportName.allCases.map(\.rawValue)).count == ReportName.allCases.count)
    }

    /// The same request gives the same table on a screen and in `report`: costs-monthly for an
    /// area is the shared builder over the same cost months.
    @Test func monthlyReportForAnAreaIsTheScreenTable() throws {
        let d = try Bundled.dataset()
        let helmond = try #require(d.area("0794"))
        let report = ReportCatalog.build(ReportRequest(.costsMonthly, ReportOptions(area: "0794", selection: .segment(2))), d)
        let screen = CostTables.monthly(d.costMonths(selection: .segment(2)), area: helmond)
        #expect(report.layout[0].title == "Kosten per maand — Helmond, segment 2")
        #expect(report.layout[0].rows.map(\.values) == screen.rows.map(\.values))
        // Tidy rows of that area only, one per month, with the area's code.
        #expect(report.tidy.rows.count == d.months.count)
        #expect(report.tidy.rows.allSatisfy { $0[1] == .text("0794") })
    }

    @Test func areasAreFoundByCodeSubregionOrRegion() throws {
        let d = try Bundled.dataset()
        #expect(d.area("0820")?.name == "Nuenen")
        #expect(d.area("peelgemeenten")?.members.count == 5)
        #expect(d.area("regio")?.members.count == 11)
        #expect(d.area("9999") == nil)
        #expect(d.areas.last?.kind == .region)
    }

    @Test func productSelectionsReadTheirKeys() {
        #expect(ProductSelection(key: "alle") == .all)
        #expect(ProductSelection(key: "segment:2") == .segment(2))
        #expect(ProductSelection(key: "categorie:43") == .category("43"))
        #expect(ProductSelection(key: "segment:x") == nil)
        #expect(ProductSelection(key: "iets") == nil)
        for s in [ProductSelection.all, .segment(3), .category("45")] { #expect(ProductSelection(key: s.key) == s) }
    }

    @Test func ambitionStatusCarriesItsVerdict() throws {
        let report = ReportCatalog.definition(.ambitions).build(try Bundled.dataset())
        let statuses = report.layout[0].rows.compactMap { row -> Verdict? in
            // Stand comes first.
            if case .status(_, let v)? = row.values.first { return v }
            return nil
        }
        #expect(statuses.count == report.layout[0].rows.count)
        #expect(statuses.contains(.met) && statuses.contains(.notMet))
        // Numbers for spreadsheets: the target and the coverage are numeric in the tidy table.
        #expect(report.tidy.columns == ["ambitie", "omschrijving", "jaar", "waarde", "doel_2028", "gemeten", "totaal"])
        let smallScale = try #require(report.tidy.rows.first { $0[0] == .text("kleinschalig") && $0[2] == .count(2025) })
        #expect(smallScale[4].numericValue == 0.95 && smallScale[5].numericValue != nil && smallScale[6].numericValue != nil)
    }
}

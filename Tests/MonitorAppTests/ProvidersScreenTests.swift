import MonitorCore
import Testing
import TerminalUI
@testable import MonitorApp

/// The Aanbieders screen through actions: find, open, move through the profile, brief, back.
@Suite struct ProvidersScreenTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    func onList() -> AppState {
        var s = AppState(size: Size(width: 120, height: 40))
        _ = update(&s, .selectScreen(ProvidersScreen.id), model: model)
        return s
    }

    /// The provider with the most clients this year: the one a contract manager meets first.
    var largest: Provider {
        let y = model.providerYear(model.deliveryMonth.year, selection: .all, area: nil)
        return model.dataset.providers[y.providers.max { $0.clients < $1.clients }!.provider!]
    }

    @Test func findByAGBOpenTheProfileAndGoBack() throws {
        var s = onList()
        _ = update(&s, .beginFilter, model: model)
        for c in largest.agb { _ = update(&s, .editPrompt(.insert(c)), model: model) }
        _ = update(&s, .commitPrompt, model: model)
        #expect(currentSheet(s, model: model).body.map(\.label) == [largest.name])
        // Three keys from the list: /, the AGB, Enter.
        #expect(KeyMap.action(for: .key(.enter), state: s) == .providers(.openProfile))
        _ = update(&s, .providers(.openProfile), model: model)
        #expect(s[ProvidersScreen.self].profile == largest.agb)
        #expect(currentSheet(s, model: model).table.title.hasPrefix("Signalen voor het gesprek met \(largest.name)"))
        var titles: [String] = []
        for _ in 0..<7 {
            titles.append(currentSheet(s, model: model).table.title)
            _ = update(&s, .focusNextTable, model: model)
        }
        let expected = ["Signalen v", "Producten ", "Trajecten ", "Reden van ", String("\(largest.name) per maand".prefix(10)), "Gemeenten ", "Wachttijde"]
        #expect(titles.map { String($0.prefix(10)) } == expected)
        #expect(s[ProvidersScreen.self].focus == .signals)
        #expect(KeyMap.action(for: .key(.escape), state: s) == .providers(.closeProfile))
        _ = update(&s, .providers(.closeProfile), model: model)
        // Back on the list, still found by its AGB.
        #expect(currentSheet(s, model: model).body.map(\.label) == [largest.name])
    }

    @Test func briefIsWrittenFromTheProfile() throws {
        var s = onList()
        _ = update(&s, .move(.down), model: model)
        #expect(update(&s, .providers(.writeBrief), model: model).isEmpty)
        #expect(s.status?.text.hasPrefix("Open eerst een profiel") == true)
        _ = update(&s, .providers(.openProfile), model: model)
        let effects = update(&s, .providers(.writeBrief), model: model)
        guard case .document(let stem, let ext, let html)? = effects.first else { Issue.record("no brief"); return }
        let agb = try #require(s[ProvidersScreen.self].profile)
        #expect(stem == "gespreksnotitie-\(agb)-\(model.deliveryMonth.year)-\(model.deliveryMonth)")
        #expect(ext == "html")
        #expect(html.hasPrefix("<!DOCTYPE html>") && !html.contains("<script"))
        _ = update(&s, .providers(.closeProfile), model: model)
        #expect(s[ProvidersScreen.self].profile == nil && s[ProvidersScreen.self].focus == .list)
    }

    @Test func listFollowsYearSelectionAndArea() {
        var s = onList()
        _ = update(&s, .providers(.shiftYear(-1)), model: model)
        #expect(currentSheet(s, model: model).table.title == "Aanbieders \(model.deliveryMonth.year - 1)")
        _ = update(&s, .providers(.cycleArea(1)), model: model)
        #expect(currentSheet(s, model: model).table.title.hasSuffix("— Subregio Dommelvallei+"))
        _ = update(&s, .providers(.cycleSelection(1)), model: model)
        #expect(currentSheet(s, model: model).table.title.hasSuffix("— Subregio Dommelvallei+, segment 1"))
        // Sorting on clients, descending: the most clients first.
        _ = update(&s, .sort(descending: true), model: model)
        let clients = currentSheet(s, model: model).body.compactMap { $0.values[0].numericValue }
        #expect(clients == clients.sorted(by: >))
    }

    /// Every figure of the profile is the report's: `report providers --agb` gives the list row.
    @Test func profileMatchesTheReports() throws {
        let agb = largest.agb
        let report = model.report(ReportRequest(.providers, ReportOptions(provider: agb)))
        let row = try #require(report.tidy.rows.first)
        let y = model.providerYear(model.deliveryMonth.year, selection: .all, area: nil)
        let f = try #require(y.figures(of: model.dataset.providerIndex[agb]!))
        #expect(row[3] == .count(f.clients))
        #expect(row[8].numericValue == f.declared)
        let outcomes = model.report(ReportRequest(.providerOutcomes, ReportOptions(provider: agb)))
        #expect(outcomes.layout[0].rows.map(\.values) == ProviderTables.outcomes(model.dataset, y, provider: model.dataset.providerIndex[agb]!).rows.map(\.values))
    }
}

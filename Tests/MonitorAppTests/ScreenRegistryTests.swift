import MonitorCore
import Testing
import TerminalUI
@testable import MonitorApp

/// What every registered screen must offer: help for each key, keys that do not collide, and
/// every named table on screen and exportable.
@Suite struct ScreenRegistryTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    @Test func everyBindingHasHelpAndNoKeyIsBoundTwice() {
        for screen in ScreenRegistry.all {
            let bindings = KeyMap.bindings(for: screen)
            for b in bindings {
                #expect(!b.label.isEmpty && !b.description.isEmpty, "\(screen.title): a binding without help")
            }
            let keys = bindings.flatMap(\.keys)
            #expect(Set(keys).count == keys.count, "\(screen.title): a key bound twice")
            let help = KeyMap.helpEntries(for: screen)
            for b in screen.bindings { #expect(help.contains { $0.key == b.label && $0.description == b.description }) }
        }
    }

    @Test func screensHaveDistinctIdsAndTitles() {
        #expect(Set(ScreenRegistry.all.map { $0.id }).count == ScreenRegistry.all.count)
        #expect(Set(ScreenRegistry.all.map { $0.title }).count == ScreenRegistry.all.count)
    }

    @Test func everyTableOfEveryScreenExports() {
        for screen in ScreenRegistry.all { checkExports(screen) }
    }

    /// What brings every table of a screen on view: a provider's profile is opened from the list.
    static let preparation: [ScreenID: [Action]] = [
        ProvidersScreen.id: [.move(.down), .providers(.openProfile)],
        MunicipalitiesScreen.id: [.move(.down), .municipalities(.openProfile)],
        DeliveriesScreen.id: [.move(.down), .move(.down), .move(.down), .move(.down), .deliveries(.open)],
    ]
    /// Tables the bundled data cannot bring on view: it has no refused delivery.
    static let unreachable: Set<String> = ["\(DeliveriesScreen.TableName.problems)"]

    func checkExports<S: Screen>(_: S.Type) {
        var stems: Set<String> = []
        for name in S.TableName.allCases where !Self.unreachable.contains("\(name)") {
            var state = AppState(size: Size(width: 120, height: 40))
            _ = update(&state, .selectScreen(S.id), model: model)
            for action in Self.preparation[S.id] ?? [] { _ = update(&state, action, model: model) }
            state[S.self].focus = name
            let effects = update(&state, .export, model: model)
            guard case .export(let stem, let csv)? = effects.first else {
                Issue.record("\(S.title) \(name): no export"); continue
            }
            stems.insert(stem)
            #expect(stem.hasSuffix("-\(model.deliveryMonth)"))
            let lines = csv.split(separator: "\n")
            #expect(lines.count >= 2, "\(S.title) \(name): an export without rows")
            #expect(lines.first?.split(separator: ",").count == currentSheet(state, model: model).columnCount)
        }
        #expect(stems.count == S.TableName.allCases.filter { !Self.unreachable.contains("\($0)") }.count, "\(S.title): two tables export to the same name")
    }

    @Test func tabOrderAndNumberKeysFollowTheRegistry() {
        let s = AppState(size: Size(width: 120, height: 40))
        for (i, screen) in ScreenRegistry.all.enumerated() {
            #expect(KeyMap.action(for: .key(.character(Character(String(i + 1)))), state: s) == .selectScreen(screen.id))
        }
        #expect(s.screen == ScreenRegistry.all[0].id)
    }
}

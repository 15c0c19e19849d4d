import MonitorCore
import SnapshotSupport
import Testing
import TerminalUI
@testable import MonitorApp

/// Every screen rendered into the in-memory backend and compared with Snapshots/*.txt.
@Suite struct ScreenSnapshotTests {
    let model: MonitorModel
    init() throws { model = try BundledModel.get() }

    func render(_ actions: [Action], width: Int, height: Int) -> Buffer {
        var state = AppState(size: Size(width: width, height: height))
        for a in actions { _ = update(&state, a, model: model) }
        var terminal = Terminal(backend: MemoryBackend(width: width, height: height), minimumSize: Size(width: 80, height: 24))
        _ = try? terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        return terminal.backend.buffer
    }

    static let cases: [(name: String, actions: [Action])] = [
        ("zero-measurement", []),
        ("zero-measurement-residential-by-municipality", [.focusPreviousTable]),
        ("zero-measurement-chart", [.move(.down), .move(.right), .move(.right), .toggleChart]),
        ("zero-measurement-per-1000", [.toggleMeasure]),
        ("zero-measurement-sorted-filtered", [.focusPreviousTable, .move(.right), .sort(descending: true), .beginFilter, .editPrompt(.insert("e"))]),
        ("ambitions", [.selectScreen(.ambitions)]),
        ("help", [.toggleHelp]),
    ]

    @Test(arguments: [(80, 24), (120, 40)])
    func screens(width: Int, height: Int) {
        for c in Self.cases {
            assertSnapshot(render(c.actions, width: width, height: height).textLines, named: "\(c.name)-\(width)x\(height)")
        }
    }

    @Test func colourRolesOfTheMainScreen() {
        assertSnapshot(render([], width: 120, height: 40).styleAnnotatedLines, named: "zero-measurement-120x40.styles")
    }

    @Test func publishedFigureIsOnTheFirstScreen() {
        let text = render([], width: 120, height: 40).textLines.joined(separator: "\n")
        #expect(text.contains("2.635"))
        #expect(text.contains("DEMO-DATA"))
        #expect(text.contains("levering oktober 2026"))
    }

    @Test func tooSmallWindowSaysSo() {
        let text = render([], width: 60, height: 20).textLines.joined(separator: "\n")
        #expect(text.contains("80"))
    }
}

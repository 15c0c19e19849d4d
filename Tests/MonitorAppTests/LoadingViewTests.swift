import Foundation
import MonitorCore
import SnapshotSupport
import Testing
import TerminalUI
@testable import MonitorApp

/// What the dashboard shows while a large delivery is read (issue 14): progress before the
/// first screen, then the 0-meting while the declaraties are read, with the other screens
/// saying they wait for them.
@Suite struct LoadingViewTests {
    static let halfway = LoadProgress.Snapshot(files: 22, filesRead: 7, bytes: 605_000_000, bytesRead: 212_000_000,
                                               rows: 3_456_789, elapsed: .milliseconds(1_500))

    @Test func progressBeforeTheFirstScreen() {
        for (width, height) in [(80, 24), (120, 40)] {
            var terminal = Terminal(backend: MemoryBackend(width: width, height: height))
            _ = try? terminal.draw { LoadingView.render(Self.halfway, into: &$0) }
            assertSnapshot(terminal.backend.buffer.textLines, named: "loading-\(width)x\(height)")
        }
    }

    /// The bundled dataset standing in for one whose claims are still being read.
    func waitingModel() throws -> MonitorModel {
        MonitorModel(dataset: try BundledModel.get().dataset, isDemoData: true, claimsLoading: LoadProgress())
    }

    func render(_ actions: [Action], model: MonitorModel) -> Buffer {
        var state = AppState(size: Size(width: 80, height: 24))
        for a in actions { _ = update(&state, a, model: model) }
        var terminal = Terminal(backend: MemoryBackend(width: 80, height: 24), minimumSize: Size(width: 80, height: 24))
        _ = try? terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        return terminal.backend.buffer
    }

    @Test func theZeroMeasurementShowsWhileTheClaimsAreRead() throws {
        let model = try waitingModel()
        #expect(model.canShow(ZeroMeasurementScreen.self))
        #expect(!model.canShow(CostsScreen.self))
        assertSnapshot(render([], model: model).textLines, named: "claims-loading-zero-measurement-80x24")
    }

    @Test func aScreenThatReadsClaimsWaitsForThem() throws {
        let model = try waitingModel()
        for screen in ScreenRegistry.all where screen.readsClaims {
            let text = render([.selectScreen(screen.id)], model: model).textLines.joined(separator: "\n")
            #expect(text.contains(UIText.loadingClaims), "\(screen.title)")
        }
        assertSnapshot(render([.selectScreen(CostsScreen.id)], model: model).textLines, named: "claims-loading-costs-80x24")
    }

    /// A newer delivery refused after its toewijzingen were shown: the older one opens, and the
    /// status bar says so in full, without key hints crowding it out at 80 columns.
    @Test func aRefusedDeliveryIsSaidInTheWholeStatusBar() throws {
        let model = try BundledModel.get()
        var state = AppState(size: Size(width: 80, height: 24))
        let text = UIText.deliveryRefusedOlderShown(Month(year: 2026, month: 11), errors: 2, shown: model.deliveryMonth)
        state.status = StatusMessage(text, kind: .error)
        var terminal = Terminal(backend: MemoryBackend(width: 80, height: 24))
        _ = try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        #expect(terminal.backend.buffer.textLines.last?.trimmingCharacters(in: .whitespaces) == text)
        #expect(text == "November 2026 geweigerd: 2 fout(en), zie Leveringen; oktober 2026 getoond")
    }

    @Test func onlyMovingBetweenScreensHelpAndQuitWorkWhileWaiting() {
        #expect(Action.nextScreen.worksWhileLoading)
        #expect(Action.quit.worksWhileLoading)
        #expect(Action.toggleHelp.worksWhileLoading)
        #expect(!Action.sort(descending: true).worksWhileLoading)
        #expect(!Action.export.worksWhileLoading)
    }
}

import Foundation
import MonitorCore
import TerminalUI

/// The interactive loop: draw, wait for a key, update, perform effects. The only code in
/// MonitorApp that touches a real terminal, and only through TerminalUI's backend.
public enum Dashboard {
    /// - Parameters:
    ///   - myMunicipality: a gemeentecode to mark on every screen from the start.
    ///   - firstScreen: the screen shown first (Leveringen after a new delivery).
    public static func run(model: MonitorModel, myMunicipality: String? = nil, firstScreen: ScreenID? = nil) throws {
        let backend = try NcursesBackend(options: .init(mouse: true))
        defer { backend.stop() }
        var terminal = Terminal(backend: backend, minimumSize: Layouts.minimumSize)
        var model = model
        var state = AppState(size: backend.size)
        state.myMunicipality = myMunicipality
        if let firstScreen { state.screen = firstScreen }
        var tabs: [(screen: ScreenID, columns: Range<Int>)] = []
        while !state.shouldQuit {
            try terminal.draw { buffer in tabs = DashboardView.render(&state, model: model, into: &buffer) }
            // A short timeout lets the backend notice a resize that arrived while waiting.
            guard let event = backend.readEvent(timeoutMilliseconds: 250) else { continue }
            var action = KeyMap.action(for: event, state: state)
            if case .mouse(.click(let x, let y)) = event, y == Layouts.frame(state.size).tabs.y,
               let hit = tabs.first(where: { $0.columns.contains(x) }) {
                action = .selectScreen(hit.screen)
            }
            guard let action else { continue }
            for effect in update(&state, action, model: model) {
                if case .switchDelivery(let month) = effect {
                    _ = update(&state, .showStatus(switchDelivery(to: month, model: &model, state: &state)), model: model)
                } else {
                    _ = update(&state, .showStatus(perform(effect)), model: model)
                }
            }
        }
    }

    /// Carries out an effect and says how it went, for the status bar.
    /// Loads another delivery of the same data folder; every screen starts afresh on it.
    static func switchDelivery(to month: Month, model: inout MonitorModel, state: inout AppState) -> StatusMessage {
        guard let directory = model.source?.directory else { return StatusMessage(UIText.noOtherDeliveries, kind: .error) }
        let result = Loader.load(dataDirectory: directory, delivery: month)
        guard let dataset = result.dataset else { return StatusMessage(UIText.deliveryRefused(month, errors: result.errors.count), kind: .error) }
        model = MonitorModel(dataset: dataset, isDemoData: model.isDemoData, source: (directory, result.warnings))
        state.resetScreens()
        return StatusMessage(UIText.deliveryShown(month))
    }

    static func perform(_ effect: Effect) -> StatusMessage {
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        do throws(ExportFile.Failure) {
            switch effect {
            case .export(let stem, let csv):
                return StatusMessage(UIText.exported(try ExportFile.write(csv, stem: stem, extension: "csv", in: here).path))
            case .document(let stem, let ext, let contents):
                return StatusMessage(UIText.briefWritten(try ExportFile.write(contents, stem: stem, extension: ext, in: here).path))
            case .switchDelivery:
                return StatusMessage(UIText.noOtherDeliveries, kind: .error)  // handled by the loop, which owns the model
            }
        } catch {
            return StatusMessage(error.message, kind: .error)
        }
    }
}

import Foundation
import MonitorCore
import TerminalUI

/// The interactive loop: draw, wait for a key, update, perform effects. The only code in
/// MonitorApp that touches a real terminal, and only through TerminalUI's backend.
public enum Dashboard {
    /// - Parameters:
    ///   - myMunicipality: a gemeentecode to mark on every screen from the start.
    ///   - firstScreen: the screen shown first (Leveringen after a new delivery).
    /// - Parameter refused: a newer delivery that was refused, said in the status bar at the start.
    public static func run(model: MonitorModel, myMunicipality: String? = nil, firstScreen: ScreenID? = nil,
                           refused: (month: Month, errors: Int)? = nil) throws {
        let status = refused.map { StatusMessage(UIText.deliveryRefusedOlderShown($0.month, errors: $0.errors, shown: model.deliveryMonth), kind: .error) }
        _ = try loop(ModelSource(ready: model), myMunicipality: myMunicipality, firstScreen: firstScreen, exitAfterFirstPaint: false,
                     status: status)
    }

    /// Opens the dashboard at once and reads the delivery behind it: progress until the
    /// toewijzingen are in, then the 0-meting while the declaraties are read, then every screen.
    /// - Returns: nil once the dashboard has run; the load's result when it refused the delivery
    ///   (the dashboard is closed then, so that the caller can say why and fall back).
    /// - Parameter exitAfterFirstPaint: close as soon as a screen is drawn (for `scripts/bench`).
    public static func run(loading directory: String, delivery: Month?, isDemoData: Bool, myMunicipality: String? = nil,
                           firstScreen: ScreenID? = nil, exitAfterFirstPaint: Bool = false) throws -> LoadResult? {
        let source = ModelSource(loading: directory, delivery: delivery, isDemoData: isDemoData)
        return try loop(source, myMunicipality: myMunicipality, firstScreen: firstScreen, exitAfterFirstPaint: exitAfterFirstPaint)
    }

    private static func loop(_ source: ModelSource, myMunicipality: String?, firstScreen: ScreenID?, exitAfterFirstPaint: Bool,
                             status: StatusMessage? = nil) throws -> LoadResult? {
        let backend = try NcursesBackend(options: .init(mouse: true))
        defer { backend.stop() }
        var terminal = Terminal(backend: backend, minimumSize: Layouts.minimumSize)
        var model: MonitorModel?
        var state = AppState(size: backend.size)
        state.myMunicipality = myMunicipality
        if let firstScreen { state.screen = firstScreen }
        state.status = status
        var tabs: [(screen: ScreenID, columns: Range<Int>)] = []
        var warmup: Warmup?
        while !state.shouldQuit {
            switch source.poll() {
            case nil: break
            case .partial(let partial): model = partial
            case .complete(let complete):
                model = complete
                warmup = Warmup(complete, size: state.size, first: state.screen)
            case .refused(let result): return result
            }
            var painted = false
            let computing = warmup.map { !$0.isWarm(state.screen) } ?? false
            try terminal.draw { buffer in
                if let model, computing {
                    tabs = DashboardView.renderComputing(&state, model: model, into: &buffer)
                } else if let model {
                    tabs = DashboardView.render(&state, model: model, into: &buffer)
                    painted = model.canShow(ScreenRegistry.type(of: state.screen))
                } else {
                    LoadingView.render(source.progress.snapshot, into: &buffer)
                }
            }
            if exitAfterFirstPaint && painted { break }
            // A short timeout lets the backend notice a resize that arrived while waiting, and
            // redraws the progress while loading.
            guard let event = backend.readEvent(timeoutMilliseconds: source.isComplete && !computing ? 250 : 50) else { continue }
            var action = KeyMap.action(for: event, state: state)
            if case .mouse(.click(let x, let y)) = event, y == Layouts.frame(state.size).tabs.y,
               let hit = tabs.first(where: { $0.columns.contains(x) }) {
                action = .selectScreen(hit.screen)
            }
            guard let action else { continue }
            // A key on a screen still being computed is not lost: `update` makes what it needs.
            guard let current = model, current.canShow(ScreenRegistry.type(of: state.screen)) || action.worksWhileLoading else {
                if action == .quit { state.shouldQuit = true }
                continue
            }
            for effect in update(&state, action, model: current) {
                if case .switchDelivery(let month) = effect {
                    var switched = current
                    _ = update(&state, .showStatus(switchDelivery(to: month, model: &switched, state: &state)), model: switched)
                    model = switched
                    // The other delivery's screens are computed behind it as well.
                    warmup = Warmup(switched, size: state.size, first: state.screen)
                } else {
                    _ = update(&state, .showStatus(perform(effect)), model: current)
                }
            }
        }
        return nil
    }

    /// Loads another delivery of the same data folder; every screen starts afresh on it.
    static func switchDelivery(to month: Month, model: inout MonitorModel, state: inout AppState) -> StatusMessage {
        guard let directory = model.source?.directory else { return StatusMessage(UIText.noOtherDeliveries, kind: .error) }
        let result = Loader.load(dataDirectory: directory, delivery: month)
        guard let dataset = result.dataset else { return StatusMessage(UIText.deliveryRefused(month, errors: result.errors.count), kind: .error) }
        model = MonitorModel(dataset: dataset, isDemoData: model.isDemoData, source: (directory, result.warnings))
        state.resetScreens()
        return StatusMessage(UIText.deliveryShown(month))
    }

    /// Carries out an effect and says how it went, for the status bar.
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

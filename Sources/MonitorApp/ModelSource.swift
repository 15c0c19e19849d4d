import Foundation
import MonitorCore
import TerminalUI

/// Where the dashboard's model comes from: ready at once, or read on a background thread while
/// the dashboard shows progress. The loading thread hands over its values under a lock; the
/// dashboard's loop polls once per frame and gets each change once.
final class ModelSource: @unchecked Sendable {
    enum Change {
        /// The toewijzingen are in: the screens that need no claims can draw.
        case partial(MonitorModel)
        case complete(MonitorModel)
        /// The delivery has errors: nothing of it may be shown.
        case refused(LoadResult)
    }

    let progress = LoadProgress()
    private let lock = NSLock()
    private var pending: [Change] = []
    private(set) var isComplete = false

    init(ready model: MonitorModel) {
        pending = [.complete(model)]
        isComplete = true
    }

    init(loading directory: String, delivery: Month?, isDemoData: Bool) {
        let progress = progress
        Thread.detachNewThread { [self] in
            let result = Loader.load(dataDirectory: directory, delivery: delivery, progress: progress) { partial in
                self.hand(.partial(MonitorModel(dataset: partial, isDemoData: isDemoData, claimsLoading: progress)))
            }
            if let dataset = result.dataset {
                hand(.complete(MonitorModel(dataset: dataset, isDemoData: isDemoData, source: (directory, result.warnings))))
            } else {
                hand(.refused(result))
            }
        }
    }

    /// The next change since the last poll, if any.
    func poll() -> Change? {
        lock.withLock {
            guard !pending.isEmpty else { return nil }
            let change = pending.removeFirst()
            if case .partial = change {} else { isComplete = true }
            return change
        }
    }

    private func hand(_ change: Change) { lock.withLock { pending.append(change) } }
}

/// Computes every screen's tables in the background once the model is complete, by drawing each
/// screen once off screen, the one on view first: a screen is shown when its tables are made,
/// with a notice until then, instead of a frozen terminal while a large delivery's figures are
/// computed on the first visit. The model's memo is shared and thread-safe; a table asked for
/// on both threads at once is made twice, the same both times.
final class Warmup: @unchecked Sendable {
    private let lock = NSLock()
    private var warm: Set<ScreenID> = []
    private var wanted: ScreenID?

    init(_ model: MonitorModel, size: Size, first: ScreenID) {
        wanted = first
        Thread.detachNewThread { [self] in
            while let screen = next() {
                var state = AppState(size: size)
                state.screen = screen
                var buffer = Buffer(size: size)
                _ = DashboardView.render(&state, model: model, into: &buffer)
                _ = lock.withLock { warm.insert(screen) }
            }
        }
    }

    /// Whether the screen's tables are made; if not, it is made next.
    func isWarm(_ screen: ScreenID) -> Bool {
        lock.withLock {
            if warm.contains(screen) { return true }
            wanted = screen
            return false
        }
    }

    private func next() -> ScreenID? {
        lock.withLock {
            if let wanted, !warm.contains(wanted) { return wanted }
            return ScreenRegistry.all.map { $0.id }.first { !warm.contains($0) }
        }
    }
}

extension Action {
    /// What the keys may do on a screen that waits for the declaraties: go elsewhere, help, quit.
    var worksWhileLoading: Bool {
        switch self {
        case .selectScreen, .nextScreen, .previousScreen, .toggleHelp, .scrollHelp, .resize, .showStatus, .quit: true
        default: false
        }
    }
}

import ArgumentParser
import Foundation
import MonitorApp
import MonitorCore
import TerminalUI

/// Measures what the issues promise: loading and computing, and a key press to an updated
/// screen, in-process, on the in-memory backend. Prints medians; asserts nothing.
struct BenchmarkCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "benchmark",
        abstract: "Meet laadtijd, rekentijd en schermwissels (voor ontwikkelaars).",
        shouldDisplay: false
    )

    @OptionGroup var options: DataOptions

    @Option(help: "Aantal herhalingen.")
    var runs = 5

    @Flag(help: "Alleen toets → scherm en Aanbieders: één keer laden, de rapporten niet timen (voor grote leveringen, scripts/bench).")
    var keysOnly = false

    func run() throws {
        let clock = ContinuousClock()
        if keysOnly {
            let t0 = clock.now
            let dataset = try options.load()
            print("load + index:           \(clock.now - t0)")
            try benchmarkKeys(dataset, clock: clock)
            try benchmarkProviders(dataset, clock: clock)
            return
        }
        var loads: [Duration] = [], reports: [Duration] = [], models: [Duration] = []
        var dataset: Dataset?
        for _ in 0..<runs {
            let t0 = clock.now
            dataset = try options.load()
            let t1 = clock.now
            for r in ReportCatalog.all { _ = r.build(dataset!).rendered(as: .csv) }
            let t2 = clock.now
            // The first screen's tables, as the dashboard builds them before its first paint.
            let first = MonitorModel(dataset: dataset!, isDemoData: true)
            var buffer = Buffer(size: Size(width: 120, height: 40))
            var firstState = AppState(size: buffer.size)
            DashboardView.render(&firstState, model: first, into: &buffer)
            let t3 = clock.now
            loads.append(t1 - t0); reports.append(t2 - t1); models.append(t3 - t2)
        }
        print("load + index:           \(median(loads))")
        print("all reports (csv):      \(median(reports))")
        print("first screen (model):   \(median(models))")
        for r in ReportCatalog.all {
            let times = (0..<runs).map { _ in clock.measure { _ = r.build(dataset!).rendered(as: .csv) } }
            print("  report \(r.name.rawValue):".padding(40) + "\(median(times))")
        }
        try benchmarkKeys(dataset!, clock: clock)
        try benchmarkProviders(dataset!, clock: clock)
    }

    /// A key press to a redrawn screen at the smallest and a large terminal, over a cycle of
    /// keys that move, switch screens and tables, toggle and sort.
    func benchmarkKeys(_ dataset: Dataset, clock: ContinuousClock) throws {
        let model = MonitorModel(dataset: dataset, isDemoData: true)
        for size in [Size(width: 80, height: 24), Size(width: 200, height: 60)] {
            var terminal = Terminal(backend: MemoryBackend(width: size.width, height: size.height))
            var state = AppState(size: size)
            try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            let keys: [Action] = [.move(.down), .move(.right), .nextScreen, .previousScreen, .focusNextTable,
                                  .zeroMeasurement(.toggleMeasure), .zeroMeasurement(.toggleChart), .sort(descending: true)]
            var frames: [Duration] = [], cells: [Int] = []
            for i in 0..<(keys.count * 25) {
                let t0 = clock.now
                _ = update(&state, keys[i % keys.count], model: model)
                let drawn = try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
                frames.append(clock.now - t0)
                cells.append(drawn)
            }
            // One row down and back up, on the first screen's first table: what changes is the cursor row.
            state = AppState(size: size)
            try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            let downOnly = try (0..<50).map { i -> Int in
                _ = update(&state, .move(i % 2 == 0 ? .down : .up), model: model)
                return try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            }
            print("key → frame \(size.width)×\(size.height): median \(median(frames)), max \(frames.max()!), cells drawn median \(cells.sorted()[cells.count / 2]); one row down: \(downOnly.sorted()[downOnly.count / 2]) cells")
        }
    }

    /// The contract manager's keys: the provider list's first paint (all provider figures of the
    /// year, computed once), then opening a profile and sorting the list, each with its redraw.
    func benchmarkProviders(_ dataset: Dataset, clock: ContinuousClock) throws {
        let model = MonitorModel(dataset: dataset, isDemoData: true)
        let size = Size(width: 200, height: 60)
        var terminal = Terminal(backend: MemoryBackend(width: size.width, height: size.height))
        var state = AppState(size: size)
        let first = try clock.measure {
            _ = update(&state, .selectScreen(ProvidersScreen.id), model: model)
            try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
        }
        var opens: [Duration] = [], sorts: [Duration] = []
        for i in 0..<30 {
            _ = update(&state, .move(.down), model: model)
            try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            opens.append(try clock.measure {
                _ = update(&state, .providers(.openProfile), model: model)
                try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            })
            _ = update(&state, .providers(.closeProfile), model: model)
            try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            sorts.append(try clock.measure {
                _ = update(&state, .move(i % 2 == 0 ? .right : .left), model: model)
                _ = update(&state, .sort(descending: true), model: model)
                try terminal.draw { DashboardView.render(&state, model: model, into: &$0) }
            })
        }
        print("Aanbieders 200×60: first paint \(first), open a profile median \(median(opens)) (max \(opens.max()!)), sort the list median \(median(sorts)) (max \(sorts.max()!))")
    }

    func median(_ values: [Duration]) -> Duration { values.sorted()[values.count / 2] }
}

extension String {
    func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(1, width - count)) }
}

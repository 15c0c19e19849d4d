import MonitorApp
import MonitorCore

/// The dashboard model over the bundled demo delivery, built once for all tests.
enum BundledModel {
    static let dataset: Dataset? = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // BundledModel.swift, MonitorAppTests, Tests
        return Loader.load(dataDirectory: parts.joined(separator: "/") + "/Data").dataset
    }()

    static let model: MonitorModel? = dataset.map { MonitorModel(dataset: $0, isDemoData: true) }

    struct Missing: Error {}

    static func get() throws -> MonitorModel {
        guard let model else { throw Missing() }
        return model
    }
}

import MonitorApp
import MonitorCore

/// The dashboard model over the bundled demo delivery, built once for all tests.
enum BundledModel {
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(3)  // BundledModel.swift, MonitorAppTests, Tests
        return parts.joined(separator: "/") + "/Data"
    }()

    static let result = Loader.load(dataDirectory: directory)
    static let dataset: Dataset? = result.dataset

    /// With its source, so that the Leveringen screen reads the other deliveries as the dashboard does.
    static let model: MonitorModel? = dataset.map { MonitorModel(dataset: $0, isDemoData: true, source: (directory, result.warnings)) }

    struct Missing: Error {}

    static func get() throws -> MonitorModel {
        guard let model else { throw Missing() }
        return model
    }
}

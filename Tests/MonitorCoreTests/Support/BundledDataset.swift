import Testing
@testable import MonitorCore

/// The bundled demo delivery, loaded once for all tests that check published figures.
enum Bundled {
    /// `Data/` of this checkout, found from this file's path.
    static let directory: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Support/BundledDataset.swift, MonitorCoreTests, Tests
        return parts.joined(separator: "/") + "/Data"
    }()

    static let result: LoadResult = Loader.load(dataDirectory: directory)

    static func dataset() throws -> Dataset {
        try #require(result.dataset, "bundled Data/ does not load: \(result.errors.prefix(5).map(\.description))")
    }

    static func municipality(_ d: Dataset, _ name: String) throws -> Int {
        try #require(d.municipalities.firstIndex { $0.name == name }, "no municipality \(name)")
    }
}

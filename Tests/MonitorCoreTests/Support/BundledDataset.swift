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

    struct NotLoaded: Error, CustomStringConvertible {
        let description: String
    }

    static func dataset() throws -> Dataset {
        if let d = result.dataset { return d }
        // Name a few problems only: a missing Data/ would otherwise flood every test's output.
        throw NotLoaded(description: "bundled Data/ does not load (\(result.errors.count) errors), first: "
            + result.errors.prefix(3).map(\.description).joined(separator: "; "))
    }

    static func municipality(_ d: Dataset, _ name: String) throws -> Int {
        try #require(d.municipalities.firstIndex { $0.name == name }, "no municipality \(name)")
    }
}

import ArgumentParser
import Foundation

/// Finds the bundled demo `Data/` folder without configuration: next to the working
/// directory, above the executable (`.build/debug/jeugdmonitor` lives inside the checkout),
/// or in the source checkout this binary was built from.
enum BundledData {
    static func locate() throws -> String {
        let fm = FileManager.default
        var candidates = [fm.currentDirectoryPath + "/Data"]
        if let exe = Bundle.main.executableURL?.resolvingSymlinksInPath() {
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<6 {
                candidates.append(dir.appendingPathComponent("Data").path)
                dir = dir.deletingLastPathComponent()
            }
        }
        // Sources/jeugdmonitor/BundledData.swift → checkout root.
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(source.appendingPathComponent("Data").path)
        for c in candidates where fm.fileExists(atPath: c + "/referentie") { return c }
        throw ValidationError(CLIText.bundledDataMissing)
    }

    /// Whether `directory` is the bundled synthetic data (the dashboard then shows DEMO-DATA).
    static func isBundled(_ directory: String) -> Bool {
        guard let bundled = try? locate() else { return false }
        return URL(fileURLWithPath: directory).resolvingSymlinksInPath().standardizedFileURL
            == URL(fileURLWithPath: bundled).resolvingSymlinksInPath().standardizedFileURL
    }
}

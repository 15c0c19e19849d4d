import Foundation
import Testing
import TerminalUI

/// Compares rendered text with `Snapshots/<name>.txt` next to the calling test file.
/// With `UPDATE_SNAPSHOTS=1` the file is (re)written instead; a missing file is
/// written too, and the test fails so that a new snapshot is always looked at.
public func assertSnapshot(_ lines: [String], named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    let directory = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
    let file = directory.appendingPathComponent("\(name).txt")
    let actual = lines.joined(separator: "\n") + "\n"
    let update = ProcessInfo.processInfo.environment["UPDATE_SNAPSHOTS"] == "1"
    let existing = try? String(contentsOf: file, encoding: .utf8)
    if update || existing == nil {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
        } catch {
            Issue.record("Could not write snapshot \(file.path): \(error)", sourceLocation: sourceLocation)
            return
        }
        if existing == nil {
            Issue.record("Snapshot \(name).txt did not exist and has been written; check it and run the test again.", sourceLocation: sourceLocation)
        }
        return
    }
    if existing != actual {
        Issue.record("""
            Snapshot \(name).txt differs (run with UPDATE_SNAPSHOTS=1 to accept).
            --- expected
            \(existing ?? "")
            --- actual
            \(actual)
            """, sourceLocation: sourceLocation)
    }
}

/// Snapshots both the plain text and the style-annotated form of a buffer.
public func assertSnapshots(_ buffer: Buffer, named name: String, filePath: String = #filePath, sourceLocation: SourceLocation = #_sourceLocation) {
    assertSnapshot(buffer.textLines, named: name, filePath: filePath, sourceLocation: sourceLocation)
    assertSnapshot(buffer.styleAnnotatedLines, named: name + ".styles", filePath: filePath, sourceLocation: sourceLocation)
}

import Foundation
import Testing
@testable import MonitorApp

/// Exports are all or nothing: the exact bytes under a new name, or nothing at all and a
/// Dutch message with the full path and the cause. Paths that fail even for root (tests
/// may run as root) stand in for a full or read-only disk.
@Suite struct ExportFileTests {
    let folder: URL

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("jm-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
    }

    func names(in directory: URL? = nil) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: (directory ?? folder).path).sorted()
    }

    @Test func writesTheExactBytesAndNoTemporaryFileRemains() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "gemeente;kosten\r\nHelmond;€ 1.234,5\r\n's-Hertogenbosch;\"é\"\r\n"
        let url = try ExportFile.write(csv, stem: "kosten", extension: "csv", in: folder)
        #expect(url.path == folder.standardizedFileURL.path + "/kosten.csv")
        #expect(try Data(contentsOf: url) == Data(csv.utf8))
        #expect(try names() == ["kosten.csv"], "no hidden temporary file is left")
    }

    @Test func anExistingFileIsNeverOverwritten() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let earlier = folder.appendingPathComponent("kosten.csv")
        try Data("oud".utf8).write(to: earlier)
        let second = try ExportFile.write("nieuw", stem: "kosten", extension: "csv", in: folder)
        let third = try ExportFile.write("nieuwer", stem: "kosten", extension: "csv", in: folder)
        #expect(second.lastPathComponent == "kosten-2.csv")
        #expect(third.lastPathComponent == "kosten-3.csv")
        #expect(try String(contentsOf: earlier, encoding: .utf8) == "oud")
        #expect(try String(contentsOf: second, encoding: .utf8) == "nieuw")
        #expect(try names() == ["kosten-2.csv", "kosten-3.csv", "kosten.csv"])
    }

    @Test func aMissingFolderLeavesNothingAndSaysWhereAndWhyInDutch() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let missing = folder.appendingPathComponent("bestaat-niet")
        let failure = try #require(throws: ExportFile.Failure.self) {
            try ExportFile.write("x", stem: "kosten", extension: "csv", in: missing)
        }
        #expect(failure.message == "Export mislukt: \(missing.standardizedFileURL.path)/kosten.csv: map bestaat niet (ENOENT)")
        #expect(try names().isEmpty)
    }

    @Test func aFolderThatIsAFileLeavesNothingBehind() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("bestand")
        try Data("blijft".utf8).write(to: file)
        let failure = try #require(throws: ExportFile.Failure.self) {
            try ExportFile.write("x", stem: "kosten", extension: "csv", in: file)
        }
        #expect(failure.message == "Export mislukt: \(file.standardizedFileURL.path)/kosten.csv: geen map (ENOTDIR)")
        #expect(try names() == ["bestand"])
        #expect(try String(contentsOf: file, encoding: .utf8) == "blijft")
    }

    @Test func aStemFromTheDataCannotLeaveTheFolder() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try ExportFile.write("x", stem: "../../etc/passwd\n", extension: "csv", in: folder)
        #expect(url.deletingLastPathComponent().path == folder.standardizedFileURL.path)
        #expect(try names() == [".._.._etc_passwd_.csv"])
    }

    @Test(arguments: [
        (ENOSPC, "schijf vol (ENOSPC)"), (EDQUOT, "schijfquotum bereikt (EDQUOT)"),
        (EACCES, "geen schrijfrechten (EACCES)"), (EPERM, "niet toegestaan (EPERM)"),
        (EROFS, "alleen-lezen bestandssysteem (EROFS)"), (ENOENT, "map bestaat niet (ENOENT)"),
    ])
    func causesAreDutch(code: Int32, cause: String) {
        #expect(ExportFile.cause(of: code) == cause)
    }

    @Test func anUnmappedCauseKeepsTheSystemTextAndNumber() {
        #expect(ExportFile.cause(of: EBUSY).hasSuffix("(errno \(EBUSY))"))
    }
}

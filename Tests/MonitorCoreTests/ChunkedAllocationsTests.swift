import Foundation
import Testing
@testable import MonitorCore

/// A large toewijzingen file is read in chunks that end at a record boundary, as the
/// declaraties are (issue 14): the problems and the columns must be exactly those of reading it
/// whole, wherever the chunks end, also for a number repeated in a later chunk.
@Suite struct ChunkedAllocationsTests {
    static let a = DeliveryFixture.allocation
    static let rows = [
        "\u{FEFF}" + DeliveryFixture.allocationHeader,
        a("A1", "P001", "2012", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "", ""),
        "\"A2\";P002;;45;45A01;12345678;2024-01-01;;5;04;2;;;\r",        // quoted, CRLF
        "",
        a("A3", "123456782", "", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "", ""),   // BSN-like client
        a("A4", "P004", "", "45", "99X99", "12345678", "2024-01-01", "", "5", "04", "2", "", "", ""),        // unknown product
        a("A5", "P005", "", "45", "45A01", "12345678", "2024-03-01", "2024-02-01", "5", "04", "2", "", "", ""), // end before start
        "A6;\"P0\n06\";;45;45A01;12345678;2024-01-01;;5;04;2;;;",         // line break in a quoted value
        a("A1", "P007", "", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "", ""),        // repeated number
        a("A8", "P008", "", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "6", "", "", ""),        // frequency 6 without end
        "A9;P009;;45;45A01;12345678;2024-01-01;;5;04",                    // too few fields
        a("A10", "P010", "", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "13", ""),     // removed
    ]

    static func parseWhole(_ bytes: [UInt8]) -> ParsedColumns<AllocationColumns> {
        Loader.parseAllocations(bytes: bytes, file: "t.csv", products: KeyArena(["45A01", "43A09"]), providers: KeyArena(["12345678"]))
    }

    /// The file `write` put in `folder`, read in chunks of `chunkSize` bytes.
    static func parseChunked(_ folder: TemporaryFolder, chunkSize: Int) throws -> ParsedColumns<AllocationColumns>? {
        var chunks = try #require(FileChunks(path: folder.path + "/t.csv", chunkSize: chunkSize))
        defer { chunks.close() }
        return Loader.parseAllocations(chunks: &chunks, file: "t.csv", products: KeyArena(["45A01", "43A09"]), providers: KeyArena(["12345678"]))
    }

    static func write(_ bytes: [UInt8]) throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try Data(bytes).write(to: URL(fileURLWithPath: folder.path + "/t.csv"))
        return folder
    }

    @Test func everyChunkSizeGivesWhatTheWholeFileGives() throws {
        let bytes = Array(Self.rows.joined(separator: "\n").utf8)
        let folder = try Self.write(bytes)
        let whole = Self.parseWhole(bytes)
        #expect(whole.errors.count >= 6)
        for size in [1, 2, 7, 16, 31, 64, 100, 400, 100_000] {
            let chunked = try #require(try Self.parseChunked(folder, chunkSize: size), "chunk size \(size)")
            #expect(chunked.errors.map(\.description) == whole.errors.map(\.description), "chunk size \(size)")
            #expect(chunked.warnings.map(\.description) == whole.warnings.map(\.description), "chunk size \(size)")
        }
    }

    @Test func validLinesGiveTheSameColumns() throws {
        let lines = [DeliveryFixture.allocationHeader] + (0..<500).map { i in
            Self.a("T\(i)", "C\(i % 70)", i % 3 == 0 ? "" : "2010", "45", i % 2 == 0 ? "45A01" : "43A09", "12345678",
                   "2024-0\(i % 9 + 1)-01", i % 4 == 0 ? "" : "2025-01-31", "\(i)", "04", "2", "", i % 50 == 7 ? "13" : "", "")
        } + ["\"Q1\";\"C\n1\";;45;45A01;12345678;2024-01-01;;5;04;2;;;"]
        let bytes = Array(lines.joined(separator: "\r\n").utf8)
        let folder = try Self.write(bytes)
        let whole = Self.parseWhole(bytes)
        #expect(whole.errors.isEmpty)
        for size in [13, 4096] {
            let chunked = try #require(try Self.parseChunked(folder, chunkSize: size))
            #expect(chunked.errors.isEmpty)
            #expect(chunked.columns.numbers.strings == whole.columns.numbers.strings)
            #expect(chunked.columns.clients.strings == whole.columns.clients.strings)
            #expect(chunked.columns.removedNumbers == whole.columns.removedNumbers)
            #expect(chunked.columns.records.map(\.start) == whole.columns.records.map(\.start))
            #expect(chunked.columns.records.map(\.end) == whole.columns.records.map(\.end))
            #expect(chunked.columns.records.map(\.productIndex) == whole.columns.records.map(\.productIndex))
        }
    }

    @Test func aFileThatIsNotPlainASCIIIsLeftToTheWholeRead() throws {
        let line = Self.a("A1", "P001", "", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "", "")
        let bytes = Array(([DeliveryFixture.allocationHeader] + Array(repeating: line, count: 20) + [line + "é"]).joined(separator: "\n").utf8)
        let folder = try Self.write(bytes)
        #expect(try Self.parseChunked(folder, chunkSize: 64) == nil)
    }
}

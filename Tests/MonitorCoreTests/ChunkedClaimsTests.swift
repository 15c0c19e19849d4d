import Foundation
import Testing
@testable import MonitorCore

/// A large declaraties file is read in chunks that end at a record boundary (issue 14): the
/// problems and the columns must be exactly those of reading it whole, wherever the chunks end.
@Suite struct ChunkedClaimsTests {
    static let rows = [
        "\u{FEFF}toewijzingnummer;zorgmaand;volume;bedrag;ontvangstdatum",
        "A1;2024-01;10;855,00;2024-02-15",
        "\"A2\";2024-03;31;\"1.234,56\";2024-04-10\r",
        "",
        "A1;2024-02;;-12,50;2024-03-01",
        "ZZ;2024-02;;1,00;2024-03-01",
        "\"A\"\"1\";2024-02;;1,00;2024-03-01",
        "A1;2024-13;;1,00;2024-03-01",
        "A2;2024-05;;\"12\n34\";2024-06-01",
        "A1;2024-04;;9,99;2024-03-01",
        "A1;2024-04;1;2",
        "A2;2024-06;;50.000.000,01;2024-07-01",
    ]

    static func parseWhole(_ bytes: [UInt8], allocations: AllocationColumns) -> ParsedColumns<ClaimColumns> {
        Loader.parseClaims(bytes: bytes, file: "c.csv", municipality: "0743", allocations: allocations, deliveryMonth: Month(year: 2026, month: 10))
    }

    static func allocations() -> AllocationColumns {
        AllocationColumns(["A1", "A2"].map {
            Allocation(municipality: "0743", number: $0, client: "P1", category: "45", product: "45A01", provider: "12345678",
                       start: Day(year: 2024, month: 1, day: 1)!, end: nil, volume: 1, unit: .hour, frequency: .perWeek)
        })
    }

    @Test func everyChunkSizeGivesWhatTheWholeFileGives() throws {
        let bytes = Array(Self.rows.joined(separator: "\n").utf8)
        let folder = try TemporaryFolder()
        let path = folder.path + "/c.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let whole = Self.parseWhole(bytes, allocations: Self.allocations())
        #expect(whole.errors.count >= 5)
        for size in [1, 2, 7, 16, 31, 64, 100, 400, 100_000] {
            var chunks = try #require(FileChunks(path: path, chunkSize: size))
            defer { chunks.close() }
            let chunked = try #require(Loader.parseClaims(chunks: &chunks, file: "c.csv", municipality: "0743", allocations: Self.allocations(),
                                                           deliveryMonth: Month(year: 2026, month: 10)), "chunk size \(size)")
            #expect(chunked.errors.map(\.description) == whole.errors.map(\.description), "chunk size \(size)")
            #expect(chunked.warnings.map(\.description) == whole.warnings.map(\.description), "chunk size \(size)")
        }
    }

    @Test func validLinesGiveTheSameColumns() throws {
        let lines = [Self.rows[0]] + (0..<500).map { i in "A\(i % 2 + 1);2024-0\(i % 9 + 1);;\(i),\(i % 100);2024-12-01" }
            + ["\"A1\";2024-01;;\"1\n\";2024-02-01", "A2;2024-01;;50.000.000,01;2024-02-01"]
        let bytes = Array(lines.joined(separator: "\r\n").utf8)
        let folder = try TemporaryFolder()
        let path = folder.path + "/c.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let whole = Self.parseWhole(bytes, allocations: Self.allocations())
        for size in [13, 4096] {
            var chunks = try #require(FileChunks(path: path, chunkSize: size))
            defer { chunks.close() }
            let chunked = try #require(Loader.parseClaims(chunks: &chunks, file: "c.csv", municipality: "0743", allocations: Self.allocations(),
                                                           deliveryMonth: Month(year: 2026, month: 10)))
            #expect(chunked.errors.map(\.description) == whole.errors.map(\.description))
            #expect(chunked.columns.map { $0.amountCents } == whole.columns.map { $0.amountCents })
            #expect(chunked.columns.map { $0.allocation } == whole.columns.map { $0.allocation })
            #expect(chunked.columns.map { $0.received } == whole.columns.map { $0.received })
        }
    }

    @Test func aFileThatIsNotPlainASCIIIsLeftToTheWholeRead() throws {
        let bytes = Array(([Self.rows[0]] + Array(repeating: "A1;2024-01;;1,00;2024-02-01", count: 20) + ["A1;2024-01;;1,00;2024-02-01;é"]).joined(separator: "\n").utf8)
        let folder = try TemporaryFolder()
        let path = folder.path + "/c.csv"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        var chunks = try #require(FileChunks(path: path, chunkSize: 64))
        defer { chunks.close() }
        #expect(Loader.parseClaims(chunks: &chunks, file: "c.csv", municipality: "0743", allocations: Self.allocations(),
                                   deliveryMonth: Month(year: 2026, month: 10)) == nil)
    }
}

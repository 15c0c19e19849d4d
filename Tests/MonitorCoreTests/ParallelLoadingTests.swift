import Foundation
import Testing
@testable import MonitorCore

/// The loader reads municipalities on all cores, the largest first, in two passes; the result
/// must be exactly what reading one file after the other gives (issue 14).
@Suite struct ParallelLoadingTests {
    /// Problems in both municipalities and in every kind of file, so that an order that depends
    /// on which thread finishes first would show.
    static func faultyDelivery() -> DeliveryFixture {
        var fixture = DeliveryFixture()
        fixture.allocationFiles["0743"]!.append(DeliveryFixture.allocation(number: "A1", client: "P009"))  // repeated number
        fixture.allocationFiles["0743"]!.append(DeliveryFixture.allocation(number: "A3", start: "2024-13-01"))
        fixture.allocationFiles["0794"]!.append(DeliveryFixture.allocation(number: "H2", product: "99X99"))
        fixture.allocationFiles["0794"]!.append(DeliveryFixture.allocation(number: "H3", changeReason: "13"))
        fixture.claimFiles["0743"]!.append(DeliveryFixture.claim(number: "ZZ", month: "2024-02"))
        fixture.claimFiles["0794"]!.append(DeliveryFixture.claim(number: "H3", month: "2025-02", received: "2025-03-01"))
        fixture.claimFiles["0794"]!.append(DeliveryFixture.claim(number: "H1", month: "2030-01", received: "2030-02-01"))
        fixture.rawFiles["leveringen/2026-10/0794_plaatsingen.csv"] = DeliveryFixture.text([
            "toewijzingnummer;afstand_km;kleinschalig;onderwijs;verklarende_analyse", "H9;3;J;N;", "H1;-2;J;N;"])
        fixture.rawFiles["leveringen/2026-10/0743_extra.csv"] = [0x41]
        return fixture
    }

    @Test func theSameProblemsInTheSameOrderAsOneFileAtATime() throws {
        let folder = try Self.faultyDelivery().write()
        let sequential = Loader.load(dataDirectory: folder.path, concurrent: false)
        #expect(sequential.errors.count >= 6)
        #expect(!sequential.warnings.isEmpty)
        // Several runs: the threads finish in a different order each time.
        for _ in 0..<20 {
            let parallel = Loader.load(dataDirectory: folder.path)
            #expect(parallel.errors.map(\.description) == sequential.errors.map(\.description))
            #expect(parallel.warnings.map(\.description) == sequential.warnings.map(\.description))
            #expect(parallel.dataset == nil)
        }
    }

    @Test func problemsComeFileByFileInGemeentenOrder() throws {
        let folder = try Self.faultyDelivery().write()
        let files = Loader.load(dataDirectory: folder.path).errors.map(\.file)
        // Asten's toewijzingen and declaraties, then Helmond's toewijzingen, declaraties and
        // plaatsingen, then the reference check of the tariffs: as when read one by one.
        var seen: [String] = []
        for file in files where seen.last != file { seen.append(file) }
        #expect(seen == [
            "leveringen/2026-10/0743_toewijzingen.csv", "leveringen/2026-10/0743_declaraties.csv",
            "leveringen/2026-10/0794_toewijzingen.csv", "leveringen/2026-10/0794_declaraties.csv",
            "leveringen/2026-10/0794_plaatsingen.csv",
        ])
    }

    @Test func theSameFiguresFromTheBundledData() throws {
        let data = Bundled.directory
        let parallel = try #require(Loader.load(dataDirectory: data).dataset)
        let sequential = try #require(Loader.load(dataDirectory: data, concurrent: false, plainLines: false).dataset)
        #expect(parallel.allocations.count == sequential.allocations.count)
        #expect(parallel.claims.count == sequential.claims.count)
        for report in ReportCatalog.all {
            #expect(report.build(parallel).rendered(as: .csv) == report.build(sequential).rendered(as: .csv), "\(report.name.rawValue)")
        }
    }

    @Test func theDatasetWithoutClaimsComesFirstAndMatches() throws {
        let data = Bundled.directory
        let partial = Partial()
        let result = Loader.load(dataDirectory: data) { partial.dataset = $0 }
        let full = try #require(result.dataset)
        let early = try #require(partial.dataset)
        #expect(early.claims.count == 0)
        #expect(early.allocations.count == full.allocations.count)
        for name in ReportCatalog.zeroMeasurement {
            #expect(ReportCatalog.definition(name).build(early).rendered(as: .csv) == ReportCatalog.definition(name).build(full).rendered(as: .csv))
        }
    }

    final class Partial: @unchecked Sendable { var dataset: Dataset? }
}

/// Claim amounts are kept in 32 bits with larger ones beside the column: a line above
/// € 21 million keeps its exact amount, also when the lines before it are dropped.
@Suite struct LargeClaimAmountTests {
    @Test func aLargeAmountIsKeptExactlyThroughRelinking() throws {
        var fixture = DeliveryFixture()
        fixture.allocationFiles["0743"]!.append(DeliveryFixture.allocation(number: "A3", client: "P004", changeReason: "13"))
        fixture.claimFiles["0743"] = [DeliveryFixture.claimHeader,
                                      DeliveryFixture.claim(number: "A3", month: "2024-01", amount: "10,00"),
                                      DeliveryFixture.claim(number: "A1", month: "2024-01", amount: "50.000.000,01"),
                                      DeliveryFixture.claim(number: "A1", month: "2024-02", amount: "-21474836,48"),
                                      DeliveryFixture.claim(number: "A1", month: "2024-03", amount: "12,34", received: "2024-04-01")]
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        let dataset = try #require(result.dataset)
        // The claim on the removed A3 is dropped; Helmond's line follows Asten's.
        #expect(dataset.claims.map { $0.amountCents } == [5_000_000_001, -2_147_483_648, 1_234, -1_250])
    }
}

import Testing
@testable import MonitorCore

/// `overview` checks the declaraties without keeping them (`Loader.load(keepClaims: false)`):
/// the same problems, and the same 0-meting, whose tables read no claim. The hostile corpus
/// is loaded this way too (`HostileDeliveryTests`).
@Suite struct ClaimsCheckedOnlyTests {
    @Test func theZeroMeasurementIsTheSameWithoutTheClaims() throws {
        let full = try Bundled.dataset()
        let checked = Loader.load(dataDirectory: Bundled.directory, keepClaims: false)
        #expect(checked.errors.isEmpty)
        #expect(checked.warnings.map(\.description) == Bundled.result.warnings.map(\.description))
        let dataset = try #require(checked.dataset)
        #expect(dataset.claims.count == 0 && full.claims.count > 0)
        #expect(dataset.allocations.count == full.allocations.count)
        for name in ReportCatalog.zeroMeasurement {
            #expect(ReportCatalog.build(ReportRequest(name), dataset).rendered(as: .csv)
                    == ReportCatalog.build(ReportRequest(name), full).rendered(as: .csv), "\(name.rawValue)")
        }
    }

    /// A problem found only in a declaraties file still refuses the delivery.
    @Test func aProblemInTheDeclaratiesStillRefusesTheDelivery() throws {
        var fixture = DeliveryFixture()
        fixture.claimFiles["0743"]! += [DeliveryFixture.claim(number: "ZZ")]
        let folder = try fixture.write()
        let kept = Loader.load(dataDirectory: folder.path), checked = Loader.load(dataDirectory: folder.path, keepClaims: false)
        #expect(checked.dataset == nil && kept.dataset == nil)
        #expect(checked.errors.map(\.description) == kept.errors.map(\.description))
        #expect(checked.errors.count == 1)
    }
}

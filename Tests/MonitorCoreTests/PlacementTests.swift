import Foundation
import Testing
@testable import MonitorCore

/// Contract §7.9: the optional plaatsingen file and the four ambitions measured from it.
@Suite struct PlacementTests {
    static let header = "toewijzingnummer;afstand_km;kleinschalig;onderwijs;verklarende_analyse"

    /// HandMade's residential allocations of Alpha (0001): #3 S1V 2022-11-15–2023-01-31 (c2),
    /// #4 PZ from 2023-02-01 (c2), #5 WG 2021-06-01–2022-01-10 (c3), #6 PZ 2022-01-11–2022-06-30 (c3).
    /// #4 has no row: unknown on every value.
    static func dataset() throws -> Dataset {
        try HandMade.dataset(placements: [
            Placement(municipality: "0001", allocationNumber: "3", distanceKm: 10, smallScale: true, education: false, explanatoryAnalysis: true),
            Placement(municipality: "0001", allocationNumber: "5", distanceKm: 20),
            Placement(municipality: "0001", allocationNumber: "6", distanceKm: 5, smallScale: false, education: true),
        ], placementFiles: ["0001"])
    }

    @Test func figuresOf2022WorkedByHand() throws {
        let f = try Self.dataset().placementFigures(in: Period(year: 2022))
        // Active in 2022: #3, #5, #6. Kleinschalig known on #3 (J) and #6 (N); #5 unknown.
        #expect(f.smallScale == CoveredShare(part: 1, measured: 2, total: 3))
        #expect(f.smallScale.share == 0.5)
        // Clients c2 (#3: N) and c3 (#5 unknown, #6 J): both known, c3 has a J.
        #expect(f.education == CoveredShare(part: 1, measured: 2, total: 2))
        // c2: 10 km; c3: 20 and 5 km, not all within 15.
        #expect(f.withinFifteenKm == CoveredShare(part: 1, measured: 2, total: 2))
        // Starting in 2022: #3 (J) and #6 (unknown).
        #expect(f.explanatoryAnalysis == CoveredShare(part: 1, measured: 1, total: 2))
        #expect(f.explanatoryAnalysis.share == 1)
    }

    @Test func unknownValuesAreLeftOutOfTheDenominator() throws {
        let f = try Self.dataset().placementFigures(in: Period(year: 2023))
        // Active in 2023: #3 (J) and #4 (no row): 1 of 1 measured, 2 in all.
        #expect(f.smallScale == CoveredShare(part: 1, measured: 1, total: 2))
        #expect(f.smallScale.coverage == 0.5)
        // c2: N on #3, unknown on #4: known, not in education.
        #expect(f.education == CoveredShare(part: 0, measured: 1, total: 1))
        #expect(f.education.share == 0)
        // Starting in 2023: only #4, unknown: nothing measured, so no share.
        #expect(f.explanatoryAnalysis == CoveredShare(part: 0, measured: 0, total: 1))
        #expect(f.explanatoryAnalysis.share == nil)
    }

    @Test func ambitionsShowTheirCoverageAndKeepGeenDataWithoutAFile() throws {
        let report = ReportCatalog.build(ReportRequest(.ambitions), try Self.dataset())
        #expect(report.tidy.columns == ["ambitie", "omschrijving", "jaar", "waarde", "doel_2028", "gemeten", "totaal"])
        let smallScale2022 = try #require(report.tidy.rows.first { $0[0] == .text("kleinschalig") && $0[2] == .count(2022) })
        #expect(smallScale2022[3].numericValue == 0.5 && smallScale2022[5] == .count(2) && smallScale2022[6] == .count(3))
        // Measured nowhere in 2023, yet placed: the row stays, with an empty value and its coverage.
        let analysis2023 = try #require(report.tidy.rows.first { $0[0] == .text("verklarende-analyse") && $0[2] == .count(2023) })
        #expect(analysis2023[3] == .empty && analysis2023[5] == .count(0) && analysis2023[6] == .count(1))
        // Other ambitions have no coverage columns.
        #expect(report.tidy.rows.first { $0[0] == .text("verblijf") }.map { $0[5] == .empty && $0[6] == .empty } == true)

        let without = try HandMade.dataset().ambitions().first { $0.id == "kleinschalig" }
        #expect(without?.values.allSatisfy { $0 == .empty } == true && without?.unmeasuredReason != nil && without?.coverage.isEmpty == true)
    }

    // MARK: Loading

    func fixture(_ rows: [String], header: String = PlacementTests.header) -> DeliveryFixture {
        var fixture = DeliveryFixture()
        fixture.rawFiles["leveringen/2026-10/0743_plaatsingen.csv"] = DeliveryFixture.text([header] + rows)
        return fixture
    }

    @Test func loadsAnOptionalPlacementsFile() throws {
        let folder = try fixture(["A2;12,5;J;;N"]).write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.errors.isEmpty && result.warnings.isEmpty)
        let d = try #require(result.dataset)
        #expect(d.delivery.placementFiles == ["0743"])
        #expect(d.delivery.placements == [Placement(municipality: "0743", allocationNumber: "A2", distanceKm: 12.5,
                                                    smallScale: true, education: nil, explanatoryAnalysis: false)])
        // Without the file: loaded as before, no plaatsingen.
        let plainFolder = try DeliveryFixture().write()
        let plain = try #require(Loader.load(dataDirectory: plainFolder.path).dataset)
        #expect(plain.delivery.placementFiles.isEmpty && !plain.hasPlacements)
    }

    @Test func rejectsABadPlacementsFileAsAWhole() throws {
        let folder = try fixture([
            "A2;12,5;J;J;J",
            "A1;3;J;J;J",      // 45A01 has no verblijf
            "A9;3;J;J;J",      // no such allocation
            "A2;-2;ja;X;N",    // repeated, negative distance, not J/N
        ]).write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset == nil)
        let texts = result.errors.map(\.description)
        let file = "leveringen/2026-10/0743_plaatsingen.csv"
        #expect(texts.contains { $0.hasPrefix("\(file):3:1:") && $0.contains("zonder verblijf") })
        #expect(texts.contains { $0.hasPrefix("\(file):4:1:") && $0.contains("0743_toewijzingen.csv") })
        #expect(texts.contains { $0.hasPrefix("\(file):5:1:") && $0.contains("eerst op regel 2") })
        #expect(texts.contains { $0.hasPrefix("\(file):5:4:") && $0.contains("afstand") })
        #expect(texts.contains { $0.hasPrefix("\(file):5:7:") && $0.contains("J, N of leeg") })
        #expect(texts.contains { $0.hasPrefix("\(file):5:10:") && $0.contains("\"X\"") })
    }

    @Test func aPlacementsFileNeedsEveryColumnInItsHeader() throws {
        let folder = try fixture(["A2;12,5;J;J"], header: "toewijzingnummer;afstand_km;kleinschalig;onderwijs").write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset == nil)
        #expect(result.errors.contains { $0.description.contains("verklarende_analyse") })
    }
}

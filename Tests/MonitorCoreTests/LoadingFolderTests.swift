import Foundation
import Testing
@testable import MonitorCore

/// Whole data folders: what `Loader.load` accepts, rejects and leaves untouched.
@Suite struct LoadingFolderTests {
    @Test func loadsTheFixture() throws {
        let fixture = DeliveryFixture()
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.errors.map(\.description) == [])
        #expect(result.warnings.map(\.description) == [])
        let dataset = try #require(result.dataset)
        #expect(dataset.delivery.month == Month(year: 2026, month: 10))
        #expect(dataset.municipalities.map(\.code) == ["0743", "0794"])
        #expect(dataset.allocations.count == 3)
        #expect(dataset.claims.map(\.amountCents) == [85_500, 123_456, -1_250])
        #expect(dataset.reference.contracts[1].end == Day(year: 2025, month: 12, day: 31))
        #expect(dataset.reference.annualAccounts[0].careCosts == 4_512_345.67)
        #expect(dataset.reference.tariffs.map(\.amount) == [85.5, 62.1234, 88, 90.25, 63.1, 64])
        #expect(dataset.reference.rmtCases.map(\.contracted) == [true, false])
        #expect(dataset.allocations[1].start == Day(year: 2024, month: 3, day: 1))
    }

    @Test func listsDeliveriesAscendingAndLoadsTheNewest() throws {
        let fixture = DeliveryFixture()
        let folder = try fixture.write()
        var older = fixture
        older.month = "2026-09"
        for (path, bytes) in older.files where path.hasPrefix("leveringen/") {
            let url = URL(fileURLWithPath: folder.path).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        try FileManager.default.createDirectory(atPath: folder.path + "/leveringen/oud", withIntermediateDirectories: true)
        #expect(Loader.deliveries(in: folder.path) == [Month(year: 2026, month: 9), Month(year: 2026, month: 10)])
        let newest = Loader.load(dataDirectory: folder.path)
        #expect(newest.dataset?.delivery.month == Month(year: 2026, month: 10))
        #expect(newest.warnings.map(\.description) == [
            "leveringen/oud:1:1: gevonden een bestand of map die geen leveringsmap is, verwacht alleen mappen met een naam JJJJ-MM in leveringen (dit wordt genegeerd)",
        ])
        #expect(Loader.load(dataDirectory: folder.path, delivery: Month(year: 2026, month: 9)).dataset?.delivery.month
                == Month(year: 2026, month: 9))
    }

    @Test func reportsAMissingDeliveryFolder() throws {
        let folder = try DeliveryFixture().write()
        let result = Loader.load(dataDirectory: folder.path, delivery: Month(year: 2025, month: 1))
        #expect(result.dataset == nil)
        #expect(result.errors.map(\.description) == [
            "leveringen/2025-01:1:1: gevonden geen leveringsmap, verwacht een map leveringen/2025-01 met per gemeente een toewijzingen- en een declaratiesbestand",
        ])
    }

    @Test func reportsMissingMunicipalityFilesAndWarnsAboutOthers() throws {
        var fixture = DeliveryFixture()
        fixture.omittedFiles = [fixture.claimsPath("0794"), fixture.allocationsPath("0743")]
        fixture.rawFiles["leveringen/2026-10/9999_toewijzingen.csv"] = DeliveryFixture.text([DeliveryFixture.allocationHeader])
        fixture.rawFiles["leveringen/2026-10/notities.txt"] = Array("x".utf8)
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset == nil)
        #expect(result.errors.map(\.description) == [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden geen bestand, verwacht de toewijzingen van gemeente 0743 (Asten)",
            "leveringen/2026-10/0794_declaraties.csv:1:1: gevonden geen bestand, verwacht de declaraties van gemeente 0794 (Helmond)",
        ])
        #expect(result.warnings.map(\.description) == [
            "leveringen/2026-10/9999_toewijzingen.csv:1:1: gevonden een bestand voor onbekende gemeentecode \"9999\", verwacht alleen bestanden van gemeenten uit gemeenten.csv (het bestand wordt genegeerd)",
            "leveringen/2026-10/notities.txt:1:1: gevonden een onverwacht bestand, verwacht alleen bestanden <gemeentecode>_toewijzingen.csv, <gemeentecode>_declaraties.csv en <gemeentecode>_plaatsingen.csv (het bestand wordt genegeerd)",
        ])
    }

    /// Contract §4: a municipality file with a header and no rows loads, with a warning.
    @Test func aHeaderOnlyDeliveryIsAWarning() throws {
        var fixture = DeliveryFixture()
        fixture.rawFiles[fixture.allocationsPath("0794")] = DeliveryFixture.text([DeliveryFixture.allocationHeader])
        fixture.rawFiles[fixture.claimsPath("0794")] = DeliveryFixture.text([DeliveryFixture.claimHeader])
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset != nil)
        #expect(result.warnings.map(\.description).contains(
            "leveringen/2026-10/0794_toewijzingen.csv:1:1: gevonden alleen een kopregel: gemeente Helmond leverde geen toewijzingen, verwacht een regel per toewijzing"))
        let summary = try #require(result.dataset).deliverySummary(warnings: result.warnings)
        #expect(summary.municipalities.first { $0.code == "0794" }.map { [$0.allocations, $0.warnings] } == [0, 1])
    }

    @Test func reportsAMissingReferenceFile() throws {
        var fixture = DeliveryFixture()
        fixture.omittedFiles = ["referentie/producten.csv"]
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset == nil)
        // References to products are not checked without producten.csv: one cause, one error.
        #expect(result.errors.map(\.description) == [
            "referentie/producten.csv:1:1: gevonden geen bestand, verwacht producten.csv met de kolommen productcode;omschrijving;productcategorie;segment;verblijf",
        ])
    }

    @Test func warningsDoNotBlockTheLoad() throws {
        var fixture = DeliveryFixture()
        fixture.providers[0] = "agb;naam;opmerking"
        fixture.providers[1] += ";hoofdaannemer"
        fixture.providers[2] += ";"
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.errors.isEmpty)
        #expect(result.dataset != nil)
        #expect(result.warnings.map(\.description) == [
            "referentie/aanbieders.csv:1:10: gevonden onbekende kolom \"opmerking\", verwacht alleen de kolommen agb;naam (de kolom wordt genegeerd)",
        ])
    }

    @Test func readsAWindows1252DeliveryFile() throws {
        var fixture = DeliveryFixture()
        // "Zorg Moël € BV" in Windows-1252 (0xEB = ë, 0x80 = €), with CRLF line ends.
        fixture.rawFiles["referentie/aanbieders.csv"] = Array("agb;naam\r\n12345678;Zorg Mo".utf8) + [0xEB]
            + Array("l ".utf8) + [0x80] + Array(" BV\r\n87654321;Pleegzorg\r\n".utf8)
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.errors.isEmpty)
        #expect(result.dataset?.providers.map(\.name) == ["Zorg Moël € BV", "Pleegzorg"])
    }

    @Test func reportsEveryFileWithErrors() throws {
        var fixture = DeliveryFixture(claims: [DeliveryFixture.claim(number: "A9")])
        fixture.products.append("45A01;Dubbel;45;3;geen")
        let folder = try fixture.write()
        let result = Loader.load(dataDirectory: folder.path)
        #expect(result.dataset == nil)
        #expect(result.errors.map(\.description) == [
            "referentie/producten.csv:4:1: gevonden \"45A01\" in productcode opnieuw (eerst op regel 2), verwacht elke productcode één keer",
            "leveringen/2026-10/0743_declaraties.csv:2:1: gevonden \"A9\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ])
    }

    @Test func aLoadWithErrorsYieldsNoDatasetAndChangesNoFile() throws {
        let fixture = DeliveryFixture(allocations: [
            DeliveryFixture.allocation(number: "A1", start: "2023-13-01"),
        ])
        let folder = try fixture.write()
        let before = try folder.snapshot()
        let result = Loader.load(dataDirectory: folder.path)
        let after = try folder.snapshot()
        #expect(result.dataset == nil)
        #expect(!result.errors.isEmpty)
        #expect(Set(before.keys) == Set(after.keys))
        for (path, file) in before {
            #expect(after[path]?.bytes == file.bytes, "\(path) changed")
            #expect(after[path]?.modified == file.modified, "\(path) touched")
        }
    }
}

/// A delivery folder that does not load does not stop the others (issue "Leveringen").
@Suite struct RefusedDeliveryTests {
    @Test func aRefusedNewerDeliveryIsListedWithItsProblems() throws {
        var fixture = DeliveryFixture()
        fixture.rawFiles["leveringen/2026-11/0743_toewijzingen.csv"] = DeliveryFixture.text(["geen;kopregel"])
        let folder = try fixture.write()
        #expect(Loader.load(dataDirectory: folder.path).dataset == nil)
        let october = try #require(Loader.load(dataDirectory: folder.path, delivery: Month(year: 2026, month: 10)).dataset)
        let history = DeliveryHistory.load(dataDirectory: folder.path, shown: october, shownWarnings: [])
        #expect(history.summaries.map(\.month.description) == ["2026-10", "2026-11"])
        #expect(history.summaries[0].isLoaded && !history.summaries[1].isLoaded)
        #expect(history.summaries[1].errors.first?.description.hasPrefix("leveringen/2026-11/0743_toewijzingen.csv:1:") == true)
        // Nothing older than October: no comparison, and the report says so instead of inventing one.
        #expect(history.previous == nil)
        #expect(DeliveryTables.deliveries(history).rows.map { $0.values[0].displayText } == ["geweigerd", "geladen"])
    }
}

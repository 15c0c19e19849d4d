import Foundation
import Testing
@testable import MonitorCore

/// The corpus of malformed deliveries (issue 13): each is the valid fixture with one thing
/// wrong, built here rather than checked in. Every case names the exact problems the loader
/// must report, and the folder's bytes and modification times must be unchanged afterwards.
@Suite struct HostileDeliveryTests {
    struct Case: Sendable, CustomStringConvertible {
        let description: String
        /// Changes the valid fixture.
        let change: @Sendable (inout DeliveryFixture) -> Void
        /// Changes the written folder (links, folders in place of files).
        var after: @Sendable (String) throws -> Void = { _ in }
        let errors: [String]
        var warnings: [String] = []
    }

    static let allocations = "leveringen/2026-10/0743_toewijzingen.csv"
    static let claims = "leveringen/2026-10/0743_declaraties.csv"
    static let placements = "leveringen/2026-10/0743_plaatsingen.csv"

    /// The first allocation row (line 2) with changed fields.
    static func allocation(_ change: @Sendable @escaping (inout [String: String]) -> Void) -> @Sendable (inout DeliveryFixture) -> Void {
        { fixture in
            var f = ["number": "A1", "client": "P001", "birthYear": "2015", "end": "2024-06-30", "referrer": "02", "endReason": "31",
                     "category": "45", "product": "45A01", "provider": "12345678", "start": "2024-01-01", "volume": "10", "unit": "04",
                     "frequency": "2", "changeReason": ""]
            change(&f)
            let row = DeliveryFixture.allocation(
                number: f["number"]!, client: f["client"]!, birthYear: f["birthYear"]!, category: f["category"]!, product: f["product"]!,
                provider: f["provider"]!, start: f["start"]!, end: f["end"]!, volume: f["volume"]!, unit: f["unit"]!, frequency: f["frequency"]!,
                referrer: f["referrer"]!, changeReason: f["changeReason"]!, endReason: f["endReason"]!)
            fixture.allocationFiles["0743"]![1] = row
        }
    }

    /// The first claim row (line 2) replaced.
    static func claim(_ row: String) -> @Sendable (inout DeliveryFixture) -> Void {
        { $0.claimFiles["0743"]![1] = row }
    }

    static func raw(_ path: String, _ bytes: [UInt8]) -> @Sendable (inout DeliveryFixture) -> Void {
        { $0.rawFiles[path] = bytes }
    }

    static let validAllocations = DeliveryFixture.text([DeliveryFixture.allocationHeader] + DeliveryFixture.defaultAllocations)

    static let cases: [Case] = [
        // Encoding and file kind (contract §2, §4).
        Case(description: "NUL byte", change: raw(allocations, Array(validAllocations.prefix(60)) + [0] + Array(validAllocations.dropFirst(60))), errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden geen kolom \"productcode\", verwacht de verplichte kolommen toewijzingnummer;client;productcategorie;productcode;aanbieder;ingangsdatum;volume;eenheid;frequentie",
            "leveringen/2026-10/0743_toewijzingen.csv:1:61: gevonden een NUL-byte (0x00), verwacht tekst zonder NUL-bytes",
        ], warnings: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:55: gevonden onbekende kolom \"produc\\x00tcode\", verwacht alleen de kolommen toewijzingnummer;client;geboortejaar;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie;verwijzer;reden_wijziging;reden_beeindiging (de kolom wordt genegeerd)",
        ]),
        Case(description: "byte undefined in Windows-1252", change: raw(allocations, Array("toewijzingnummer;client;geboortejaar;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie;verwijzer;reden_wijziging;reden_beeindiging\nA1;P\u{00}".utf8.dropLast()) + [0x81] + Array("01;2015;45;45A01;12345678;2024-01-01;2024-06-30;10;04;2;02;;31\n".utf8)), errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:5: gevonden byte 0x81, die Windows-1252 niet kent, verwacht tekst in UTF-8 of Windows-1252",
            "leveringen/2026-10/0743_declaraties.csv:3:1: gevonden \"A2\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "UTF-8 with one stray byte", change: { f in
            var bytes = Array((DeliveryFixture.allocationHeader + "\n" + DeliveryFixture.allocation(client: "Zoë") + "\n").utf8)
            bytes += Array("A3;P".utf8) + [0xEB] + Array(";2015;45;45A01;12345678;2024-01-01;;10;04;2;;;\n".utf8)
            f.rawFiles[allocations] = bytes
        }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:3:5: gevonden byte 0xEB, ongeldig in UTF-8, in een verder UTF-8-bestand, verwacht één codering in het hele bestand: UTF-8 of Windows-1252",
            "leveringen/2026-10/0743_declaraties.csv:3:1: gevonden \"A2\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "UTF-16 with BOM", change: raw(allocations, [0xFF, 0xFE] + Array(DeliveryFixture.allocationHeader.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }), errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden een bestand in UTF-16 (bijvoorbeeld 'Unicode-tekst' uit Excel), verwacht een tekstbestand (puntkomma- of kommagescheiden) in UTF-8 of Windows-1252",
        ]),
        Case(description: "a spreadsheet (zip)", change: raw(allocations, [0x50, 0x4B, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00] + Array(repeating: 0x41, count: 40)), errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden een Excel-werkmap of ander zip-bestand, geen tekst, verwacht een tekstbestand (puntkomma- of kommagescheiden) in UTF-8 of Windows-1252",
        ]),
        Case(description: "empty file", change: raw(allocations, []), errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden een leeg bestand, verwacht een kopregel met de kolommen toewijzingnummer;client;geboortejaar;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie;verwijzer;reden_wijziging;reden_beeindiging",
        ]),
        Case(description: "header only", change: { $0.allocationFiles["0794"] = [DeliveryFixture.allocationHeader]; $0.claimFiles["0794"] = [DeliveryFixture.claimHeader] }, errors: [], warnings: [
            "leveringen/2026-10/0794_toewijzingen.csv:1:1: gevonden alleen een kopregel: gemeente Helmond leverde geen toewijzingen, verwacht een regel per toewijzing",
        ]),
        // Structure.
        Case(description: "missing required column", change: { f in
            f.allocationFiles["0743"] = f.allocationFiles["0743"]!.map { $0.split(separator: ";", omittingEmptySubsequences: false).enumerated().filter { $0.offset != 8 }.map { String($0.element) }.joined(separator: ";") }
        }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden geen kolom \"volume\", verwacht de verplichte kolommen toewijzingnummer;client;productcategorie;productcode;aanbieder;ingangsdatum;volume;eenheid;frequentie",
        ]),
        Case(description: "repeated column", change: { f in f.allocationFiles["0743"]![0] += ";volume"; for i in 1..<f.allocationFiles["0743"]!.count { f.allocationFiles["0743"]![i] += ";1" } }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:170: gevonden kolom \"volume\" voor de tweede keer, verwacht elke kolom één keer",
        ]),
        Case(description: "too few fields", change: { $0.allocationFiles["0743"]![1] = "A1;P001;2015" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:1: gevonden 3 velden, verwacht 14 velden, één per kolom in de kopregel",
            "leveringen/2026-10/0743_declaraties.csv:2:1: gevonden \"A1\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "unterminated quote", change: { $0.allocationFiles["0743"]![2] = "\"A2;P002;;43;43A09;87654321;01-03-2024;;1;14;1;;;" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:3:1: gevonden 1 veld, verwacht 14 velden, één per kolom in de kopregel",
            "leveringen/2026-10/0743_toewijzingen.csv:3:1: gevonden een veld tussen aanhalingstekens zonder afsluitend aanhalingsteken, verwacht een afsluitend \" vóór het einde van het bestand",
            "leveringen/2026-10/0743_declaraties.csv:3:1: gevonden \"A2\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "text after a closing quote", change: { $0.allocationFiles["0743"]![1] = "\"A1\"x;P001;2015;45;45A01;12345678;2024-01-01;2024-06-30;10;04;2;02;;31" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:5: gevonden tekst na een afsluitend aanhalingsteken, verwacht een scheidingsteken of het einde van de regel na een veld tussen aanhalingstekens",
        ]),
        Case(description: "a lone CR after a quoted field", change: { $0.allocationFiles["0743"]![1] = "\"A1\"\rx;P001;2015;45;45A01;12345678;2024-01-01;2024-06-30;10;04;2;02;;31" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:5: gevonden tekst na een afsluitend aanhalingsteken, verwacht een scheidingsteken of het einde van de regel na een veld tussen aanhalingstekens",
        ]),
        // Allocation values.
        Case(description: "negative volume", change: allocation { $0["volume"] = "-5" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:54: gevonden \"-5\" in volume, verwacht een geheel getal van 0 of meer",
        ]),
        Case(description: "decimal volume", change: allocation { $0["volume"] = "1,5" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:54: gevonden \"1,5\" in volume, verwacht een geheel getal van 0 of meer",
        ]),
        Case(description: "BSN as client", change: allocation { $0["client"] = "111222333" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:4: gevonden een BSN-achtige waarde \"11*****33\" in client, verwacht een pseudoniem dat geen BSN is (9 cijfers die voldoen aan de elfproef)",
        ]),
        Case(description: "unknown product", change: allocation { $0["product"] = "99Z99" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:17: gevonden \"99Z99\" in productcode, verwacht een productcode uit producten.csv",
        ]),
        Case(description: "unknown provider", change: allocation { $0["provider"] = "11112222" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:23: gevonden \"11112222\" in aanbieder, verwacht een AGB-code uit aanbieders.csv",
        ]),
        Case(description: "end before start", change: allocation { $0["end"] = "2023-12-31" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:43: gevonden einddatum 2023-12-31 vóór ingangsdatum 2024-01-01, verwacht een einddatum op of na de ingangsdatum",
        ]),
        Case(description: "frequentie 6 without einddatum", change: allocation { $0["frequency"] = "6"; $0["end"] = ""; $0["endReason"] = "" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:43: gevonden een lege waarde in einddatum bij frequentie 6, verwacht een einddatum bij frequentie 6 (totaal binnen geldigheidsduur)",
        ]),
        Case(description: "impossible date", change: allocation { $0["start"] = "2024-02-30" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:32: gevonden \"2024-02-30\" in ingangsdatum, verwacht een datum JJJJ-MM-DD of DD-MM-JJJJ",
        ]),
        Case(description: "unknown eenheid", change: allocation { $0["unit"] = "99" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:57: gevonden \"99\" in eenheid, verwacht een code uit codelijst WJ756 (01, 04, 14, 16, 82-84)",
        ]),
        Case(description: "unknown frequentie", change: allocation { $0["frequency"] = "3" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:60: gevonden \"3\" in frequentie, verwacht een code uit codelijst WJ757 (1, 2, 4, 6)",
        ]),
        Case(description: "unknown verwijzer", change: allocation { $0["referrer"] = "07" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:62: gevonden \"07\" in verwijzer, verwacht een code uit codelijst COD327 (01-06, 08)",
        ]),
        Case(description: "unknown reden_beeindiging", change: allocation { $0["endReason"] = "30" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:66: gevonden \"30\" in reden_beeindiging, verwacht een code uit codelijst JZ588 (01-03, 31-39, 99)",
        ]),
        Case(description: "unknown reden_wijziging", change: allocation { $0["changeReason"] = "99" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:65: gevonden \"99\" in reden_wijziging, verwacht een code uit codelijst JZ002 (01-03, 13-41)",
        ]),
        Case(description: "unknown productcategorie", change: allocation { $0["category"] = "99" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:14: gevonden \"99\" in productcategorie, verwacht een code uit codelijst JZ020 (31-38, 40-58)",
        ]),
        Case(description: "empty client", change: allocation { $0["client"] = "" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:4: gevonden een lege waarde in client, verwacht een pseudoniem",
        ]),
        Case(description: "bad geboortejaar", change: allocation { $0["birthYear"] = "20x5" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:9: gevonden \"20x5\" in geboortejaar, verwacht een jaartal JJJJ",
        ]),
        Case(description: "repeated toewijzingnummer", change: allocation { $0["number"] = "A2" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:3:1: gevonden \"A2\" in toewijzingnummer opnieuw (eerst op regel 2), verwacht elk toewijzingnummer één keer binnen de gemeente",
            "leveringen/2026-10/0743_declaraties.csv:2:1: gevonden \"A1\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "escape sequence in a value", change: allocation { $0["product"] = "\u{1B}[2J\u{07}" }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:2:17: gevonden \"\\x1B[2J\\x07\" in productcode, verwacht een productcode uit producten.csv",
        ]),
        // Claims.
        Case(description: "claim on an unknown allocation", change: claim("A9;2024-01;10;855,00;2024-02-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:1: gevonden \"A9\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ]),
        Case(description: "zorgmaand before 2021", change: claim("A1;2020-12;10;855,00;2021-01-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:4: gevonden \"2020-12\" in zorgmaand, verwacht een zorgmaand van 2021-01 tot en met de leveringsmaand 2026-10",
        ]),
        Case(description: "zorgmaand after the delivery month", change: claim("A2;2026-11;10;855,00;2026-11-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:4: gevonden \"2026-11\" in zorgmaand, verwacht een zorgmaand van 2021-01 tot en met de leveringsmaand 2026-10",
        ]),
        Case(description: "ontvangstdatum before the zorgmaand", change: claim("A1;2024-01;10;855,00;2023-12-31"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:22: gevonden ontvangstdatum 2023-12-31 vóór zorgmaand 2024-01, verwacht een ontvangstdatum op of na de eerste dag van de zorgmaand",
        ]),
        Case(description: "amount with three decimals", change: claim("A1;2024-01;10;855,001;2024-02-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:15: gevonden \"855,001\" in bedrag, verwacht een bedrag in euro's zoals 1234.56, 1234,56 of 1.234,56 (hoogstens 2 decimalen)",
        ]),
        Case(description: "impossible zorgmaand", change: claim("A1;2024-13;10;855,00;2024-02-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:4: gevonden \"2024-13\" in zorgmaand, verwacht een maand JJJJ-MM",
        ]),
        Case(description: "empty bedrag", change: claim("A1;2024-01;10;;2024-02-15"), errors: [
            "leveringen/2026-10/0743_declaraties.csv:2:15: gevonden een lege waarde in bedrag, verwacht een bedrag in euro's zoals 1234.56, 1234,56 of 1.234,56 (hoogstens 2 decimalen)",
        ]),
        Case(description: "claim on a removed allocation", change: { f in
            f.allocationFiles["0743"]!.append(DeliveryFixture.allocation(number: "A3", client: "P009", changeReason: "13"))
            f.claimFiles["0743"]!.append(DeliveryFixture.claim(number: "A3", month: "2024-02", amount: "50,00", received: "2024-03-01"))
        }, errors: [], warnings: [
            "leveringen/2026-10/0743_declaraties.csv:4:1: gevonden een declaratie op toewijzing \"A3\", die verwijderd is (reden_wijziging 13), verwacht geen declaraties op verwijderde toewijzingen (de regel telt nergens mee)",
        ]),
        // Reference data.
        Case(description: "a product-year without tarief", change: { $0.tariffs.removeAll { $0.hasPrefix("45A01;2025") } }, errors: [
            "referentie/tarieven.csv:1:1: gevonden geen tarief voor product 45A01 in 2025, verwacht een regel 45A01;2025;<tarief>: toewijzing H1 van gemeente 0794 Helmond (leveringen/2026-10/0794_toewijzingen.csv) heeft dit product in 2025",
        ]),
        Case(description: "inwoners of an unknown municipality", change: { $0.inhabitants.append("9999;2024;10;100") }, errors: [
            "referentie/inwoners.csv:4:1: gevonden \"9999\" in gemeentecode, verwacht een gemeentecode uit gemeenten.csv",
        ]),
        Case(description: "unknown verblijf class", change: { $0.products[2] = "43A09;Pleegzorg;43;2;S3-wonen" }, errors: [
            "referentie/producten.csv:3:22: gevonden \"S3-wonen\" in verblijf, verwacht één van de waarden geen, S1-verblijf, S2-gezinsnabij, S2-wonen",
        ]),
        Case(description: "contract of an unknown provider", change: { $0.contracts.append("11112222;45A01;2022-01-01;") }, errors: [
            "referentie/contracten.csv:4:1: gevonden \"11112222\" in agb, verwacht een AGB-code uit aanbieders.csv",
        ]),
        // Files and folders.
        Case(description: "missing toewijzingen file", change: { $0.omittedFiles.insert(allocations) }, errors: [
            "leveringen/2026-10/0743_toewijzingen.csv:1:1: gevonden geen bestand, verwacht de toewijzingen van gemeente 0743 (Asten)",
        ]),
        Case(description: "a folder in place of a file", change: { $0.omittedFiles.insert(claims) }, after: { root in
            try FileManager.default.createDirectory(atPath: root + "/" + claims, withIntermediateDirectories: true)
        }, errors: [
            "leveringen/2026-10/0743_declaraties.csv:1:1: gevonden een map in plaats van een bestand, verwacht de declaraties van gemeente 0743 (Asten)",
        ]),
        Case(description: "a dangling link in place of a file", change: { $0.omittedFiles.insert(claims) }, after: { root in
            try FileManager.default.createSymbolicLink(atPath: root + "/" + claims, withDestinationPath: root + "/nergens.csv")
        }, errors: [
            "leveringen/2026-10/0743_declaraties.csv:1:1: gevonden een symbolische koppeling die nergens heen (of in een kring) wijst, verwacht de declaraties van gemeente 0743 (Asten)",
        ]),
        Case(description: "an escape sequence in a file name", change: raw("leveringen/2026-10/\u{1B}[2Jnotities.txt", Array("x\n".utf8)), errors: [], warnings: [
            "leveringen/2026-10/\\x1B[2Jnotities.txt:1:1: gevonden een onverwacht bestand, verwacht alleen bestanden <gemeentecode>_toewijzingen.csv, <gemeentecode>_declaraties.csv en <gemeentecode>_plaatsingen.csv (het bestand wordt genegeerd)",
        ]),
        // Plaatsingen (§7.9).
        Case(description: "plaatsing of a product without verblijf", change: raw(placements, DeliveryFixture.text([PlacementTests.header, "A1;3;J;J;J"])), errors: [
            "leveringen/2026-10/0743_plaatsingen.csv:2:1: gevonden toewijzing \"A1\" met product \"45A01\" zonder verblijf, verwacht een toewijzing van een product met verblijf (verblijf in producten.csv niet 'geen')",
        ]),
        Case(description: "negative distance", change: raw(placements, DeliveryFixture.text([PlacementTests.header, "A2;-3;J;J;J"])), errors: [
            "leveringen/2026-10/0743_plaatsingen.csv:2:4: gevonden \"-3\" in afstand_km, verwacht een afstand in km van 0 of meer zoals 12,5 (hoogstens 3 decimalen), of leeg (onbekend)",
        ]),
    ]

    @Test(arguments: cases)
    func reportsExactlyAndChangesNothing(_ c: Case) throws {
        var fixture = DeliveryFixture()
        c.change(&fixture)
        let folder = try fixture.write()
        try c.after(folder.path)
        let before = try folder.snapshot()
        let result = Loader.load(dataDirectory: folder.path)
        let after = try folder.snapshot()
        if ProcessInfo.processInfo.environment["DUMP_HOSTILE"] != nil {
            print("CASE \(c.description)\n  E " + result.errors.map(\.description).joined(separator: "\n  E ") + "\n  W " + result.warnings.map(\.description).joined(separator: "\n  W "))
        }
        #expect(result.errors.map(\.description) == c.errors)
        #expect(result.warnings.map(\.description) == c.warnings)
        #expect((result.dataset == nil) == !c.errors.isEmpty)
        // Read one file at a time, every line the general way (no `PlainLine`): the same
        // problems in the same order.
        let sequential = Loader.load(dataDirectory: folder.path, concurrent: false, plainLines: false)
        #expect(sequential.errors.map(\.description) == c.errors)
        #expect(sequential.warnings.map(\.description) == c.warnings)
        // The declaraties checked and not kept (as for `overview`): the same problems too.
        let checked = Loader.load(dataDirectory: folder.path, keepClaims: false)
        #expect(checked.errors.map(\.description) == c.errors)
        #expect(checked.warnings.map(\.description) == c.warnings)
        #expect(Set(before.keys) == Set(after.keys))
        for (path, file) in before {
            #expect(after[path]?.bytes == file.bytes, "\(path) changed")
            #expect(after[path]?.modified == file.modified, "\(path) touched")
        }
    }

    @Test func theCorpusIsLargeEnough() { #expect(Self.cases.count >= 40) }
}

import Testing
@testable import MonitorCore

/// Malformed delivery and reference rows, with the exact messages users see.
@Suite struct LoadingValidationTests {
    private let file = "leveringen/2026-10/0743_toewijzingen.csv"
    private let claimsFile = "leveringen/2026-10/0743_declaraties.csv"

    private func allocationErrors(_ rows: String...) -> [String] {
        let text = DeliveryFixture.text([DeliveryFixture.allocationHeader] + rows)
        let parsed = Loader.parseAllocations(bytes: text, file: file, municipality: "0743",
                                             products: ["45A01", "43A09"], providers: ["12345678", "87654321"])
        #expect(parsed.errors.isEmpty == parsed.isValid)
        #expect(parsed.isValid == (parsed.columns.count > 0) || rows.isEmpty)
        return parsed.errors.map(\.description)
    }

    private func claimErrors(_ rows: String...) -> [String] {
        let text = DeliveryFixture.text([DeliveryFixture.claimHeader] + rows)
        return Loader.parseClaims(bytes: text, file: claimsFile, municipality: "0743", allocationNumbers: ["A1"])
            .errors.map(\.description)
    }

    private typealias Row = DeliveryFixture

    @Test func problemsReadInTheContractsDutchForm() throws {
        let problem = Problem(severity: .error, file: "referentie/aanbieders.csv", line: 3, column: 10, columnName: "agb",
                              found: "\"x\" in agb", expected: "een AGB-code van 8 cijfers")
        #expect(problem.description == "referentie/aanbieders.csv:3:10: gevonden \"x\" in agb, verwacht een AGB-code van 8 cijfers")
        // Every problem the loader makes has the form `bestand:regel:kolom: gevonden …, verwacht …`.
        let errors = allocationErrors(Row.allocation(client: "", start: "2023/01/01"), Row.allocation(number: "A2", unit: "02"),
                                      Row.allocation(number: "A2", client: "123456782"))
        #expect(errors.count == 5)
        let form = try Regex(#"^[^:]+:[0-9]+:[0-9]+: gevonden "#)
        for error in errors {
            #expect(error.hasPrefix("\(file):"))
            #expect(error.contains(form), "\(error)")
            #expect(error.contains(", verwacht "), "\(error)")
            #expect(!error.contains("found") && !error.contains("expected"), "\(error)")
        }
    }

    @Test func acceptsAValidAllocation() {
        #expect(allocationErrors(Row.allocation(), Row.allocation(number: "A2", end: "2024-12-31", frequency: "6")) == [])
    }

    @Test func rejectsABadDate() {
        #expect(allocationErrors(Row.allocation(start: "2023/01/01")) == [
            "\(file):2:28: gevonden \"2023/01/01\" in ingangsdatum, verwacht een datum JJJJ-MM-DD of DD-MM-JJJJ",
        ])
    }

    @Test func rejectsAnImpossibleDate() {
        #expect(allocationErrors(Row.allocation(start: "2023-13-01"), Row.allocation(number: "A2", start: "30-02-2024")) == [
            "\(file):2:28: gevonden \"2023-13-01\" in ingangsdatum, verwacht een datum JJJJ-MM-DD of DD-MM-JJJJ",
            "\(file):3:28: gevonden \"30-02-2024\" in ingangsdatum, verwacht een datum JJJJ-MM-DD of DD-MM-JJJJ",
        ])
    }

    @Test func rejectsEmptyRequiredValues() {
        #expect(allocationErrors(Row.allocation(client: "", volume: "")) == [
            "\(file):2:4: gevonden een lege waarde in client, verwacht een pseudoniem",
            "\(file):2:36: gevonden een lege waarde in volume, verwacht een geheel getal van 0 of meer",
        ])
    }

    @Test func rejectsUnknownCodesOfEveryCodeList() {
        #expect(allocationErrors(Row.allocation(category: "4", unit: "02", frequency: "3", referrer: "07",
                                                changeReason: "12", endReason: "40")) == [
            "\(file):2:10: gevonden \"4\" in productcategorie, verwacht een code uit codelijst JZ020 (31-38, 40-58)",
            "\(file):2:42: gevonden \"02\" in eenheid, verwacht een code uit codelijst WJ756 (01, 04, 14, 16, 82-84)",
            "\(file):2:45: gevonden \"3\" in frequentie, verwacht een code uit codelijst WJ757 (1, 2, 4, 6)",
            "\(file):2:47: gevonden \"07\" in verwijzer, verwacht een code uit codelijst COD327 (01-06, 08)",
            "\(file):2:50: gevonden \"12\" in reden_wijziging, verwacht een code uit codelijst JZ002 (01-03, 13-41)",
            "\(file):2:53: gevonden \"40\" in reden_beeindiging, verwacht een code uit codelijst JZ588 (01-03, 31-39, 99)",
        ])
    }

    @Test func rejectsUnknownProductsAndProviders() {
        #expect(allocationErrors(Row.allocation(product: "99X99", provider: "11111111")) == [
            "\(file):2:13: gevonden \"99X99\" in productcode, verwacht een productcode uit producten.csv",
            "\(file):2:19: gevonden \"11111111\" in aanbieder, verwacht een AGB-code uit aanbieders.csv",
        ])
    }

    @Test func rejectsAnEinddatumBeforeTheIngangsdatum() {
        #expect(allocationErrors(Row.allocation(start: "2024-03-01", end: "29-02-2024")) == [
            "\(file):2:39: gevonden einddatum 2024-02-29 vóór ingangsdatum 2024-03-01, verwacht een einddatum op of na de ingangsdatum",
        ])
    }

    @Test func requiresAnEinddatumForFrequency6() {
        #expect(allocationErrors(Row.allocation(frequency: "6")) == [
            "\(file):2:39: gevonden een lege waarde in einddatum bij frequentie 6, verwacht een einddatum bij frequentie 6 (totaal binnen geldigheidsduur)",
        ])
    }

    @Test func requiresAnEinddatumForFrequency6EvenWithoutTheColumn() {
        let text = DeliveryFixture.text(["toewijzingnummer;client;productcategorie;productcode;aanbieder;ingangsdatum;volume;eenheid;frequentie",
                                         "A1;P001;45;45A01;12345678;2024-01-01;10;04;6"])
        let parsed = Loader.parseAllocations(bytes: text, file: file, municipality: "0743")
        #expect(parsed.columns.count == 0)
        #expect(parsed.errors.map(\.description) == [
            "\(file):2:1: gevonden een lege waarde in einddatum bij frequentie 6, verwacht een einddatum bij frequentie 6 (totaal binnen geldigheidsduur)",
        ])
    }

    @Test func showsLineBreaksOfFoundValuesEscaped() {
        let text = DeliveryFixture.text([DeliveryFixture.claimHeader, "A1;\"2024\n-01\";;1,00;2024-02-01"])
        let errors = Loader.parseClaims(bytes: text, file: claimsFile, municipality: "0743").errors.map(\.description)
        #expect(errors == ["\(claimsFile):2:4: gevonden \"2024\\n-01\" in zorgmaand, verwacht een maand JJJJ-MM"])
    }

    @Test func rejectsABSNAsClientWithoutShowingIt() {
        let errors = allocationErrors(Row.allocation(client: "123456782"), Row.allocation(number: "A2", client: "123456789"))
        #expect(errors == [
            "\(file):2:4: gevonden een BSN-achtige waarde \"12*****82\" in client, verwacht een pseudoniem dat geen BSN is (9 cijfers die voldoen aan de elfproef)",
        ])
        #expect(!errors.joined().contains("123456782"))
    }

    @Test func rejectsADuplicateToewijzingnummer() {
        #expect(allocationErrors(Row.allocation(number: "A1"), Row.allocation(number: "A2"), Row.allocation(number: "A1")) == [
            "\(file):4:1: gevonden \"A1\" in toewijzingnummer opnieuw (eerst op regel 2), verwacht elk toewijzingnummer één keer binnen de gemeente",
        ])
    }

    @Test func reportsEveryProblemOfAFile() {
        #expect(allocationErrors(Row.allocation(start: "x"), Row.allocation(number: "A2", volume: "1,5")).count == 2)
    }

    @Test func acceptsValidClaimsIncludingCredits() {
        let text = DeliveryFixture.text([DeliveryFixture.claimHeader, Row.claim(amount: "1.234,56"), Row.claim(amount: "-12,50"),
                                         Row.claim(amount: "99.9"), Row.claim(volume: "3", amount: "7")])
        let parsed = Loader.parseClaims(bytes: text, file: claimsFile, municipality: "0743", allocationNumbers: ["A1"])
        #expect(parsed.errors.isEmpty)
        #expect(parsed.columns.map { $0.amountCents } == [123_456, -1_250, 9_990, 700])
        #expect(parsed.columns.map { $0.careMonth } == Array(repeating: Month(year: 2024, month: 1), count: 4))
    }

    @Test func rejectsABadAmount() {
        #expect(claimErrors(Row.claim(amount: "12,345"), Row.claim(amount: "€ 5")) == [
            "\(claimsFile):2:13: gevonden \"12,345\" in bedrag, verwacht een bedrag in euro's zoals 1234.56, 1234,56 of 1.234,56 (hoogstens 2 decimalen)",
            "\(claimsFile):3:13: gevonden \"€ 5\" in bedrag, verwacht een bedrag in euro's zoals 1234.56, 1234,56 of 1.234,56 (hoogstens 2 decimalen)",
        ])
    }

    @Test func rejectsABadZorgmaand() {
        #expect(claimErrors(Row.claim(month: "2024-1")) == [
            "\(claimsFile):2:4: gevonden \"2024-1\" in zorgmaand, verwacht een maand JJJJ-MM",
        ])
    }

    @Test func rejectsAClaimForAnUnknownToewijzingnummer() {
        #expect(claimErrors(Row.claim(number: "B7")) == [
            "\(claimsFile):2:1: gevonden \"B7\" in toewijzingnummer, verwacht een toewijzingnummer uit 0743_toewijzingen.csv",
        ])
    }

    // MARK: Reference files

    @Test func checksMunicipalities() {
        let parsed = Loader.parseMunicipalities(bytes: Array("gemeentecode;naam;subregio\n743;Asten;Peel\n0762;Deurne;\n0762;Deurne;Peel\n".utf8))
        #expect(parsed.errors.map(\.description) == [
            "referentie/gemeenten.csv:2:1: gevonden \"743\" in gemeentecode, verwacht een gemeentecode van 4 cijfers",
            "referentie/gemeenten.csv:3:13: gevonden een lege waarde in subregio, verwacht een ingevulde waarde",
            "referentie/gemeenten.csv:4:1: gevonden \"0762\" in gemeentecode opnieuw (eerst op regel 3), verwacht elke gemeentecode één keer",
        ])
    }

    @Test func checksProducts() {
        let parsed = Loader.parseProducts(bytes: Array("productcode;omschrijving;productcategorie;segment;verblijf\n45A01;Ambulant;45;6;geen\n43A09;Pleegzorg;43;2;S2-pleeg\n".utf8))
        #expect(parsed.errors.map(\.description) == [
            "referentie/producten.csv:2:19: gevonden \"6\" in segment, verwacht een segment van 1 tot en met 5",
            "referentie/producten.csv:3:22: gevonden \"S2-pleeg\" in verblijf, verwacht één van de waarden geen, S1-verblijf, S2-gezinsnabij, S2-wonen",
        ])
    }

    @Test func checksContracts() {
        let parsed = Loader.parseContracts(
            bytes: Array("agb;productcode;ingangsdatum;einddatum\n11111111;45A01;2024-01-01;\n12345678;45A01;2024-01-01;2023-12-31\n".utf8),
            providers: ["12345678"], products: ["45A01"])
        #expect(parsed.errors.map(\.description) == [
            "referentie/contracten.csv:2:1: gevonden \"11111111\" in agb, verwacht een AGB-code uit aanbieders.csv",
            "referentie/contracten.csv:3:27: gevonden einddatum 2023-12-31 vóór ingangsdatum 2024-01-01, verwacht een einddatum op of na de ingangsdatum",
        ])
    }

    @Test func checksReferencesToMunicipalitiesAndProviders() {
        let inhabitants = Loader.parseInhabitants(bytes: Array("gemeentecode;jaar;jeugdigen;inwoners\n0999;2024;10;100\n".utf8),
                                                  municipalities: ["0743"])
        #expect(inhabitants.errors.map(\.description) == [
            "referentie/inwoners.csv:2:1: gevonden \"0999\" in gemeentecode, verwacht een gemeentecode uit gemeenten.csv",
        ])
        let accounts = Loader.parseAnnualAccounts(bytes: Array("gemeentecode;jaar;zorgkosten\n0743;24;1,5\n".utf8), municipalities: ["0743"])
        #expect(accounts.errors.map(\.description) == [
            "referentie/jaarrekening.csv:2:6: gevonden \"24\" in jaar, verwacht een jaartal JJJJ",
        ])
        let waits = Loader.parseWaitingTimes(bytes: Array("agb;productcode;peildatum;wachttijd_weken\n12345678;45A02;2024-01-01;-1\n".utf8),
                                             providers: ["12345678"], products: ["45A01"])
        #expect(waits.errors.map(\.description) == [
            "referentie/wachttijden.csv:2:10: gevonden \"45A02\" in productcode, verwacht een productcode uit producten.csv",
            "referentie/wachttijden.csv:2:27: gevonden \"-1\" in wachttijd_weken, verwacht een geheel getal van 0 of meer",
        ])
        let rmt = Loader.parseRMTCases(bytes: Array("casus;gemeentecode;aanmelddatum;passend_aanbod_datum;gecontracteerd\nR1;0743;2024-01-01;;ja\n".utf8),
                                       municipalities: ["0743"])
        #expect(rmt.errors.map(\.description) == [
            "referentie/rmt.csv:2:21: gevonden \"ja\" in gecontracteerd, verwacht J of N",
        ])
        let tariffs = Loader.parseTariffs(bytes: Array("productcode;jaar;tarief\n45A01;2024;85,12345\n".utf8), products: ["45A01"])
        #expect(tariffs.errors.map(\.description) == [
            "referentie/tarieven.csv:2:12: gevonden \"85,12345\" in tarief, verwacht een tarief in euro's zoals 12.3456 of 12,3456 (hoogstens 4 decimalen)",
        ])
    }
}

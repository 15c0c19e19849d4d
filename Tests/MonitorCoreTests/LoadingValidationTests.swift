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
        #expect(parsed.isValid == !parsed.rows.isEmpty || rows.isEmpty)
        return parsed.errors.map(\.description)
    }

    private func claimErrors(_ rows: String...) -> [String] {
        let text = DeliveryFixture.text([DeliveryFixture.claimHeader] + rows)
        return Loader.parseClaims(bytes: text, file: claimsFile, municipality: "0743", allocationNumbers: ["A1"])
            .errors.map(\.description)
    }

    private typealias Row = DeliveryFixture

    @Test func acceptsAValidAllocation() {
        #expect(allocationErrors(Row.allocation(), Row.allocation(number: "A2", end: "2024-12-31", frequency: "6")) == [])
    }

    @Test func rejectsABadDate() {
        #expect(allocationErrors(Row.allocation(start: "2023/01/01")) == [
            "\(file):2:28: found \"2023/01/01\" in ingangsdatum, expected a date YYYY-MM-DD or DD-MM-YYYY",
        ])
    }

    @Test func rejectsAnImpossibleDate() {
        #expect(allocationErrors(Row.allocation(start: "2023-13-01"), Row.allocation(number: "A2", start: "30-02-2024")) == [
            "\(file):2:28: found \"2023-13-01\" in ingangsdatum, expected a date YYYY-MM-DD or DD-MM-YYYY",
            "\(file):3:28: found \"30-02-2024\" in ingangsdatum, expected a date YYYY-MM-DD or DD-MM-YYYY",
        ])
    }

    @Test func rejectsEmptyRequiredValues() {
        #expect(allocationErrors(Row.allocation(client: "", volume: "")) == [
            "\(file):2:4: found an empty value in client, expected a non-empty value",
            "\(file):2:36: found an empty value in volume, expected a whole number",
        ])
    }

    @Test func rejectsUnknownCodesOfEveryCodeList() {
        #expect(allocationErrors(Row.allocation(category: "4", unit: "02", frequency: "3", referrer: "07",
                                                changeReason: "12", endReason: "40")) == [
            "\(file):2:10: found \"4\" in productcategorie, expected a JZ020 code (31-38, 40-58)",
            "\(file):2:42: found \"02\" in eenheid, expected a WJ756 code (01, 04, 14, 16, 82-84)",
            "\(file):2:45: found \"3\" in frequentie, expected a WJ757 code (1, 2, 4, 6)",
            "\(file):2:47: found \"07\" in verwijzer, expected a COD327 code (01-06, 08)",
            "\(file):2:50: found \"12\" in reden_wijziging, expected a JZ002 code (01-03, 13-41)",
            "\(file):2:53: found \"40\" in reden_beeindiging, expected a JZ588 code (01-03, 31-39, 99)",
        ])
    }

    @Test func rejectsUnknownProductsAndProviders() {
        #expect(allocationErrors(Row.allocation(product: "99X99", provider: "11111111")) == [
            "\(file):2:13: found \"99X99\" in productcode, expected a productcode from producten.csv",
            "\(file):2:19: found \"11111111\" in aanbieder, expected an AGB code from aanbieders.csv",
        ])
    }

    @Test func rejectsAnEinddatumBeforeTheIngangsdatum() {
        #expect(allocationErrors(Row.allocation(start: "2024-03-01", end: "29-02-2024")) == [
            "\(file):2:39: found einddatum 2024-02-29 before ingangsdatum 2024-03-01, expected an einddatum on or after the ingangsdatum",
        ])
    }

    @Test func requiresAnEinddatumForFrequency6() {
        #expect(allocationErrors(Row.allocation(frequency: "6")) == [
            "\(file):2:39: found an empty value in einddatum with frequentie 6, expected an einddatum when frequentie is 6 (totaal binnen geldigheidsduur)",
        ])
    }

    @Test func requiresAnEinddatumForFrequency6EvenWithoutTheColumn() {
        let text = DeliveryFixture.text(["toewijzingnummer;client;productcategorie;productcode;aanbieder;ingangsdatum;volume;eenheid;frequentie",
                                         "A1;P001;45;45A01;12345678;2024-01-01;10;04;6"])
        let parsed = Loader.parseAllocations(bytes: text, file: file, municipality: "0743")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.map(\.description) == [
            "\(file):2:1: found an empty value in einddatum with frequentie 6, expected an einddatum when frequentie is 6 (totaal binnen geldigheidsduur)",
        ])
    }

    @Test func showsLineBreaksOfFoundValuesEscaped() {
        let text = DeliveryFixture.text([DeliveryFixture.claimHeader, "A1;\"2024\n-01\";;1,00;2024-02-01"])
        let errors = Loader.parseClaims(bytes: text, file: claimsFile, municipality: "0743").errors.map(\.description)
        #expect(errors == ["\(claimsFile):2:4: found \"2024\\n-01\" in zorgmaand, expected a month YYYY-MM"])
    }

    @Test func rejectsABSNAsClientWithoutShowingIt() {
        let errors = allocationErrors(Row.allocation(client: "123456782"), Row.allocation(number: "A2", client: "123456789"))
        #expect(errors == [
            "\(file):2:4: found a BSN-like value \"12*****82\" in client, expected a pseudonym that is not a BSN (9 digits passing the eleven-test)",
        ])
        #expect(!errors.joined().contains("123456782"))
    }

    @Test func rejectsADuplicateToewijzingnummer() {
        #expect(allocationErrors(Row.allocation(number: "A1"), Row.allocation(number: "A2"), Row.allocation(number: "A1")) == [
            "\(file):4:1: found \"A1\" in toewijzingnummer again (first on line 2), expected each toewijzingnummer once within the municipality",
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
        #expect(parsed.rows.map(\.amountCents) == [123_456, -1_250, 9_990, 700])
        #expect(parsed.rows.map(\.volume) == [nil, nil, nil, 3])
    }

    @Test func rejectsABadAmount() {
        #expect(claimErrors(Row.claim(amount: "12,345"), Row.claim(amount: "€ 5")) == [
            "\(claimsFile):2:13: found \"12,345\" in bedrag, expected an amount in euros such as 1234.56, 1234,56 or 1.234,56 (at most 2 decimals)",
            "\(claimsFile):3:13: found \"€ 5\" in bedrag, expected an amount in euros such as 1234.56, 1234,56 or 1.234,56 (at most 2 decimals)",
        ])
    }

    @Test func rejectsABadZorgmaand() {
        #expect(claimErrors(Row.claim(month: "2024-1")) == [
            "\(claimsFile):2:4: found \"2024-1\" in zorgmaand, expected a month YYYY-MM",
        ])
    }

    @Test func rejectsAClaimForAnUnknownToewijzingnummer() {
        #expect(claimErrors(Row.claim(number: "B7")) == [
            "\(claimsFile):2:1: found \"B7\" in toewijzingnummer, expected a toewijzingnummer from 0743_toewijzingen.csv",
        ])
    }

    // MARK: Reference files

    @Test func checksMunicipalities() {
        let parsed = Loader.parseMunicipalities(bytes: Array("gemeentecode;naam;subregio\n743;Asten;Peel\n0762;Deurne;\n0762;Deurne;Peel\n".utf8))
        #expect(parsed.errors.map(\.description) == [
            "referentie/gemeenten.csv:2:1: found \"743\" in gemeentecode, expected a gemeentecode of 4 digits",
            "referentie/gemeenten.csv:3:13: found an empty value in subregio, expected a non-empty value",
            "referentie/gemeenten.csv:4:1: found \"0762\" in gemeentecode again (first on line 3), expected each gemeentecode once",
        ])
    }

    @Test func checksProducts() {
        let parsed = Loader.parseProducts(bytes: Array("productcode;omschrijving;productcategorie;segment;verblijf\n45A01;Ambulant;45;6;geen\n43A09;Pleegzorg;43;2;S2-pleeg\n".utf8))
        #expect(parsed.errors.map(\.description) == [
            "referentie/producten.csv:2:19: found \"6\" in segment, expected a segment 1 to 5",
            "referentie/producten.csv:3:22: found \"S2-pleeg\" in verblijf, expected one of geen, S1-verblijf, S2-gezinsnabij, S2-wonen",
        ])
    }

    @Test func checksContracts() {
        let parsed = Loader.parseContracts(
            bytes: Array("agb;productcode;ingangsdatum;einddatum\n11111111;45A01;2024-01-01;\n12345678;45A01;2024-01-01;2023-12-31\n".utf8),
            providers: ["12345678"], products: ["45A01"])
        #expect(parsed.errors.map(\.description) == [
            "referentie/contracten.csv:2:1: found \"11111111\" in agb, expected an AGB code from aanbieders.csv",
            "referentie/contracten.csv:3:27: found einddatum 2023-12-31 before ingangsdatum 2024-01-01, expected an einddatum on or after the ingangsdatum",
        ])
    }

    @Test func checksReferencesToMunicipalitiesAndProviders() {
        let inhabitants = Loader.parseInhabitants(bytes: Array("gemeentecode;jaar;jeugdigen;inwoners\n0999;2024;10;100\n".utf8),
                                                  municipalities: ["0743"])
        #expect(inhabitants.errors.map(\.description) == [
            "referentie/inwoners.csv:2:1: found \"0999\" in gemeentecode, expected a gemeentecode from gemeenten.csv",
        ])
        let accounts = Loader.parseAnnualAccounts(bytes: Array("gemeentecode;jaar;zorgkosten\n0743;24;1,5\n".utf8), municipalities: ["0743"])
        #expect(accounts.errors.map(\.description) == [
            "referentie/jaarrekening.csv:2:6: found \"24\" in jaar, expected a year YYYY",
        ])
        let waits = Loader.parseWaitingTimes(bytes: Array("agb;productcode;peildatum;wachttijd_weken\n12345678;45A02;2024-01-01;-1\n".utf8),
                                             providers: ["12345678"], products: ["45A01"])
        #expect(waits.errors.map(\.description) == [
            "referentie/wachttijden.csv:2:10: found \"45A02\" in productcode, expected a productcode from producten.csv",
            "referentie/wachttijden.csv:2:27: found \"-1\" in wachttijd_weken, expected a whole number of 0 or more",
        ])
        let rmt = Loader.parseRMTCases(bytes: Array("casus;gemeentecode;aanmelddatum;passend_aanbod_datum;gecontracteerd\nR1;0743;2024-01-01;;ja\n".utf8),
                                       municipalities: ["0743"])
        #expect(rmt.errors.map(\.description) == [
            "referentie/rmt.csv:2:21: found \"ja\" in gecontracteerd, expected J or N",
        ])
        let tariffs = Loader.parseTariffs(bytes: Array("productcode;jaar;tarief\n45A01;2024;85,12345\n".utf8), products: ["45A01"])
        #expect(tariffs.errors.map(\.description) == [
            "referentie/tarieven.csv:2:12: found \"85,12345\" in tarief, expected a tariff in euros such as 12.3456 or 12,3456 (at most 4 decimals)",
        ])
    }
}

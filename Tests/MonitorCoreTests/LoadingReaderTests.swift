import Testing
@testable import MonitorCore

/// The delimited-text layer: delimiters, quotes, line endings, encodings, header handling.
@Suite struct LoadingReaderTests {
    private func providers(_ text: String) -> ParsedFile<Provider> {
        Loader.parseProviders(bytes: Array(text.utf8), file: "referentie/aanbieders.csv")
    }

    @Test func readsSemicolonSeparatedText() {
        let parsed = providers("agb;naam\n12345678;De Peel, Zorg\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows == [Provider(agb: "12345678", name: "De Peel, Zorg")])
    }

    @Test func readsCommaSeparatedTextWhenTheHeaderHasNoSemicolon() {
        let parsed = providers("agb,naam\n12345678,\"De Peel; Zorg\"\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows == [Provider(agb: "12345678", name: "De Peel; Zorg")])
    }

    @Test func skipsTheByteOrderMarkAndReadsCRLF() {
        let parsed = Loader.parseProviders(bytes: [0xEF, 0xBB, 0xBF] + Array("agb;naam\r\n12345678;Één\r\n".utf8))
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows == [Provider(agb: "12345678", name: "Één")])
    }

    @Test func readsQuotedFieldsWithDelimitersQuotesAndNewlines() {
        let parsed = providers("agb;naam\n\"12345678\";\"Zorg; \"\"De Peel\"\"\nen omgeving\"\n87654321;Twee\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows == [
            Provider(agb: "12345678", name: "Zorg; \"De Peel\"\nen omgeving"),
            Provider(agb: "87654321", name: "Twee"),
        ])
    }

    @Test func countsPhysicalLinesAfterAQuotedNewline() {
        let parsed = providers("agb;naam\n11111111;\"a\nb\"\n123;c\n")
        #expect(parsed.errors.map(\.description) == [
            "referentie/aanbieders.csv:4:1: found \"123\" in agb, expected an AGB code of 8 digits",
        ])
    }

    @Test func skipsEmptyLines() {
        let parsed = providers("\nagb;naam\n\n12345678;Een\r\n\r\n87654321;Twee")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows.map(\.agb) == ["12345678", "87654321"])
    }

    @Test func acceptsColumnsInAnyOrderAndHeadersInAnyCase() {
        let parsed = providers(" NAAM ;Agb\nEen;12345678\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.warnings.isEmpty)
        #expect(parsed.rows == [Provider(agb: "12345678", name: "Een")])
    }

    @Test func readsWindows1252() {
        // "Zorg Eén € 5" in Windows-1252: 0xE9 = é, 0x80 = €; 0xEB = ë.
        let bytes = Array("agb;naam\n12345678;Zorg E".utf8) + [0xE9] + Array("n ".utf8) + [0x80] + Array(" 5\n87654321;Pleegzorg Mo".utf8) + [0xEB] + Array("l\n".utf8)
        let parsed = Loader.parseProviders(bytes: bytes)
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows.map(\.name) == ["Zorg Eén € 5", "Pleegzorg Moël"])
    }

    @Test func decodesEveryWindows1252ByteToUnicode() {
        let decoded = String(decoding: TextDecoding.utf8(from: [0x80, 0x8A, 0x93, 0x94, 0x99, 0xEB, 0xFF]), as: UTF8.self)
        #expect(decoded == "€Š“”™ëÿ")
    }

    @Test func warnsAboutAnUnknownColumn() {
        let parsed = providers("agb;naam;Opmerking\n12345678;Een;x\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows.count == 1)
        #expect(parsed.warnings.map(\.description) == [
            "referentie/aanbieders.csv:1:10: found unknown column \"opmerking\", expected only the columns agb;naam (the column is ignored)",
        ])
    }

    @Test func rejectsAMissingRequiredColumn() {
        let parsed = providers("agb\n12345678\n")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.map(\.description) == [
            "referentie/aanbieders.csv:1:1: found no column \"naam\", expected the required columns agb;naam",
        ])
    }

    @Test func rejectsADuplicateColumn() {
        let parsed = providers("agb;naam;AGB\n12345678;Een;12345678\n")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.map(\.description) == [
            "referentie/aanbieders.csv:1:10: found column \"agb\" a second time, expected each column once",
        ])
    }

    @Test func rejectsAnEmptyFile() {
        #expect(providers("\n\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:1:1: found an empty file, expected a header row with the columns agb;naam",
        ])
    }

    @Test func rejectsRowsWithTheWrongNumberOfFields() {
        #expect(providers("agb;naam\n12345678;Een;extra\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:1: found 3 fields, expected 2 fields, one per header column",
        ])
    }

    @Test func rejectsBrokenQuotes() {
        #expect(providers("agb;naam\n12345678;\"Een\"x\n87654321;\"Twee\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:15: found text after a closing quote, expected a delimiter or the end of the line after a quoted field",
            "referentie/aanbieders.csv:3:10: found a quoted field without its closing quote, expected a closing \" before the end of the file",
        ])
    }

    @Test func countsColumnsInCharactersNotBytes() {
        // `ë` is two bytes in UTF-8 but one character on screen.
        #expect(providers("agb;naam\nëëë;x\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:1: found \"ëëë\" in agb, expected an AGB code of 8 digits",
        ])
        #expect(providers("naam;agb\nëëë;x\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:5: found \"x\" in agb, expected an AGB code of 8 digits",
        ])
    }

    @Test func capsTheProblemsOfAGarbageFile() {
        let text = "agb;naam\n" + String(repeating: "x;y\n", count: 250)
        let errors = providers(text).errors.map(\.description)
        #expect(errors.count == 201)
        #expect(errors.last == "referentie/aanbieders.csv:202:1: found … and 50 more problems from this line on, expected at most 200 listed per file")
    }
}

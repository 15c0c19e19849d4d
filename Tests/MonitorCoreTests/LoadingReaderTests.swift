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
            "referentie/aanbieders.csv:4:1: gevonden \"123\" in agb, verwacht een AGB-code van 8 cijfers",
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
        let decoded = String(decoding: TextDecoding.transcodeWindows1252([0x80, 0x8A, 0x93, 0x94, 0x99, 0xEB, 0xFF]), as: UTF8.self)
        #expect(decoded == "€Š“”™ëÿ")
    }

    /// The check of a later chunk, sixteen bytes at a time: one NUL or high byte anywhere, in
    /// the vector part or the tail, makes a chunk not plain; the scan of a whole file agrees.
    @Test func findsTheOneByteThatIsNotPlainASCII() {
        for length in 0...40 {
            let plain = (0..<length).map { UInt8(ascii: "a") + UInt8($0 % 26) }
            #expect(TextDecoding.isPlainASCII(plain))
            for position in 0..<length {
                for byte: UInt8 in [0x00, 0x80, 0xC3, 0xFF] {
                    var bytes = plain
                    bytes[position] = byte
                    #expect(!TextDecoding.isPlainASCII(bytes), "\(length) \(position) \(byte)")
                    let scan = TextDecoding.scan(bytes)
                    #expect(scan.hasNUL || scan.firstHighByte != nil)
                }
            }
        }
    }

    @Test func warnsAboutAnUnknownColumn() {
        let parsed = providers("agb;naam;Opmerking\n12345678;Een;x\n")
        #expect(parsed.errors.isEmpty)
        #expect(parsed.rows.count == 1)
        #expect(parsed.warnings.map(\.description) == [
            "referentie/aanbieders.csv:1:10: gevonden onbekende kolom \"opmerking\", verwacht alleen de kolommen agb;naam (de kolom wordt genegeerd)",
        ])
    }

    @Test func rejectsAMissingRequiredColumn() {
        let parsed = providers("agb\n12345678\n")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.map(\.description) == [
            "referentie/aanbieders.csv:1:1: gevonden geen kolom \"naam\", verwacht de verplichte kolommen agb;naam",
        ])
    }

    @Test func rejectsADuplicateColumn() {
        let parsed = providers("agb;naam;AGB\n12345678;Een;12345678\n")
        #expect(parsed.rows.isEmpty)
        #expect(parsed.errors.map(\.description) == [
            "referentie/aanbieders.csv:1:10: gevonden kolom \"agb\" voor de tweede keer, verwacht elke kolom één keer",
        ])
    }

    @Test func rejectsAnEmptyFile() {
        #expect(providers("\n\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:1:1: gevonden een leeg bestand, verwacht een kopregel met de kolommen agb;naam",
        ])
    }

    @Test func rejectsRowsWithTheWrongNumberOfFields() {
        #expect(providers("agb;naam\n12345678;Een;extra\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:1: gevonden 3 velden, verwacht 2 velden, één per kolom in de kopregel",
        ])
    }

    @Test func rejectsBrokenQuotes() {
        #expect(providers("agb;naam\n12345678;\"Een\"x\n87654321;\"Twee\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:15: gevonden tekst na een afsluitend aanhalingsteken, verwacht een scheidingsteken of het einde van de regel na een veld tussen aanhalingstekens",
            "referentie/aanbieders.csv:3:10: gevonden een veld tussen aanhalingstekens zonder afsluitend aanhalingsteken, verwacht een afsluitend \" vóór het einde van het bestand",
        ])
    }

    @Test func countsColumnsInCharactersNotBytes() {
        // `ë` is two bytes in UTF-8 but one character on screen.
        #expect(providers("agb;naam\nëëë;x\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:1: gevonden \"ëëë\" in agb, verwacht een AGB-code van 8 cijfers",
        ])
        #expect(providers("naam;agb\nëëë;x\n").errors.map(\.description) == [
            "referentie/aanbieders.csv:2:5: gevonden \"x\" in agb, verwacht een AGB-code van 8 cijfers",
        ])
    }

    @Test func capsTheProblemsOfAGarbageFile() {
        let text = "agb;naam\n" + String(repeating: "x;y\n", count: 250)
        let errors = providers(text).errors.map(\.description)
        #expect(errors.count == 201)
        #expect(errors.last == "referentie/aanbieders.csv:202:1: gevonden … en nog 50 problemen vanaf deze regel, verwacht hoogstens 200 meldingen per bestand")
    }
}

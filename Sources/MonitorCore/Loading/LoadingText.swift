/// Every text the loader shows to users, in Dutch, in one place.
///
/// A problem reads `bestand:regel:kolom: gevonden …, verwacht …` (contract §2): the
/// `found` texts below complete "gevonden", the `expected` texts complete "verwacht".
/// Column names, file names and codes are the contract's own and are never translated;
/// date and month formats are written the Dutch way (`JJJJ-MM-DD`).
enum LoadingText {
    static func noAllocationsDelivered(_ municipality: String) -> String { "alleen een kopregel: gemeente \(municipality) leverde geen toewijzingen" }
    static let allocationRows = "een regel per toewijzing"

    // MARK: Problem form

    /// `bestand:regel:kolom: gevonden <found>, verwacht <expected>`.
    static func problem(file: String, line: Int, column: Int, found: String, expected: String) -> String {
        "\(file):\(line):\(column): gevonden \(found), verwacht \(expected)"
    }

    /// Found: the summary after the per-file cap, at the first problem that was left off.
    static func unlistedProblems(_ count: Int) -> String {
        "… en nog \(count) \(count == 1 ? "probleem" : "problemen") vanaf deze regel"
    }

    /// Expected: the per-file cap of listed problems.
    static func listedAtMost(_ limit: Int) -> String { "hoogstens \(limit) meldingen per bestand" }

    // MARK: Value formats (expected)

    static let nonEmptyValue = "een ingevulde waarde"
    static let pseudonym = "een pseudoniem"
    static let gemeentecode = "een gemeentecode van 4 cijfers"
    static let agb = "een AGB-code van 8 cijfers"
    static let date = "een datum JJJJ-MM-DD of DD-MM-JJJJ"
    static let month = "een maand JJJJ-MM"
    static let wholeNumber = "een geheel getal"
    static let count = "een geheel getal van 0 of meer"
    static let year = "een jaartal JJJJ"
    static let segment = "een segment van 1 tot en met 5"
    static let amount = "een bedrag in euro's zoals 1234.56, 1234,56 of 1.234,56 (hoogstens 2 decimalen)"
    static let tariff = "een tarief in euro's zoals 12.3456 of 12,3456 (hoogstens 4 decimalen)"
    static let yesNo = "J of N"
    static let yesNoOrUnknown = "J, N of leeg (onbekend)"
    static let textFile = "een tekstbestand (puntkomma- of kommagescheiden) in UTF-8 of Windows-1252"
    static let utf16File = "een bestand in UTF-16 (bijvoorbeeld 'Unicode-tekst' uit Excel)"
    static let zipFile = "een Excel-werkmap of ander zip-bestand, geen tekst"
    static let oldExcelFile = "een Excel-werkmap (.xls), geen tekst"
    static let pdfFile = "een PDF-bestand, geen tekst"
    static let binaryFile = "binaire gegevens, geen tekst"
    static let nulByte = "een NUL-byte (0x00)"
    static let noNulBytes = "tekst zonder NUL-bytes"
    static func strayByte(_ b: UInt8) -> String { "byte 0x\(hex(b)), ongeldig in UTF-8, in een verder UTF-8-bestand" }
    static let oneEncoding = "één codering in het hele bestand: UTF-8 of Windows-1252"
    static func undefinedByte(_ b: UInt8) -> String { "byte 0x\(hex(b)), die Windows-1252 niet kent" }
    static let windows1252Text = "tekst in UTF-8 of Windows-1252"
    private static func hex(_ b: UInt8) -> String { let h = String(b, radix: 16, uppercase: true); return h.count < 2 ? "0" + h : h }
    static let distance = "een afstand in km van 0 of meer zoals 12,5 (hoogstens 3 decimalen), of leeg (onbekend)"

    /// Expected: a value from an iJw code list, e.g. `een code uit codelijst WJ756 (01, 04, 14, 16, 82-84)`.
    static func code(list: String, codes: String) -> String { "een code uit codelijst \(list) (\(codes))" }

    /// Expected: one of the listed values, e.g. the `verblijf` classes.
    static func oneOf(_ values: [String]) -> String { "één van de waarden " + values.joined(separator: ", ") }

    // MARK: Values in a row (found)

    /// Found: a required value left empty.
    static func emptyValue(in column: String) -> String { "een lege waarde in \(column)" }

    /// Found: a value as written, already quoted by `Shown.quoted`.
    static func value(_ quoted: String, in column: String) -> String { "\(quoted) in \(column)" }

    /// Found: a row lacks an (optional) column that a check needs.
    static func missingColumnInRow(_ column: String) -> String { "geen kolom \(column)" }

    /// Found: a key value seen before in the same file.
    static func repeatedValue(_ quoted: String, in column: String, firstLine: Int) -> String {
        "\(quoted) in \(column) opnieuw (eerst op regel \(firstLine))"
    }

    /// Expected: each key value once, optionally within a scope such as `binnen de gemeente`.
    static func eachOnce(_ column: String, scope: String?) -> String {
        // Dutch `elk` for het-words, `elke` for de-words; only these key columns are het-words.
        let every = ["toewijzingnummer", "jaar"].contains(column) ? "elk" : "elke"
        return "\(every) \(column) één keer" + (scope.map { " \($0)" } ?? "")
    }

    static let withinMunicipality = "binnen de gemeente"
    static let perGemeentecode = "per gemeentecode"
    static let perProductcode = "per productcode"

    /// Found: an end date before the start date.
    static func endBeforeStart(end: String, start: String) -> String { "einddatum \(end) vóór ingangsdatum \(start)" }
    static let endOnOrAfterStart = "een einddatum op of na de ingangsdatum"

    /// Found: a client value that passes the BSN eleven-test, shown masked.
    static func bsnLikeValue(_ quotedMasked: String) -> String { "een BSN-achtige waarde \(quotedMasked) in client" }
    static let pseudonymNotBSN = "een pseudoniem dat geen BSN is (9 cijfers die voldoen aan de elfproef)"

    static let emptyEndWithFrequency6 = "een lege waarde in einddatum bij frequentie 6"
    static let endRequiredWithFrequency6 = "een einddatum bij frequentie 6 (totaal binnen geldigheidsduur)"

    // MARK: References to other files (expected)

    static let productcodeFromProducts = "een productcode uit producten.csv"
    static let agbFromProviders = "een AGB-code uit aanbieders.csv"
    static let gemeentecodeFromMunicipalities = "een gemeentecode uit gemeenten.csv"
    static func toewijzingnummer(from allocationsFile: String) -> String { "een toewijzingnummer uit \(allocationsFile)" }

    static func claimOnRemovedAllocation(_ quotedNumber: String) -> String {
        "een declaratie op toewijzing \(quotedNumber), die verwijderd is (reden_wijziging 13)"
    }
    static let noClaimsOnRemovedAllocations = "geen declaraties op verwijderde toewijzingen (de regel telt nergens mee)"
    static func careMonthWithin(first: String, last: String) -> String { "een zorgmaand van \(first) tot en met de leveringsmaand \(last)" }
    static func receivedBeforeCareMonth(received: String, careMonth: String) -> String {
        "ontvangstdatum \(received) vóór zorgmaand \(careMonth)"
    }
    static let receivedFromCareMonth = "een ontvangstdatum op of na de eerste dag van de zorgmaand"
    static func missingTariff(product: String, year: Int) -> String { "geen tarief voor product \(product) in \(year)" }
    static func tariffNeeded(product: String, year: Int, allocation: String, municipality: String, file: String) -> String {
        "een regel \(product);\(year);<tarief>: toewijzing \(allocation) van gemeente \(municipality) (\(file)) heeft dit product in \(year)"
    }
    static let directoryNotFile = "een map in plaats van een bestand"
    static let brokenLink = "een symbolische koppeling die nergens heen (of in een kring) wijst"
    static func noDataFolder(_ path: String) -> String { "geen map \(path)" }
    static let dataFolder = "een datamap met referentie/ en leveringen/"

    /// Found: a plaatsing on an allocation whose product has no verblijf.
    static func placementWithoutResidence(_ quotedNumber: String, product: String) -> String {
        "toewijzing \(quotedNumber) met product \(product) zonder verblijf"
    }
    static let residentialAllocation = "een toewijzing van een product met verblijf (verblijf in producten.csv niet 'geen')"

    // MARK: Structure of a file

    static let unclosedQuote = "een veld tussen aanhalingstekens zonder afsluitend aanhalingsteken"
    static let closingQuoteBeforeEnd = "een afsluitend \" vóór het einde van het bestand"
    static let textAfterClosingQuote = "tekst na een afsluitend aanhalingsteken"
    static let delimiterAfterQuotedField = "een scheidingsteken of het einde van de regel na een veld tussen aanhalingstekens"

    static let emptyFile = "een leeg bestand"
    static func headerRow(columns: String) -> String { "een kopregel met de kolommen \(columns)" }
    static let unnamedColumn = "een kolom zonder naam"
    static func unknownColumn(_ quoted: String) -> String { "onbekende kolom \(quoted)" }
    static func onlyColumns(_ columns: String) -> String { "alleen de kolommen \(columns) (de kolom wordt genegeerd)" }
    static func repeatedColumn(_ quoted: String) -> String { "kolom \(quoted) voor de tweede keer" }
    static let eachColumnOnce = "elke kolom één keer"
    static func missingColumn(_ quoted: String) -> String { "geen kolom \(quoted)" }
    static func requiredColumns(_ columns: String) -> String { "de verplichte kolommen \(columns)" }

    /// Found: the number of fields in a row.
    static func fields(_ count: Int) -> String { "\(count) \(count == 1 ? "veld" : "velden")" }
    /// Expected: as many fields as the header has columns.
    static func fieldsPerHeader(_ count: Int) -> String {
        "\(count) \(count == 1 ? "veld" : "velden"), één per kolom in de kopregel"
    }

    // MARK: Files and folders

    static let noFile = "geen bestand"
    static let unreadableFile = "een bestand dat niet te lezen is"
    static let readableFile = "een leesbaar bestand"
    /// Expected: a reference file, e.g. `aanbieders.csv met de kolommen agb;naam`.
    static func referenceFile(_ name: String, columns: String) -> String { "\(name) met de kolommen \(columns)" }

    static let noDeliveryFolder = "geen leveringsmap"
    static let aDeliveryFolder = "een map leveringen/JJJJ-MM"
    /// Expected: the named delivery folder with its files.
    static func deliveryFolder(_ path: String) -> String {
        "een map \(path) met per gemeente een toewijzingen- en een declaratiesbestand"
    }
    static let strayDeliveryEntry = "een bestand of map die geen leveringsmap is"
    static let onlyDeliveryFolders = "alleen mappen met een naam JJJJ-MM in leveringen (dit wordt genegeerd)"

    /// Expected: a municipality's file, e.g. `de toewijzingen van gemeente 0743 (Asten)`.
    static func allocationsOf(_ code: String, name: String?) -> String { "de toewijzingen van gemeente \(code)\(named(name))" }
    static func claimsOf(_ code: String, name: String?) -> String { "de declaraties van gemeente \(code)\(named(name))" }
    static func placementsOf(_ code: String, name: String?) -> String { "de plaatsingen van gemeente \(code)\(named(name))" }
    private static func named(_ name: String?) -> String { name.map { " (\($0))" } ?? "" }

    static func fileForUnknownMunicipality(_ quotedCode: String) -> String { "een bestand voor onbekende gemeentecode \(quotedCode)" }
    static let onlyKnownMunicipalities = "alleen bestanden van gemeenten uit gemeenten.csv (het bestand wordt genegeerd)"
    static let unexpectedFile = "een onverwacht bestand"
    /// Expected: only the two delivery file kinds, given by their name suffixes.
    static func onlyDeliveryFiles(allocationsSuffix: String, claimsSuffix: String, placementsSuffix: String) -> String {
        "alleen bestanden <gemeentecode>\(allocationsSuffix), <gemeentecode>\(claimsSuffix) en <gemeentecode>\(placementsSuffix) (het bestand wordt genegeerd)"
    }

    /// Found: indexing refused data that validation let through (a safety net, not a path).
    static func inconsistentData(_ reason: String) -> String { "inconsistente gegevens (\(reason))" }
    static let indexableData = "gegevens die de indexering doorstaan"

    // MARK: Dataset indexing (DatasetError descriptions)

    static func unknownMunicipality(_ code: String) -> String { "onbekende gemeentecode \(code)" }
    static func unknownProduct(_ code: String, allocation: String) -> String {
        "toewijzing \(allocation): onbekende productcode \(code)"
    }
    static func unknownProvider(_ agb: String, allocation: String) -> String {
        "toewijzing \(allocation): onbekende aanbieder \(agb)"
    }
    static func unknownAllocation(_ number: String, municipality: String) -> String {
        "declaratie op onbekend toewijzingnummer \(number) van gemeente \(municipality)"
    }
    static func repeatedAllocation(municipality: String) -> String { "een toewijzingnummer van gemeente \(municipality) komt meer dan eens voor" }
    static func unknownTariffProduct(_ code: String, year: Int) -> String { "tarief \(year) voor onbekende productcode \(code)" }
    static func unknownContractReference(provider: String, product: String) -> String {
        "contract van aanbieder \(provider) voor productcode \(product): een van beide is onbekend"
    }
}

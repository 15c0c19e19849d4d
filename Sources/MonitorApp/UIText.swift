import MonitorCore

/// The Dutch text of the dashboard's shared parts: status messages, prompt, help, header.
/// A screen's own texts stay with its key bindings, in its folder.
enum UIText {
    static let appName = " Jeugdmonitor "
    static let demoBadge = " DEMO-DATA "
    static func delivery(_ month: Month) -> String { "levering \(DutchCalendar.name(of: month))" }

    static let loadingTitle = "levering inlezen"
    static let loadingStatus = "Bezig met inlezen… (q stopt)"
    static let waitingStatus = "Wacht op de declaraties (Tab: ander scherm, 1: 0-meting, q stopt)"
    static let loadingFirstScreen = "Eerst de toewijzingen: daarna verschijnt de 0-meting."
    static func claimsLoadingBadge(percent: Int) -> String { " DECLARATIES INLEZEN \(percent)% " }
    static let loadingClaims = "Dit scherm rekent met de declaraties; die worden nog ingelezen."
    static func computing(_ screen: String) -> String { "Bezig met berekenen: \(screen)…" }
    static let computingStatus = "De cijfers van dit scherm worden berekend (Tab: ander scherm, q stopt)"
    static func loadedFiles(done: Int, of total: Int) -> String { "\(done) van \(total) bestanden gelezen" }
    static func loadedBytes(_ done: String, of total: String) -> String { "\(done) van \(total) MB" }
    static func megabytesPerSecond(_ rate: String) -> String { "\(rate) MB/s" }
    static func loadedRows(_ rows: String) -> String { "\(rows) regels" }

    static let publishedOrder = "Volgorde zoals gepubliceerd"
    static func sorted(by column: String, descending: Bool) -> String {
        "Gesorteerd op \(column), \(descending ? "aflopend" : "oplopend")"
    }
    static let labelColumn = "rijnaam"
    static let filterPrompt = "Filter regels (Enter: klaar, Esc: wissen): "
    static let filterCleared = "Filter gewist"
    static func filtered(_ text: String, rows: Int) -> String { "Filter \"\(text)\": \(rows) rij(en)" }
    static let noRows = "Geen regels (filter: \"/\" om te wijzigen, Esc om te wissen)"
    static func sortBadge(_ column: String, descending: Bool) -> String { "  sortering: \(column) \(descending ? "↓" : "↑")" }
    static func filterBadge(_ text: String, rows: Int) -> String { "  filter: \"\(text)\" (\(rows))" }

    static func exported(_ path: String) -> String { "Geëxporteerd: \(path)" }
    static func briefWritten(_ path: String) -> String { "Gespreksnotitie: \(path)" }
    static let noOtherDeliveries = "Geen andere levering te laden"
    static func deliveryRefused(_ month: Month, errors: Int) -> String { "Levering \(DutchCalendar.name(of: month)) laadt niet: \(errors) fout(en)" }
    static func deliveryRefusedOlderShown(_ month: Month, errors: Int, shown: Month) -> String {
        "\(DutchCalendar.name(of: month).prefix(1).uppercased() + DutchCalendar.name(of: month).dropFirst()) geweigerd: \(errors) fout(en), zie Leveringen; \(DutchCalendar.name(of: shown)) getoond"
    }
    static func deliveryShown(_ month: Month) -> String { "Elk scherm toont nu levering \(DutchCalendar.name(of: month))" }
    static func exportFailed(path: String, cause: String) -> String { "Export mislukt: \(path): \(cause)" }
    // Causes of a failed export, by errno.
    static let diskFull = "schijf vol", quotaExceeded = "schijfquotum bereikt"
    static let noWritePermission = "geen schrijfrechten", notPermitted = "niet toegestaan"
    static let readOnlyFileSystem = "alleen-lezen bestandssysteem", folderMissing = "map bestaat niet"
    static let notAFolder = "geen map", inputOutputError = "lees-/schrijffout van het apparaat"
    static let nameTooLong = "naam te lang", alreadyExists = "bestaat al"
    static let exportCornerFallback = "rij"

    static func helpTitle(_ screen: String) -> String { "Toetsen — \(screen)" }
    static let helpHint = "hulp"
    static let markMunicipality = "markeer de gemeente onder de cursor als mijn gemeente, op elk scherm (nog eens: weg)"
    static let noMunicipalityUnderCursor = "Geen gemeente onder de cursor"
    static let municipalityUnmarked = "Geen gemeente meer gemarkeerd"
    static func municipalityMarked(_ name: String) -> String { "Mijn gemeente: \(name), gemarkeerd op elk scherm" }
    static func myMunicipality(_ name: String) -> String { "◆ \(name)" }
    static let protectSmallCells = "kleine aantallen (1–4) afschermen als <5, op elk scherm en in export (nog eens: uit)"
    static let protectedBadge = " AFGESCHERMD <5 "
    static let smallCellsProtected = "Afgeschermd: 1 tot en met 4 cliënten, toewijzingen of trajecten en wat daaruit berekend is staan als <5, ook in exports"
    static let smallCellsShown = "Kleine aantallen weer zichtbaar"
    static let screenHint = "scherm"
    static let noChartData = "Geen gegevens voor deze keuze"

    // Shared keys.
    static let up = "regel omhoog", down = "regel omlaag", left = "kolom naar links", right = "kolom naar rechts"
    static let pageUp = "pagina omhoog", pageDown = "pagina omlaag"
    static let halfPageUp = "halve pagina omhoog", halfPageDown = "halve pagina omlaag"
    static let firstRow = "eerste regel", lastRow = "laatste regel", firstColumn = "eerste kolom", lastColumn = "laatste kolom"
    static let sortAscending = "sorteer oplopend op de cursorkolom (nog eens: wissen)", sortDescending = "sorteer aflopend"
    static let filter = "filter regels op naam (Enter houdt, Esc wist)"
    static let export = "exporteer de tabel in beeld naar CSV"
    static let nextScreen = "volgend scherm", previousScreen = "vorig scherm"
    static func screen(_ title: String) -> String { "scherm \(title)" }
    static let help = "deze hulp"
    static let quit = "stoppen (of de prompt sluiten)"
    static let sortHint = "sorteer", filterHint = "filter", exportHint = "export", quitHint = "stop"
}

import MonitorCore
import TerminalUI

/// The Dutch messages of the command line: refusals of options, load failures, notices.
/// Option help stays beside each option, as swift-argument-parser declares it.
enum CLIText {
    static let reportNameMissing = "Geef de naam van een tabel, of --list voor alle tabellen."
    static func unknownReport(_ name: String) -> String {
        "Onbekende tabel \"\(Safe.text(name))\". Bestaande tabellen: \(ReportName.allCases.map(\.rawValue).joined(separator: ", "))."
    }
    static func optionNotFor(_ option: String, reports: [String]) -> String {
        "\(option) kan alleen bij \(reports.joined(separator: ", "))."
    }
    static func badMonth(_ value: String) -> String { "--month: gevonden \"\(Safe.text(value))\", verwacht een maand als JJJJ-MM, bijvoorbeeld 2023-04" }
    static func badSelection(_ value: String) -> String {
        "--selection: gevonden \"\(Safe.text(value))\", verwacht alle, segment:N (bijvoorbeeld segment:2) of categorie:CC met een productcategorie uit producten.csv"
    }
    static func badPeriod(_ value: String) -> String { "--period: gevonden \"\(Safe.text(value))\", verwacht halfjaar, jaar of maand" }
    static let perThousandFormats = "--per-1000 geldt voor --format text en markdown; csv en json geven altijd de aantallen zelf."
    static func unknownArea(_ key: String, in d: Dataset) -> String {
        "--area: gevonden \"\(Safe.text(key))\", verwacht een gemeentecode (\(codes(d.municipalities))), een subregio (\(Safe.text(d.subregions.joined(separator: ", ")))) of regio"
    }
    /// The municipality codes as gemeenten.csv gives them, so without control characters.
    static func codes(_ municipalities: [Municipality]) -> String { Safe.text(municipalities.map { $0.code }.joined(separator: ", ")) }
    static func unknownProduct(_ code: String) -> String { "--product: gevonden \"\(Safe.text(code))\", verwacht een productcode uit producten.csv" }
    static func unknownProvider(_ agb: String) -> String { "--agb: gevonden \"\(Safe.text(agb))\", verwacht een AGB-code uit aanbieders.csv" }
    static func unknownMunicipality(_ code: String, among municipalities: [Municipality]) -> String {
        "--gemeente: gevonden \"\(Safe.text(code))\", verwacht een gemeentecode (\(codes(municipalities)))"
    }
    static func noEarlierDelivery(_ month: Month, found: [Month], in directory: String) -> String {
        "delivery-changes: geen levering die laadt en ouder is dan \(month) in \(Safe.text(directory))/leveringen (gevonden: \(found.map(\.description).joined(separator: ", ")))"
    }
    static func deliverySkipped(_ month: Month, errors: Int) -> String {
        "levering \(month) laadt niet (\(errors) fout(en)); de nieuwste levering die wel laadt wordt getoond. 'jeugdmonitor validate --delivery \(month)' noemt de problemen."
    }
    static func monthOutside(_ m: Month, delivery: Month) -> String {
        "--month \(m): de levering loopt van \(Dataset.firstDataMonth) tot en met \(delivery)"
    }
    static func yearOutside(_ year: Int, delivery: Month) -> String {
        "--year \(year): de levering loopt van \(Dataset.firstDataMonth.year) tot en met \(delivery.year)"
    }

    static func notLoaded(_ directory: String, errors: Int) -> String {
        "De data in \(Safe.text(directory)) is niet geladen: \(errors) fout(en). Gebruik 'jeugdmonitor validate' voor het hele overzicht."
    }
    static let bundledDataMissing = "De meegeleverde demo-data (map Data/) is niet gevonden. Geef de map op met --data."
    static func overviewHeading(_ month: Month) -> String { "Een 10 voor de Jeugd — levering \(DutchCalendar.name(of: month))\n" }
    static let noTerminalTip = "Tip: 'jeugdmonitor overview' of 'jeugdmonitor report' werken zonder terminal."

    /// The terminal's refusal in the users' language.
    static func terminal(_ error: TerminalError) -> String {
        switch error {
        case .notATerminal: "het dashboard heeft een terminal nodig, maar invoer of uitvoer is omgeleid."
        case .unknownTerminal(let name?): "terminaltype '\(Safe.text(name))' is hier onbekend. Probeer TERM=xterm-256color."
        case .unknownTerminal(nil): "TERM is niet gezet, dus het terminaltype is onbekend. Probeer TERM=xterm-256color."
        case .windowTooSmall(let minimum, let actual): "het venster is \(actual.width)×\(actual.height); het dashboard heeft minstens \(minimum.width)×\(minimum.height) nodig."
        // The reason may quote the system (a device, a path): shown, never obeyed.
        case .initialisationFailed: Safe.text(error.message)
        }
    }
}

/// Text from outside (arguments, paths) without control characters when printed (contract §7.11).
enum Safe {
    static func text(_ s: String) -> String { OutputText.withoutControls(s) }
}

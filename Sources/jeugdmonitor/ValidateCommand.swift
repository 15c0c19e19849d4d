import ArgumentParser
import MonitorCore

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Controleer een levering en noem elk probleem (bestand:regel:kolom).",
        discussion: """
            Controleert de referentiedata en een levering zoals het datacontract ze beschrijft. \
            Elke fout staat op een eigen regel als bestand:regel:kolom: wat er staat, wat er \
            verwacht werd. Waarschuwingen (zoals onbekende kolommen) blokkeren niet.

            Afsluitcode 0: de levering laadt. Afsluitcode 1: er zijn fouten.
            Er wordt nooit iets aan de bestanden veranderd.
            """
    )

    @Argument(help: ArgumentHelp(
        "Map met referentie/ en leveringen/, of één leveringsmap (leveringen/JJJJ-MM). Standaard de demo-data.",
        valueName: "map"))
    var directory: String?

    @Option(name: .long, help: ArgumentHelp("Welke levering (JJJJ-MM). Standaard de nieuwste.", valueName: "JJJJ-MM"))
    var delivery: String?

    func run() throws {
        var root = try directory ?? BundledData.locate()
        var month: Month? = nil
        if let text = delivery {
            guard let m = Month(text) else { throw ValidationError("--delivery: gevonden \"\(Safe.text(text))\", verwacht JJJJ-MM") }
            month = m
        }
        // A delivery folder itself: leveringen/2026-10 → data root two levels up.
        let trimmed = root.hasSuffix("/") ? String(root.dropLast()) : root
        let parts = trimmed.split(separator: "/", omittingEmptySubsequences: false)
        if parts.count >= 2, parts[parts.count - 2] == "leveringen", let m = Month(String(parts[parts.count - 1])) {
            month = m
            root = parts.dropLast(2).joined(separator: "/")
            if root.isEmpty { root = trimmed.hasPrefix("/") ? "/" : "." }
        }
        let result = Loader.load(dataDirectory: root, delivery: month)
        // A problem quotes file names and values from the files: one line each, no escapes.
        for e in result.errors { print("fout: \(Safe.text(e.description))") }
        for w in result.warnings { print("waarschuwing: \(Safe.text(w.description))") }
        if let dataset = result.dataset {
            print("In orde: levering \(DutchCalendar.name(of: dataset.delivery.month)) laadt — \(DutchNumber.integer(dataset.allocations.count)) toewijzingen, \(DutchNumber.integer(dataset.claims.count)) declaratieregels, \(result.warnings.count) waarschuwing(en).")
        } else {
            print("Niet in orde: \(result.errors.count) fout(en), \(result.warnings.count) waarschuwing(en). De levering laadt niet.")
            throw ExitCode(1)
        }
    }
}

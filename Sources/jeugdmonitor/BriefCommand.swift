import ArgumentParser
import MonitorCore

extension ProviderBrief.Format: ExpressibleByArgument {}

/// The one-page brief for a talk with a provider, as `b` writes it from its profile.
struct BriefCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brief",
        abstract: "Druk de gespreksnotitie van één aanbieder af: wie, wat, hoeveel, hoe lang, hoe goed, de signalen.",
        discussion: "Met --format html één zelfstandig bestand (geen scripts) dat op één A4 past: 'jeugdmonitor brief 12345678 --format html > notitie.html'."
    )

    @Argument(help: ArgumentHelp("AGB-code van de aanbieder (8 cijfers).", valueName: "AGB"))
    var agb: String

    @Option(name: .long, help: ArgumentHelp("Het jaar (standaard het jaar van de levering).", valueName: "JJJJ"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("text (standaard), markdown of html.", valueName: "formaat"))
    var format: ProviderBrief.Format = .text

    @Flag(name: .customLong("afschermen"), help: "Scherm kleine aantallen af: 1 tot en met 4 cliënten, toewijzingen of trajecten, en wat daaruit berekend is, als <5.")
    var protectSmallCells = false

    @OptionGroup var options: DataOptions

    func run() throws {
        let dataset = try options.load()
        guard let provider = dataset.providerIndex[agb] else { throw ValidationError(CLIText.unknownProvider(agb)) }
        let year = self.year ?? dataset.delivery.month.year
        guard (Dataset.firstReportYear...dataset.delivery.month.year).contains(year) else {
            throw ValidationError(CLIText.yearOutside(year, delivery: dataset.delivery.month))
        }
        let lag = dataset.regionLagModel()
        let brief = ProviderBrief(dataset, dataset.providerYear(year, settledThrough: dataset.settledMonth(lag)), provider: provider,
                                  months: dataset.providerMonths(provider: provider, lag: lag), protectSmallCells: protectSmallCells)
        print(brief.rendered(as: format), terminator: "")
    }
}

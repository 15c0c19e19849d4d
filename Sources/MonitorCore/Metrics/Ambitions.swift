/// The programme's ambitions for 2028 (programme plan §4–§5), each measured per year
/// from the delivery and compared with its 0-meting (2023) and target.
public struct Ambition: Sendable {
    public enum Target: Sendable, Equatable {
        /// At most this many (counts).
        case atMost(Int)
        /// At least this share (0...1).
        case atLeastShare(Double)
        /// Lower than the first measurement.
        case belowBaseline
    }

    public let id: String
    /// Dutch, as the programme plan words it.
    public let title: String
    public let target: Target
    /// Per report year; nil where the data holds no measure (yet).
    public let values: [ReportValue]
    /// Why there is no measure, for ambitions the delivery cannot measure.
    public let unmeasuredReason: String?
}

/// The stated targets of the plan. They are policy, not data: "at most 379" is 20 % below
/// the 474 youths of the plan's text, "at most 1.090" 25 % below 1.454 maatwerkvoorzieningen.
public enum ProgrammeTargets {
    public static let baselineYear = 2023
    public static let targetYear = 2028
    public static let residentialAtMost = 379
    public static let customArrangementsAtMost = 1090
    public static let rmtOfferWithinThreeMonths = 0.9
    public static let rmtOfferAtContracted = 0.8
    public static let monthlyWaitingTimeUpdates = 0.9
}

extension Dataset {
    public func ambitions() -> [Ambition] {
        let years = Array(self.years)
        let residential = residentialClients()
        let maatwerk = customArrangements().region
        let trajectories = trajectoryDurations()
        let rmt = years.map { rmtSummary(year: $0) }
        let updates = years.map { waitingTimeUpdateShare(year: $0) }
        func share(_ part: Int, _ whole: Int) -> ReportValue { whole > 0 ? .fraction(Double(part) / Double(whole), decimals: 0) : .empty }
        let unmeasured = "Nog geen data in de levering; de ambitie is dit in te richten."
        return [
            Ambition(id: "verblijf", title: "20% minder jeugdigen met een verblijfsindicatie", target: .atMost(ProgrammeTargets.residentialAtMost),
                     values: residential.total.map { .count($0) }, unmeasuredReason: nil),
            Ambition(id: "kleinschalig", title: "95% van de verblijfsplekken kleinschalig", target: .atLeastShare(0.95), values: years.map { _ in .empty }, unmeasuredReason: unmeasured),
            Ambition(id: "onderwijs", title: "90% van de jeugdigen in verblijf volgt onderwijs", target: .atLeastShare(0.9), values: years.map { _ in .empty }, unmeasuredReason: unmeasured),
            Ambition(id: "nabij", title: "60% van de jeugdigen in verblijf binnen 15 km van huis", target: .atLeastShare(0.6), values: years.map { _ in .empty }, unmeasuredReason: unmeasured),
            Ambition(id: "verklarende-analyse", title: "100% van de plaatsingen na een Verklarende Analyse", target: .atLeastShare(1), values: years.map { _ in .empty }, unmeasuredReason: unmeasured),
            Ambition(id: "maatwerk", title: "25% minder maatwerkvoorzieningen", target: .atMost(ProgrammeTargets.customArrangementsAtMost),
                     values: maatwerk.map { .count($0) }, unmeasuredReason: nil),
            Ambition(id: "rmt-tijdig", title: "90% van de RMT-casussen binnen 3 maanden aanbod", target: .atLeastShare(ProgrammeTargets.rmtOfferWithinThreeMonths),
                     values: rmt.map { share($0.offerWithinThreeMonths, $0.casesPastThreeMonths) }, unmeasuredReason: nil),
            Ambition(id: "rmt-gecontracteerd", title: "80% van de RMT-casussen: aanbod bij gecontracteerde", target: .atLeastShare(ProgrammeTargets.rmtOfferAtContracted),
                     values: rmt.map { share($0.offerAtContractedProvider, $0.cases) }, unmeasuredReason: nil),
            Ambition(id: "wachttijden", title: "90% van de aanbieders werkt wachttijden maandelijks bij", target: .atLeastShare(ProgrammeTargets.monthlyWaitingTimeUpdates),
                     values: updates.map { $0.map { .fraction($0, decimals: 0) } ?? .empty }, unmeasuredReason: nil),
            Ambition(id: "trajectduur", title: "Trajectduur lager dan bij de 0-meting (mediaan, dagen)", target: .belowBaseline,
                     values: years.indices.map { trajectories.regionSummary(yearIndex: $0).medianDays.map { .number($0, decimals: 0) } ?? .empty },
                     unmeasuredReason: nil),
        ]
    }

    /// Share of providers contracted in the year that updated their waiting time in the
    /// Beschikbaarheidswijzer in every month of the year (up to the delivery month).
    public func waitingTimeUpdateShare(year: Int) -> Double? {
        let months = Set((1...12).map { Month(year: year, month: $0) }.filter { $0 <= delivery.month })
        guard !months.isEmpty else { return nil }
        let contracted = Set(reference.contracts.filter { $0.overlaps(Period(year: year)) }.map(\.provider))
        guard !contracted.isEmpty else { return nil }
        var updated: [String: Set<Month>] = [:]
        for w in reference.waitingTimes where months.contains(w.date.month) { updated[w.provider, default: []].insert(w.date.month) }
        let monthly = contracted.filter { updated[$0]?.count == months.count }.count
        return Double(monthly) / Double(contracted.count)
    }
}

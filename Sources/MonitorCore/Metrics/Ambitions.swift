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
    /// Per report year, for the ambitions measured from the plaatsingen files: how many of
    /// the placements or youths had a known value (contract §7.9); empty for the others.
    public let coverage: [CoveredShare?]
    /// What the coverage counts, in Dutch: "plaatsingen" or "jeugdigen".
    public let coverageUnit: String?
    /// Per report year, the counts of people (clients, allocations, trajecten, casussen) the
    /// value is or rests on, for small-cell protection (contract §7.10); empty where the value
    /// counts something else (providers).
    public let bases: [[Int]]

    public init(id: String, title: String, target: Target, values: [ReportValue], unmeasuredReason: String?,
                coverage: [CoveredShare?] = [], coverageUnit: String? = nil, bases: [[Int]] = []) {
        self.id = id; self.title = title; self.target = target; self.values = values
        self.unmeasuredReason = unmeasuredReason; self.coverage = coverage; self.coverageUnit = coverageUnit; self.bases = bases
    }

    /// Whether the figure comes from the plaatsingen files.
    public var isPlacementAmbition: Bool { !coverage.isEmpty }
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
        let placementsPerYear = hasPlacements ? years.map { placementFigures(in: Period(year: $0)) } : []
        /// From the plaatsingen files; without any, "geen data" as before (contract §7.9).
        func placementAmbition(_ id: String, _ title: String, _ share: Double, _ unit: String,
                               _ figure: KeyPath<PlacementFigures, CoveredShare>) -> Ambition {
            guard hasPlacements else {
                return Ambition(id: id, title: title, target: .atLeastShare(share), values: years.map { _ in .empty },
                                unmeasuredReason: "Geen plaatsingenbestand in de levering (<gemeentecode>_plaatsingen.csv).")
            }
            let covered = placementsPerYear.map { $0[keyPath: figure] }
            return Ambition(id: id, title: title, target: .atLeastShare(share),
                            values: covered.map { $0.share.map { .fraction($0, decimals: 0) } ?? .empty },
                            unmeasuredReason: nil, coverage: covered, coverageUnit: unit, bases: covered.map { [$0.part, $0.measured] })
        }
        return [
            Ambition(id: "verblijf", title: "20% minder jeugdigen met een verblijfsindicatie", target: .atMost(ProgrammeTargets.residentialAtMost),
                     values: residential.total.map { .count($0) }, unmeasuredReason: nil, bases: residential.total.map { [$0] }),
            placementAmbition("kleinschalig", "95% van de verblijfsplekken kleinschalig", 0.95, "plaatsingen", \.smallScale),
            placementAmbition("onderwijs", "90% van de jeugdigen in verblijf volgt onderwijs", 0.9, "jeugdigen", \.education),
            placementAmbition("nabij", "60% van de jeugdigen in verblijf binnen 15 km van huis", 0.6, "jeugdigen", \.withinFifteenKm),
            placementAmbition("verklarende-analyse", "100% van de plaatsingen na een Verklarende Analyse", 1, "plaatsingen", \.explanatoryAnalysis),
            Ambition(id: "maatwerk", title: "25% minder maatwerkvoorzieningen", target: .atMost(ProgrammeTargets.customArrangementsAtMost),
                     values: maatwerk.map { .count($0) }, unmeasuredReason: nil, bases: maatwerk.map { [$0] }),
            Ambition(id: "rmt-tijdig", title: "90% van de RMT-casussen binnen 3 maanden aanbod", target: .atLeastShare(ProgrammeTargets.rmtOfferWithinThreeMonths),
                     values: rmt.map { share($0.offerWithinThreeMonths, $0.casesPastThreeMonths) }, unmeasuredReason: nil,
                     bases: rmt.map { [$0.offerWithinThreeMonths, $0.casesPastThreeMonths] }),
            Ambition(id: "rmt-gecontracteerd", title: "80% van de RMT-casussen: aanbod bij gecontracteerde", target: .atLeastShare(ProgrammeTargets.rmtOfferAtContracted),
                     values: rmt.map { share($0.offerAtContractedProvider, $0.cases) }, unmeasuredReason: nil,
                     bases: rmt.map { [$0.offerAtContractedProvider, $0.cases] }),
            Ambition(id: "wachttijden", title: "90% van de aanbieders werkt wachttijden maandelijks bij", target: .atLeastShare(ProgrammeTargets.monthlyWaitingTimeUpdates),
                     values: updates.map { $0.map { .fraction($0, decimals: 0) } ?? .empty }, unmeasuredReason: nil),
            Ambition(id: "trajectduur", title: "Trajectduur lager dan bij de 0-meting (mediaan, dagen)", target: .belowBaseline,
                     values: years.indices.map { trajectories.regionSummary(yearIndex: $0).medianDays.map { .number($0, decimals: 0) } ?? .empty },
                     unmeasuredReason: nil, bases: years.indices.map { [trajectories.regionSummary(yearIndex: $0).count] }),
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

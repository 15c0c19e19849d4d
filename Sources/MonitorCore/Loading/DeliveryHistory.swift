/// One delivery folder as it stands: loaded (with its rows per municipality) or refused (with
/// its problems). A refused folder never stops the others (issue "Leveringen").
public struct DeliverySummary: Sendable {
    public struct Municipality: Sendable, Equatable {
        public let code: String
        public let name: String
        public let allocations: Int
        public let claimLines: Int
        public let latestReceived: Day?
        public let warnings: Int
    }

    public let month: Month
    public let errors: [Problem]
    public let warnings: [Problem]
    /// Empty when the folder was refused.
    public let municipalities: [Municipality]

    public var isLoaded: Bool { errors.isEmpty }
}

/// Every delivery of a data folder, and the one before the delivery shown, loaded, so that
/// `deliveries` and `delivery-changes` can be printed and shown.
public struct DeliveryHistory: Sendable {
    /// Ascending by month.
    public let summaries: [DeliverySummary]
    /// The newest delivery that loads and is older than the shown one; nil when there is none.
    public let previous: Dataset?

    public init(summaries: [DeliverySummary], previous: Dataset?) { self.summaries = summaries; self.previous = previous }

    /// Loads every delivery folder (each as `Loader.load` does, so a refused one says why).
    /// - Parameter shown: the delivery on view, already loaded.
    public static func load(dataDirectory: String, shown: Dataset, shownWarnings: [Problem]) -> DeliveryHistory {
        var summaries: [DeliverySummary] = []
        var previous: Dataset?
        for month in Loader.deliveries(in: dataDirectory) {
            if month == shown.delivery.month {
                summaries.append(shown.deliverySummary(warnings: shownWarnings))
                continue
            }
            let result = Loader.load(dataDirectory: dataDirectory, delivery: month)
            if let d = result.dataset {
                summaries.append(d.deliverySummary(warnings: result.warnings))
                if month < shown.delivery.month { previous = d }
            } else {
                summaries.append(DeliverySummary(month: month, errors: result.errors, warnings: result.warnings, municipalities: []))
            }
        }
        return DeliveryHistory(summaries: summaries, previous: previous)
    }
}

extension Dataset {
    /// Rows that count per municipality (contract §7.6): allocations other than reden 13, claim
    /// lines received by the delivery date on allocations that exist, the latest ontvangstdatum.
    public func deliverySummary(warnings: [Problem]) -> DeliverySummary {
        var allocationCounts = Array(repeating: 0, count: municipalities.count)
        for a in allocations { allocationCounts[a.municipality] += 1 }
        var lines = Array(repeating: 0, count: municipalities.count)
        var latest = Array(repeating: Day?.none, count: municipalities.count)
        for c in claims where c.received <= horizon {
            let m = allocations[c.allocation].municipality
            lines[m] += 1
            latest[m] = max(latest[m] ?? c.received, c.received)
        }
        let folder = "\(Loader.deliveriesFolder)/\(delivery.month)/"
        return DeliverySummary(month: delivery.month, errors: [], warnings: warnings, municipalities: municipalities.indices.map { m in
            let code = municipalities[m].code
            return .init(code: code, name: municipalities[m].name, allocations: allocationCounts[m], claimLines: lines[m], latestReceived: latest[m],
                         warnings: warnings.filter { $0.file.hasPrefix(folder + code + "_") }.count)
        })
    }
}

/// Trajecten: the longest chains of allocations of one client, municipality, product and
/// provider in which each next ingangsdatum is at most one day after the previous einddatum.
/// Trajectduur = last einddatum − first ingangsdatum + 1 days, counted in the year it ends.
public struct Trajectory: Sendable, Equatable {
    public let municipality: Int
    public let client: Int32
    public let product: Int
    public let provider: Int
    public let start: Day
    /// nil while the traject is still open (its latest allocation has no einddatum).
    public let end: Day?
    /// reden_beeindiging of its ending allocations (those whose einddatum is the traject's
    /// end); empty while open or when none was delivered.
    public var endReasons: [String] = []

    public var durationDays: Int? { end.map { $0 - start + 1 } }
}

public struct TrajectoryDurationTable: Sendable, Equatable {
    public let years: [Int]
    /// Durations in days of the trajecten ending in each year, per municipality, sorted.
    public let durations: [[[Int]]]

    public struct Summary: Sendable, Equatable {
        public let count: Int
        public let meanDays: Double?
        public let medianDays: Double?
    }

    public static func summarize(_ sorted: [Int]) -> Summary {
        guard !sorted.isEmpty else { return Summary(count: 0, meanDays: nil, medianDays: nil) }
        let mean = Double(sorted.reduce(0, +)) / Double(sorted.count)
        let mid = sorted.count / 2
        let median = sorted.count % 2 == 1 ? Double(sorted[mid]) : Double(sorted[mid - 1] + sorted[mid]) / 2
        return Summary(count: sorted.count, meanDays: mean, medianDays: median)
    }

    public func summary(yearIndex: Int, municipality: Int) -> Summary { Self.summarize(durations[yearIndex][municipality]) }
    public func regionSummary(yearIndex: Int) -> Summary { Self.summarize(durations[yearIndex].flatMap { $0 }.sorted()) }
}

extension Dataset {
    public func trajectories() -> [Trajectory] {
        struct Key: Hashable { var municipality: Int; var client: Int32; var product: Int; var provider: Int }
        var groups: [Key: [Int]] = [:]
        for (i, a) in allocations.enumerated() {
            groups[Key(municipality: a.municipality, client: a.client, product: a.product, provider: a.provider), default: []].append(i)
        }
        var result: [Trajectory] = []
        for (key, indexes) in groups {
            let sorted = indexes.sorted { allocations[$0].start < allocations[$1].start }
            var members: [Int] = []
            var end: Day?
            var open = false
            func close() {
                let reasons = open ? [] : members.compactMap { allocations[$0].end == end ? allocations[$0].endReason : nil }
                result.append(Trajectory(municipality: key.municipality, client: key.client, product: key.product, provider: key.provider,
                                         start: allocations[members[0]].start, end: open ? nil : end, endReasons: reasons))
            }
            for i in sorted {
                let a = allocations[i]
                // An open allocation absorbs everything after it; otherwise chain when adjacent or overlapping.
                if !members.isEmpty && !open && a.start > end! + 1 {
                    close()
                    members = []
                }
                if members.isEmpty { end = a.end; open = a.end == nil } else if a.end == nil { open = true } else if !open { end = max(end!, a.end!) }
                members.append(i)
            }
            close()
        }
        return result
    }

    public func trajectoryDurations() -> TrajectoryDurationTable {
        let years = Array(self.years)
        var durations = Array(repeating: Array(repeating: [Int](), count: municipalities.count), count: years.count)
        for t in trajectories() {
            // A traject that ends after the delivery month has not ended yet on the delivery date.
            guard let end = t.end, end <= horizon, let d = t.durationDays, let i = years.firstIndex(of: end.year) else { continue }
            durations[i][t.municipality].append(d)
        }
        return TrajectoryDurationTable(years: years, durations: durations.map { $0.map { $0.sorted() } })
    }
}

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
        // One sort brings each client's allocations of a product at a provider in a
        // municipality together, by start: a walk then finds the trajecten. (A dictionary of
        // index arrays, one per group, cost a million small arrays at 30 times the region.)
        func key(_ a: AllocationRecord) -> (Int, Int32, Int, Int) { (a.municipality, a.client, a.product, a.provider) }
        let order = allocations.indices.sorted { i, j in
            let a = allocations[i], b = allocations[j]
            let ka = key(a), kb = key(b)
            if ka != kb { return ka < kb }
            return (a.start, i) < (b.start, j)
        }
        var result: [Trajectory] = []
        var members: [Int] = []
        var end: Day?
        var open = false
        func close() {
            guard let firstMember = members.first else { return }
            let first = allocations[firstMember]
            let reasons = open ? [] : members.compactMap { allocations[$0].end == end ? allocations[$0].endReason : nil }
            result.append(Trajectory(municipality: first.municipality, client: first.client, product: first.product, provider: first.provider,
                                     start: first.start, end: open ? nil : end, endReasons: reasons))
            members.removeAll(keepingCapacity: true)
        }
        for i in order {
            let a = allocations[i]
            // A new group, or (an open allocation absorbs everything after it) a gap: the
            // traject so far ends; otherwise chain when adjacent or overlapping.
            if let last = members.last, key(allocations[last]) != key(a) || (!open && a.start > end! + 1) { close() }
            if members.isEmpty { end = a.end; open = a.end == nil } else if a.end == nil { open = true } else if !open { end = max(end!, a.end!) }
            members.append(i)
        }
        close()
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

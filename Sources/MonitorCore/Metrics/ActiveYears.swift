/// The years of a range in which an allocation is active (`isActive(in: Period(year:))`),
/// found by comparing its days with each first of January: a table of every year is then one
/// walk over a million allocations instead of one per year, and no day becomes a calendar date.
struct ActiveYears {
    /// The first of January of each year, and of the year after the last.
    private let newYears: [Int32]

    init(_ years: ClosedRange<Int>) {
        newYears = (years.lowerBound...(years.upperBound + 1)).map { Day(year: $0, month: 1, day: 1)!.ordinal }
    }

    /// Indexes into the years (0 for the first) of those the allocation is active in.
    @inline(__always)
    func of(_ a: AllocationRecord) -> Range<Int> {
        let count = newYears.count - 1
        // Active in year k: starts before the next first of January, and ends on or after this one.
        var from = 0
        while from < count && newYears[from + 1] <= a.start.ordinal { from += 1 }
        var to = count
        if let end = a.end { while to > from && newYears[to - 1] > end.ordinal { to -= 1 } }
        return from..<to
    }
}

import MonitorCore

/// The bundled deliveries (contract §1: cumulative, several folders may exist). The newest,
/// 2026-10, is the calibrated one; 2026-09 is the same synthetic world as it was known on
/// 2026-09-30, derived from the October rows:
/// - an allocation is known once its ingangsdatum has come (the generator has no separate
///   toewijzing date, so ingangsdatum ≤ 2026-09-30 stands for "the toewijzing was made");
/// - a reden_beeindiging is known once the allocation has ended (as in the generator, which
///   fills it only for ends up to its horizon); an einddatum after 2026-09-30 of an allocation
///   that ended early (reason other than 31) was not known yet, except for frequentie 6, whose
///   einddatum is required and stays as the planned one;
/// - claims are known once received (ontvangstdatum ≤ 2026-09-30; zorgmaand ≤ 2026-09 follows);
/// - a few rows were corrected in October (volume, einddatum), and a few allocations entered by
///   mistake in the summer were still active in September and removed (reden_wijziging 13) in
///   October. They have no claims, so no claim on a removed allocation arises.
enum Deliveries {
    static let previous = Month(year: 2026, month: 9)

    /// What differs between the two cuts beyond what follows from the date (for the log).
    struct Corrections {
        var volume = 0, end = 0, removed = 0
    }

    /// The older cut of `newest` (which is written unchanged).
    static func cut(_ newest: Delivery, at month: Month = previous) -> (Delivery, Corrections) {
        let last = month.lastDay
        var corrections = Corrections()
        var rng = SplitMix64.stream("september-corrections")
        let summer = Day(year: month.year, month: 6, day: 1)!
        let recent = Day(year: month.year, month: 8, day: 1)!
        var allocations: [Allocation] = []
        // Candidates per municipality for a volume or einddatum correction: rows of the cut that
        // equal their October row (so each counts as exactly one change).
        var volumeCandidates: [String: [Int]] = [:], endCandidates: [String: [Int]] = [:]
        for a in newest.allocations where a.start <= last {
            var s = a
            if a.isRemoved {
                // Entered by mistake in the summer and removed only in October.
                if a.start >= summer, a.end.map({ $0 > last }) ?? true {
                    s.changeReason = nil
                    corrections.removed += 1
                }
                allocations.append(s)
                continue
            }
            if let end = a.end, end > last {
                let early = a.endReason.map { $0 != "31" } ?? false
                s.endReason = nil
                if early && a.frequency != .totalInPeriod { s.end = nil }
            }
            if s == a {
                if a.start >= recent { volumeCandidates[a.municipality, default: []].append(allocations.count) }
                if let end = a.end, end > Day(year: month.year, month: 12, day: 31)!, a.start >= summer {
                    endCandidates[a.municipality, default: []].append(allocations.count)
                }
            }
            allocations.append(s)
        }
        // One volume correction per municipality, an einddatum correction in every other one.
        let codes = Set(allocations.map(\.municipality)).sorted()
        for (k, code) in codes.enumerated() {
            var picked: Int? = nil
            if let pool = volumeCandidates[code], !pool.isEmpty {
                let i = rng.pick(pool)
                let v = allocations[i].volume
                var wrong = Int((Double(v) * [0.5, 0.8, 1.25, 1.5, 2.0][rng.int(0...4)]).rounded())
                if wrong == v { wrong = v + 1 }
                allocations[i].volume = max(1, wrong)
                if allocations[i].volume != v { corrections.volume += 1; picked = i }
            }
            if k % 2 == 0, let pool = endCandidates[code]?.filter({ $0 != picked }), !pool.isEmpty {
                let i = rng.pick(pool)
                // Planned a few weeks or months longer; shortened in October.
                allocations[i].end = allocations[i].end! + 7 * rng.int(3...13)
                corrections.end += 1
            }
        }
        let claims = newest.claims.filter { $0.received <= last && $0.careMonth <= month }
        return (Delivery(month: month, allocations: allocations, claims: claims), corrections)
    }

    /// delivery-changes (contract §7.6) per municipality, as the generator sees it (for the log).
    struct Changes {
        var new = 0, removed = 0, changed = 0, claimLines = 0, cents: Int64 = 0
    }

    static func changes(from old: Delivery, to new: Delivery) -> [String: Changes] {
        struct Key: Hashable { var g, number: String }
        func index(_ d: Delivery) -> [Key: Allocation] {
            var r: [Key: Allocation] = [:]
            for a in d.allocations where !a.isRemoved { r[Key(g: a.municipality, number: a.number)] = a }
            return r
        }
        let before = index(old), after = index(new)
        var result: [String: Changes] = [:]
        for (k, a) in after {
            guard let b = before[k] else { result[k.g, default: Changes()].new += 1; continue }
            if a.client != b.client || a.product != b.product || a.provider != b.provider || a.start != b.start || a.end != b.end
                || a.volume != b.volume || a.unit != b.unit || a.frequency != b.frequency || a.endReason != b.endReason {
                result[k.g, default: Changes()].changed += 1
            }
        }
        for k in before.keys where after[k] == nil { result[k.g, default: Changes()].removed += 1 }
        let cutoff = old.month.lastDay
        let removedNumbers = Set(new.allocations.filter(\.isRemoved).map { Key(g: $0.municipality, number: $0.number) })
        for c in new.claims where c.received > cutoff && c.received <= new.month.lastDay
            && !removedNumbers.contains(Key(g: c.municipality, number: c.allocationNumber)) {
            result[c.municipality, default: Changes()].claimLines += 1
            result[c.municipality, default: Changes()].cents += c.amountCents
        }
        return result
    }

    /// Prints the changes between two cuts, per municipality and in total.
    static func printChanges(from old: Delivery, to new: Delivery) {
        let changes = changes(from: old, to: new)
        var total = Changes()
        print("Deliveries \(old.month) → \(new.month) (gemeente: nieuw / vervallen / gewijzigd / declaratieregels nieuw / bedrag nieuw)")
        for code in changes.keys.sorted() {
            let c = changes[code]!
            total.new += c.new; total.removed += c.removed; total.changed += c.changed
            total.claimLines += c.claimLines; total.cents += c.cents
            print("  \(code): \(c.new) / \(c.removed) / \(c.changed) / \(c.claimLines) / \(Double(c.cents) / 100)")
        }
        print("  regio: \(total.new) / \(total.removed) / \(total.changed) / \(total.claimLines) / \(Double(total.cents) / 100)")
    }
}

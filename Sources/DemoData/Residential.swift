import Foundation
import MonitorCore

/// The residential population: youths in segment 1 verblijf and segment 2 (wonen, plus
/// deeltijdpleegzorg), modelled as careers of consecutive stays and fitted to the published
/// counts by a seeded local search. Every count is a sum over clients of 0/1 indicators,
/// so a move changes the counts by the difference of one client's indicators.
enum Kind: Int, CaseIterable {
    case s1 = 0, pleeg, gezinshuis, woongroep, zelfstandig, deeltijd

    var isS2Residential: Bool { self == .pleeg || self == .gezinshuis || self == .woongroep || self == .zelfstandig }
    var isSegment2: Bool { self != .s1 }
    /// 0 S1-verblijf, 1 S2-gezinsnabij, 2 S2-wonen, nil no residence class.
    var residenceClass: Int? {
        switch self {
        case .s1: 0
        case .pleeg, .gezinshuis: 1
        case .woongroep, .zelfstandig: 2
        case .deeltijd: nil
        }
    }
}

struct Stay {
    var kind: Kind
    var product: Int
    var start: Day
    var end: Day
}

struct Career {
    var municipality: Int
    var stays: [Stay]
    /// The last stay has no einddatum (open-ended allocation).
    var openEnded: Bool = false
}

/// Indices of the fitted counts.
enum Feature {
    static let months = 70 // 2021-01 … 2026-10
    static func classYear(_ cls: Int, _ g: Int, _ year: Int) -> Int { (cls * 11 + g) * 2 + (year - 2022) }
    static func region(_ k: Int, _ year: Int) -> Int { 66 + k * 2 + (year - 2022) } // k: 0 S1, 1 S2, 2 union
    static let h1of2021 = 72, h1of2022 = 73
    static func h1of2023(_ subregion: Int) -> Int { 74 + subregion }
    static func april(_ product: Int) -> Int { 78 + product } // 0 pleeg, 1 gezinshuis, 2 woongroep, 3 zelfstandig
    static let exactCount = 82
    static func union(_ year: Int) -> Int { 82 + (year - 2024) }
    static func monthly(_ kind: Kind, _ month: Int) -> Int { 85 + kind.rawValue * months + month }
    static let count = 85 + 6 * months
    static func monthIndex(_ d: Day) -> Int { let c = d.civil; return (c.year - 2021) * 12 + c.month - 1 }
}

struct ResidentialTargets {
    var target = [Double](repeating: 0, count: Feature.count)
    var tolerance = [Double](repeating: 0, count: Feature.count)
    var weight = [Double](repeating: 0, count: Feature.count)
}

enum Residential {
    static let start2021 = Day(year: 2021, month: 1, day: 1)!
    static let horizon = Day(year: 2026, month: 10, day: 31)!
    static let jan2022 = Day(year: 2022, month: 1, day: 1)!
    static let jan2023 = Day(year: 2023, month: 1, day: 1)!

    static func overlaps(_ s: Stay, _ p: Period) -> Bool { s.start <= p.last && s.end >= p.first }

    static func features(_ c: Career) -> [Int32] {
        var f: [Int32] = []
        let g = c.municipality
        for year in 2022...2023 {
            let p = Period(year: year)
            var cls = [false, false, false]
            for s in c.stays where overlaps(s, p) { if let k = s.kind.residenceClass { cls[k] = true } }
            for k in 0..<3 where cls[k] { f.append(Int32(Feature.classYear(k, g, year))) }
            if cls[0] { f.append(Int32(Feature.region(0, year))) }
            if cls[1] || cls[2] { f.append(Int32(Feature.region(1, year))) }
            if cls[0] || cls[1] || cls[2] { f.append(Int32(Feature.region(2, year))) }
        }
        if c.stays.contains(where: { $0.kind.isSegment2 && overlaps($0, .firstHalf(of: 2021)) }) { f.append(Int32(Feature.h1of2021)) }
        if c.stays.contains(where: { $0.kind.isSegment2 && overlaps($0, .firstHalf(of: 2022)) }) { f.append(Int32(Feature.h1of2022)) }
        if c.stays.contains(where: { $0.kind.isSegment2 && overlaps($0, .firstHalf(of: 2023)) }) {
            f.append(Int32(Feature.h1of2023(Regions.subregionIndex(ofMunicipality: g))))
        }
        let april = Period(month: Month(year: 2023, month: 4))
        for (i, k) in [Kind.pleeg, .gezinshuis, .woongroep, .zelfstandig].enumerated()
        where c.stays.contains(where: { $0.kind == k && overlaps($0, april) }) {
            f.append(Int32(Feature.april(i)))
        }
        for year in 2024...2026 where c.stays.contains(where: { $0.kind.residenceClass != nil && overlaps($0, Period(year: year)) }) {
            f.append(Int32(Feature.union(year)))
        }
        var monthly: [Int32] = []
        for s in c.stays {
            let a = max(0, Feature.monthIndex(s.start)), b = min(Feature.months - 1, Feature.monthIndex(s.end))
            if a <= b { for m in a...b { monthly.append(Int32(Feature.monthly(s.kind, m))) } }
        }
        if c.stays.count > 1 { monthly = Array(Set(monthly)).sorted() }
        return f + monthly
    }

    // MARK: prior

    static let kindWeights: [Double] = [0.27, 0.43, 0.12, 0.07, 0.05, 0.06]
    static let medianDays: [Double] = [190, 1000, 650, 420, 260, 300]
    static let lookback: [Int] = [500, 3200, 2000, 0, 600, 0]

    static func product(for kind: Kind, _ rng: inout SplitMix64) -> Int {
        switch kind {
        case .s1: return Catalogue.s1Products[rng.weighted([0.34, 0.12, 0.14, 0.18, 0.22])]
        case .pleeg: return Catalogue.pleegzorg
        case .gezinshuis: return Catalogue.gezinshuis
        case .woongroep: return Catalogue.woongroep
        case .zelfstandig: return Catalogue.zelfstandig
        case .deeltijd: return Catalogue.deeltijd
        }
    }

    static func duration(_ kind: Kind, _ rng: inout SplitMix64) -> Int {
        max(14, Int(rng.logNormal(median: medianDays[kind.rawValue], sigma: kind == .pleeg ? 0.9 : 0.7)))
    }

    static func earliest(_ kind: Kind) -> Day {
        switch kind {
        case .woongroep: jan2022
        case .deeltijd: jan2023
        default: Day(year: 2010, month: 1, day: 1)!
        }
    }

    static func sample(_ g: Int, _ rng: inout SplitMix64) -> Career {
        while true {
            let kind = Kind(rawValue: rng.weighted(kindWeights))!
            var first: Day
            if kind == .woongroep {
                first = rng.chance(0.12) ? jan2022 : rng.day(jan2022, horizon)
            } else if kind == .deeltijd {
                first = rng.day(jan2023, horizon)
            } else {
                first = rng.day(start2021 + (-lookback[kind.rawValue]), horizon)
            }
            var stays = [Stay(kind: kind, product: product(for: kind, &rng), start: first, end: first + (duration(kind, &rng) - 1))]
            if stays[0].end < start2021 { continue }
            // Follow-up stays: from treatment to a family-like or living setting, and onwards.
            while stays.count < 3 {
                let last = stays[stays.count - 1]
                if last.end >= horizon { break }
                let next: Kind?
                let r = rng.unit()
                switch last.kind {
                case .s1: next = r < 0.10 ? .pleeg : r < 0.2 ? .gezinshuis : r < 0.26 ? .woongroep : r < 0.3 ? .s1 : nil
                case .pleeg: next = r < 0.05 ? .gezinshuis : r < 0.08 ? .s1 : r < 0.1 ? .deeltijd : nil
                case .gezinshuis: next = r < 0.08 ? .woongroep : r < 0.12 ? .zelfstandig : r < 0.16 ? .s1 : nil
                case .woongroep: next = r < 0.2 ? .zelfstandig : r < 0.25 ? .s1 : nil
                case .zelfstandig: next = nil
                case .deeltijd: next = r < 0.1 ? .pleeg : nil
                }
                guard let k = next else { break }
                let start = max(last.end + 1 + (rng.chance(0.6) ? 0 : rng.int(1...45)), earliest(k))
                if start > horizon { break }
                stays.append(Stay(kind: k, product: product(for: k, &rng), start: start, end: start + (duration(k, &rng) - 1)))
            }
            var c = Career(municipality: g, stays: stays)
            if let last = stays.last, last.end > horizon, last.kind == .pleeg || last.kind == .gezinshuis { c.openEnded = rng.chance(0.5) }
            return c
        }
    }

    /// Shifts one date of one stay, keeping the stays ordered and inside product availability.
    static func tweak(_ c: Career, _ rng: inout SplitMix64) -> Career? {
        var c = c
        let i = rng.int(0...(c.stays.count - 1))
        var s = c.stays[i]
        let shift = (rng.chance(0.5) ? 1 : -1) * (rng.chance(0.5) ? rng.int(1...20) : rng.int(20...240))
        if rng.chance(0.5) {
            s.start = s.start + shift
            if s.start < earliest(s.kind) || s.start > s.end { return nil }
            if i > 0 && s.start <= c.stays[i - 1].end { return nil }
            if s.start > horizon { return nil }
        } else {
            s.end = s.end + shift
            if s.end < s.start || s.end < start2021 { return nil }
            if i + 1 < c.stays.count && s.end >= c.stays[i + 1].start { return nil }
        }
        c.stays[i] = s
        return c
    }

    /// Changes one stay's kind, adds a follow-up stay or drops a stay.
    static func restructure(_ c: Career, _ rng: inout SplitMix64) -> Career? {
        var c = c
        let r = rng.unit()
        if r < 0.5 {
            let i = rng.int(0...(c.stays.count - 1))
            let kind = Kind(rawValue: rng.weighted(kindWeights))!
            if c.stays[i].start < earliest(kind) || kind == c.stays[i].kind { return nil }
            c.stays[i].kind = kind
            c.stays[i].product = product(for: kind, &rng)
        } else if r < 0.8 {
            guard c.stays.count < 3, let last = c.stays.last, last.end < horizon else { return nil }
            let kind = Kind(rawValue: rng.weighted(kindWeights))!
            let start = max(last.end + 1 + (rng.chance(0.6) ? 0 : rng.int(1...45)), earliest(kind))
            if start > horizon { return nil }
            c.stays.append(Stay(kind: kind, product: product(for: kind, &rng), start: start, end: start + (duration(kind, &rng) - 1)))
        } else {
            guard c.stays.count > 1 else { return nil }
            c.stays.remove(at: rng.int(0...(c.stays.count - 1)))
        }
        if let last = c.stays.last, last.end <= horizon { c.openEnded = false }
        return c
    }

    // MARK: fitting

    static func fit(targets t: ResidentialTargets, initialPerMunicipality: [Int], iterations: Int) -> [Career] {
        var rng = SplitMix64.stream("residential")
        var careers: [Career] = []
        var feats: [[Int32]] = []
        var counts = [Int](repeating: 0, count: Feature.count)
        for (g, n) in initialPerMunicipality.enumerated() {
            for _ in 0..<n {
                let c = sample(g, &rng)
                let f = features(c)
                for k in f { counts[Int(k)] += 1 }
                careers.append(c); feats.append(f)
            }
        }
        let gWeights = initialPerMunicipality.map { Double($0) }
        var scratch = [Int](repeating: 0, count: Feature.count)
        var touched: [Int] = []
        func cost(_ k: Int, _ c: Int) -> Double {
            let d = abs(Double(c) - t.target[k]) - t.tolerance[k]
            return d > 0 ? d * t.weight[k] : 0
        }
        func delta(_ old: [Int32], _ new: [Int32]) -> Double {
            touched.removeAll(keepingCapacity: true)
            for k in old { let k = Int(k); if scratch[k] == 0 { touched.append(k) }; scratch[k] -= 1 }
            for k in new { let k = Int(k); if scratch[k] == 0 { touched.append(k) }; scratch[k] += 1 }
            var d = 0.0
            for k in touched where scratch[k] != 0 {
                d += cost(k, counts[k] + scratch[k]) - cost(k, counts[k])
            }
            return d
        }
        func commit() {
            for k in touched { counts[k] += scratch[k]; scratch[k] = 0 }
        }
        func reject() { for k in touched { scratch[k] = 0 } }

        func exactMisses() -> Int { (0..<Feature.exactCount).filter { Double(counts[$0]) != t.target[$0] }.count }
        var it = 0
        while it < iterations || (it < iterations * 2 && (it % 100_000 != 0 || exactMisses() > 0)) {
            defer { it += 1 }
            let progress = Double(it) / Double(iterations)
            let temperature = progress > 0.9 ? 0 : 30.0 * pow(0.003, progress / 0.9)
            let r = rng.unit()
            var accept = false
            if r < 0.06 || careers.isEmpty { // add
                let g = rng.weighted(gWeights)
                let c = sample(g, &rng), f = features(c)
                let d = delta([], f)
                accept = d <= 0 || (temperature > 0 && rng.unit() < exp(-d / temperature))
                if accept { commit(); careers.append(c); feats.append(f) } else { reject() }
            } else if r < 0.12 { // remove
                let i = rng.int(0...(careers.count - 1))
                let d = delta(feats[i], [])
                accept = d <= 0 || (temperature > 0 && rng.unit() < exp(-d / temperature))
                if accept {
                    commit()
                    careers.swapAt(i, careers.count - 1); feats.swapAt(i, feats.count - 1)
                    careers.removeLast(); feats.removeLast()
                } else { reject() }
            } else if r < 0.20 { // swap the municipalities of two careers
                let i = rng.int(0...(careers.count - 1)), j = rng.int(0...(careers.count - 1))
                guard careers[i].municipality != careers[j].municipality else { continue }
                var a = careers[i], b = careers[j]
                swap(&a.municipality, &b.municipality)
                let fa = features(a), fb = features(b)
                let d = delta(feats[i] + feats[j], fa + fb)
                accept = d <= 0 || (temperature > 0 && rng.unit() < exp(-d / temperature))
                if accept { commit(); careers[i] = a; careers[j] = b; feats[i] = fa; feats[j] = fb } else { reject() }
            } else {
                let i = rng.int(0...(careers.count - 1))
                let candidate: Career?
                if r < 0.40 {
                    candidate = sample(rng.chance(0.8) ? careers[i].municipality : rng.weighted(gWeights), &rng)
                } else if r < 0.50 {
                    candidate = restructure(careers[i], &rng)
                } else if r < 0.60 {
                    var moved = careers[i]
                    moved.municipality = rng.weighted(gWeights)
                    candidate = moved
                } else {
                    candidate = tweak(careers[i], &rng)
                }
                guard let c = candidate else { continue }
                let f = features(c)
                let d = delta(feats[i], f)
                accept = d <= 0 || (temperature > 0 && rng.unit() < exp(-d / temperature))
                if accept { commit(); careers[i] = c; feats[i] = f } else { reject() }
            }
        }
        var exactMiss = 0
        for k in 0..<Feature.exactCount where Double(counts[k]) != t.target[k] { exactMiss += 1 }
        var soft = 0.0
        for k in Feature.exactCount..<Feature.count { soft += cost(k, counts[k]) }
        log("residential fit: \(careers.count) careers, exact misses \(exactMiss), soft cost \(String(format: "%.1f", soft))")
        return careers
    }
}

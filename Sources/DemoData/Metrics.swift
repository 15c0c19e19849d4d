import Foundation
import MonitorCore

/// The published figures computed from a dataset with MonitorCore's primitives, by the
/// definitions of the data contract §5.
enum Metrics {
    struct Costs { var all, s1PerClient, s2PerClient, otherPerClient, allPerClient, residentialShare, s2ClientShare, s2CostShare: Double }

    static func residence(_ ds: Dataset, _ a: AllocationRecord) -> ResidenceClass { ds.products[a.product].residence }

    static func costs2022(_ ds: Dataset) -> Costs {
        let y = Period(year: 2022)
        let all = ds.clients(activeIn: y).count
        let s1 = ds.clients(activeIn: y) { residence(ds, $0) == .s1Residential }.count
        let s2 = ds.clients(activeIn: y) { residence(ds, $0).isSegment2 }.count
        let union = ds.clients(activeIn: y) { residence(ds, $0).isResidential }.count
        var cents = [ResidenceClass: Int64]()
        for c in ds.claims where c.careMonth.year == 2022 {
            cents[residence(ds, ds.allocations[c.allocation]), default: 0] += c.amountCents
        }
        let total = Double(cents.values.reduce(0, +)) / 100
        let s1c = Double(cents[.s1Residential] ?? 0) / 100
        let s2c = Double((cents[.s2FamilyLike] ?? 0) + (cents[.s2Living] ?? 0)) / 100
        return Costs(all: total, s1PerClient: s1c / Double(s1), s2PerClient: s2c / Double(s2),
                     otherPerClient: (total - s1c - s2c) / Double(all - union), allPerClient: total / Double(all),
                     residentialShare: (s1c + s2c) / total, s2ClientShare: Double(s2) / Double(all), s2CostShare: s2c / total)
    }

    struct ProductApril {
        var clients = 0, contractedProviders = 0
        var atContracted = 0, contractedUsed = 0, atOther = 0, otherUsed = 0
        var verzilvering = 0.0, beschikt = 0.0
        var waitMin = Int.max, waitMax = Int.min
        var referrers: [String: Int] = [:]
    }

    static func productApril(_ ds: Dataset, code: String) -> ProductApril {
        var r = ProductApril()
        let p = ds.productIndex[code]!
        let april = Month(year: 2023, month: 4)
        let period = Period(month: april)
        let active = ds.allocations.filter { $0.product == p && $0.isActive(in: period) }
        r.clients = Set(active.map(\.client)).count
        let contracted = (0..<ds.providers.count).filter { ds.isContracted(provider: $0, product: p, in: april) }
        r.contractedProviders = contracted.count
        var atC = Set<Int32>(), atO = Set<Int32>(), provC = Set<Int>(), provO = Set<Int>()
        var refByClient: [Int32: String] = [:]
        for a in active {
            if ds.isContracted(provider: a.provider, product: p, in: april) { atC.insert(a.client); provC.insert(a.provider) }
            else { atO.insert(a.client); provO.insert(a.provider) }
            refByClient[a.client] = a.referrer?.rawValue ?? ""
            r.beschikt += ds.beschikt(a, in: april)
        }
        r.atContracted = atC.count; r.contractedUsed = provC.count; r.atOther = atO.count; r.otherUsed = provO.count
        for (_, code) in refByClient { r.referrers[code, default: 0] += 1 }
        let months2022 = (1...12).map { Month(year: 2022, month: $0) }
        let all = ds.allocations.filter { $0.product == p }
        let beschikt2022 = all.reduce(0.0) { t, a in t + months2022.reduce(0) { $0 + ds.beschikt(a, in: $1) } }
        let claimed = ds.claimedCents { ds.allocations[$0.allocation].product == p && $0.careMonth.year == 2022 }
        r.verzilvering = Double(claimed) / 100 / beschikt2022
        let cutoff = period.last
        for v in contracted {
            let agb = ds.providers[v].agb
            let latest = ds.reference.waitingTimes.filter { $0.provider == agb && $0.product == code && $0.date <= cutoff }
                .max { $0.date < $1.date }
            if let w = latest { r.waitMin = min(r.waitMin, w.weeks); r.waitMax = max(r.waitMax, w.weeks) }
        }
        return r
    }

    /// Maatwerkvoorzieningen in a year.
    static func maatwerk(_ ds: Dataset, year: Int) -> Int {
        let y = Period(year: year)
        return ds.allocations.filter { $0.isActive(in: y) && ds.isCustomArrangement($0) }.count
    }

    static func contractedProviders(_ ds: Dataset, year: Int) -> Int {
        let y = Period(year: year)
        return Set(ds.reference.contracts.filter { $0.overlaps(y) }.map(\.provider)).count
    }

    /// Average monthly distinct clients of a product set over the months of a year (up to a last month).
    static func monthlyAverage(_ ds: Dataset, year: Int, through lastMonth: Int = 12, _ include: (AllocationRecord) -> Bool) -> Double {
        let months = (1...lastMonth).map { Month(year: year, month: $0) }
        let total = months.reduce(0) { $0 + ds.clients(activeIn: Period(month: $1), where: include).count }
        return Double(total) / Double(months.count)
    }

    /// Percentage formatted as the source prints it: Dutch decimal comma.
    static func percent(_ value: Double, decimals: Int) -> String {
        let scaled = value * 100
        let factor = pow10(decimals)
        let rounded = (abs(scaled) * factor).rounded() / factor * (scaled < 0 ? -1 : 1)
        var s = decimals == 0 ? String(Int(rounded)) : formatFixed(rounded, decimals)
        s = s.replacingOccurrences(of: ".", with: ",")
        return s + "%"
    }

    static func pow10(_ n: Int) -> Double { (0..<n).reduce(1.0) { r, _ in r * 10 } }

    static func formatFixed(_ v: Double, _ decimals: Int) -> String {
        let factor = pow10(decimals)
        let n = Int((abs(v) * factor).rounded())
        let whole = n / Int(factor), frac = n % Int(factor)
        let fracText = String(frac)
        return (v < 0 && n != 0 ? "-" : "") + "\(whole)." + String(repeating: "0", count: decimals - fracText.count) + fracText
    }
}

import MonitorCore

/// The 11 municipalities of the region, their inhabitants and annual accounts.
enum Regions {
    static let municipalities: [Municipality] = [
        Municipality(code: "0743", name: "Asten", subregion: "Peelgemeenten"),
        Municipality(code: "0762", name: "Deurne", subregion: "Peelgemeenten"),
        Municipality(code: "1771", name: "Geldrop-Mierlo", subregion: "Dommelvallei+"),
        Municipality(code: "1652", name: "Gemert-Bakel", subregion: "Peelgemeenten"),
        Municipality(code: "0794", name: "Helmond", subregion: "Helmond"),
        Municipality(code: "1659", name: "Laarbeek", subregion: "Peelgemeenten"),
        Municipality(code: "0820", name: "Nuenen", subregion: "Dommelvallei+"),
        Municipality(code: "0847", name: "Someren", subregion: "Peelgemeenten"),
        Municipality(code: "0848", name: "Son en Breugel", subregion: "Dommelvallei+"),
        Municipality(code: "0861", name: "Veldhoven", subregion: "Veldhoven"),
        Municipality(code: "0866", name: "Waalre", subregion: "Dommelvallei+"),
    ]

    static let subregions = ["Dommelvallei+", "Helmond", "Peelgemeenten", "Veldhoven"]

    static func subregionIndex(ofMunicipality g: Int) -> Int {
        subregions.firstIndex(of: municipalities[g].subregion)!
    }

    /// Residents on 1 January 2023: jeugdigen (up to 18) and all inhabitants.
    /// Only the subregion totals of jeugdigen are published (CBS, 1-1-2023); the split over
    /// municipalities and the inhabitant numbers are estimates.
    static let youths2023 = [3480, 6050, 8330, 6390, 19325, 4750, 4890, 3832, 4090, 9012, 2989]
    static let inhabitants2023 = [17210, 32950, 39960, 31170, 94430, 23260, 23580, 19540, 17560, 46180, 17850]

    static func inhabitants() -> [Inhabitants] {
        var rows: [Inhabitants] = []
        for (g, m) in municipalities.enumerated() {
            for year in 2021...2026 {
                let dt = Double(year - 2023)
                // Youth slowly declining, total population slowly growing; 2023 exactly as published.
                let youths = Int((Double(youths2023[g]) * (1 - 0.004 * dt) + Double((g * 7 + year) % 5) - 2).rounded())
                let total = Int((Double(inhabitants2023[g]) * (1 + 0.006 * dt)).rounded()) + (year == 2023 ? 0 : (g * 13 + year) % 9)
                rows.append(Inhabitants(municipality: m.code, year: year,
                                        youths: year == 2023 ? youths2023[g] : youths,
                                        total: year == 2023 ? inhabitants2023[g] : total))
            }
        }
        return rows
    }

    /// Zorgkosten Jeugdwet from the annual accounts, in thousands of euros, 2021–2023.
    /// Chosen so that the region totals (92.000.000, 86.934.000, 94.631.000) and the rounded
    /// per-municipality developments of §1.2 of the programme plan come out exactly.
    static let accounts2021 = [3954, 9366, 10813, 6899, 28741, 4787, 6724, 4140, 4093, 8494, 3989]
    static let accounts2022 = [3361, 7586, 11461, 6278, 26153, 5074, 5917, 4223, 4584, 8069, 4228]
    static let accounts2023 = [4336, 7359, 13295, 6969, 25107, 5937, 6627, 4730, 6418, 9118, 4735]
    /// 2024 and 2025 are demo continuations (costs keep rising).
    static let growth2024 = [0.071, 0.052, 0.064, 0.058, 0.049, 0.067, 0.055, 0.073, 0.044, 0.061, 0.058]
    static let growth2025 = [0.043, 0.038, 0.051, 0.047, 0.036, 0.049, 0.041, 0.052, 0.033, 0.045, 0.044]

    static func annualAccounts() -> [AnnualAccount] {
        var rows: [AnnualAccount] = []
        for (g, m) in municipalities.enumerated() {
            let a24 = (Double(accounts2023[g]) * (1 + growth2024[g])).rounded()
            let a25 = (a24 * (1 + growth2025[g])).rounded()
            let values = [Double(accounts2021[g]), Double(accounts2022[g]), Double(accounts2023[g]), a24, a25]
            for (i, v) in values.enumerated() {
                rows.append(AnnualAccount(municipality: m.code, year: 2021 + i, careCosts: v * 1000))
            }
        }
        return rows
    }
}

import MonitorCore

/// The published figures (published-figures.md, from the Programmaplan and its bijlagen).
/// They live only here, in DemoData: the monitor itself computes everything from the rows.
///
/// Segment 2 in the factsheet (section E a/b) counts "clients with a segment 2 allocation",
/// i.e. product `segment` = 2. Counted over the four residential products alone the published
/// numbers are impossible: Dommelvallei+ has at most 31+0+10+0+9+0+7+1 = 58 S2 clients in all
/// of 2023 (table C), yet 61 in the first half of 2023. The catalogue therefore has a fifth,
/// non-residential segment 2 product, 44A11 Deeltijdpleegzorg (category 44, verblijf `geen`,
/// from 2023, being developed per the action plan), used by a few youths without a residential
/// S2 allocation in that half year. Sections E(a)/E(b) count product segment 2; tables B and C
/// count the verblijf class.
enum Published {
    /// Order of `Regions.municipalities`.
    static let inCare2022 = [363, 654, 1264, 541, 2602, 523, 497, 381, 499, 1226, 464]
    static let inCare2023 = [372, 637, 1224, 607, 2635, 515, 547, 367, 519, 1299, 479]
    static let inCareTotal = [2022: 9014, 2023: 9201]

    static let s1Region = [2022: 168, 2023: 170]
    static let s2Region = [2022: 351, 2023: 328]
    static let unionRegion = [2022: 492, 2023: 473]

    /// Table C: [municipality][S1 2022, S1 2023, gezinsnabij 2022, 2023, wonen 2022, 2023].
    static let perMunicipality: [[Int]] = [
        [11, 9, 16, 9, 2, 3],
        [15, 13, 19, 15, 1, 3],
        [12, 20, 33, 31, 4, 0],
        [10, 13, 18, 17, 0, 1],
        [58, 54, 138, 136, 9, 11],
        [6, 11, 18, 17, 2, 3],
        [6, 4, 15, 10, 0, 0],
        [2, 3, 7, 7, 1, 2],
        [8, 8, 10, 9, 1, 0],
        [31, 28, 44, 44, 9, 9],
        [9, 7, 8, 7, 0, 1],
    ]
    static func classCount(_ cls: Int, _ g: Int, _ year: Int) -> Int { perMunicipality[g][cls * 2 + (year - 2022)] }

    /// Accounts (jaarrekening) region totals in euro and the rounded developments.
    static let accountsTotal = [2021: 92_000_000.0, 2022: 86_934_000.0, 2023: 94_631_000.0]
    static let accountsDevelopment2022 = [-15, -19, 6, -9, -9, 6, -12, 2, 12, -5, 6]
    static let accountsDevelopment2023 = [29, -3, 16, 11, -4, 17, 12, 12, 40, 13, 12]

    /// Segment 2 (product segment 2) clients in the first half year.
    static let segment2FirstHalf = [2021: 331, 2022: 338, 2023: 301]
    /// First half of 2023 by subregion (order of `Regions.subregions`).
    static let segment2BySubregion = [61, 126, 69, 45]
    static let careBySubregion = [2239, 2065, 2045, 1032]
    static let youthsBySubregion = [20299, 19325, 24502, 9012]
    static let s2VersusInhabitants = ["0,06%", "0,13%", "0,06%", "0,10%"]
    static let s2VersusCare = ["2,7%", "6,1%", "3,4%", "4,4%", "4,1%"]
    static let s2VersusYouths = ["0,30%", "0,65%", "0,28%", "0,50%", "0,41%"]

    /// 2022 average costs per client (ca., ±3 %).
    static let costAll = 8100.0, costS1 = 57000.0, costS2 = 21000.0, costOther = 6600.0
    static let residentialCostShare = 23

    /// Per product, peilmaand April 2023 (43A09, 43A10, 43A14, 43B99).
    static let aprilProducts = ["43A09", "43A10", "43A14", "43B99"]
    static let aprilClients = [212, 44, 17, 1]
    static let aprilContractedProviders = [5, 10, 6, 5]
    static let aprilAtContracted = [(198, 4), (30, 8), (9, 5), (1, 1)]
    static let aprilAtOther = [(14, 3), (14, 10), (8, 6), (0, 0)]
    static let verzilvering2022 = ["100,00%", "95,79%", "96,10%", "96,90%"]
    static let verzilveringValue = [1.0, 0.9579, 0.9610, 0.9690]
    static let aprilBeschikt = [266_652, 196_462, 78_584, 2_580]
    static let waitingRange = [(2, 12), (1, 110), (0, 40), (1, 40)]
    /// Referrer counts per product: (code or "" for onbekend, clients).
    static let aprilReferrers: [[(String, Int)]] = [
        [("", 86), ("04", 64), ("01", 61), ("08", 1)],
        [("04", 20), ("01", 12), ("", 12)],
        [("", 9), ("01", 6), ("04", 2)],
        [("", 1)],
    ]

    static let contractedProviders2023 = 175...185
    static let maatwerk = [2022: 3906, 2023: 1454]
    static let rmtCases2023 = 44
}

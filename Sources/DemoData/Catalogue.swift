import MonitorCore

/// How allocations of a product are usually written (iJw unit and frequency) and used.
struct ProductSpec {
    var product: Product
    var unit: Unit
    var frequency: Frequency
    /// Typical volume range (per frequency period, or in total for frequentie 6).
    var volume: ClosedRange<Int>
    /// Tarief in 2021 (euro per unit); later years are indexed.
    var tariff2021: Double
    /// Relative weight among the allocations of ordinary (non-residential) care.
    var weight: Double
    /// Median allocation length in days.
    var medianDays: Double
    /// First day the product exists.
    var available: Day = Day(year: 2021, month: 1, day: 1)!
}

enum Catalogue {
    static func p(_ code: String, _ name: String, _ cat: String, _ seg: Int, _ res: ResidenceClass,
                  _ unit: Unit, _ freq: Frequency, _ vol: ClosedRange<Int>, _ tariff: Double,
                  _ weight: Double, _ days: Double, from: Day? = nil) -> ProductSpec {
        var s = ProductSpec(product: Product(code: code, description: name, category: cat, segment: seg, residence: res),
                            unit: unit, frequency: freq, volume: vol, tariff2021: tariff, weight: weight, medianDays: days)
        if let from { s.available = from }
        return s
    }

    static let jan2022 = Day(year: 2022, month: 1, day: 1)!
    static let jan2023 = Day(year: 2023, month: 1, day: 1)!

    /// The regional product catalogue (PDC), segments 1–5.
    static let specs: [ProductSpec] = [
        // Segment 1: specialised and complex care, including treatment with stay.
        p("43A01", "Behandelgroep met verblijf LVB", "43", 1, .s1Residential, .dayAndNight, .perDay, 1...1, 318.40, 0, 210),
        p("43A02", "Gesloten jeugdhulp (JeugdzorgPlus)", "43", 1, .s1Residential, .dayAndNight, .perDay, 1...1, 402.15, 0, 150),
        p("43A03", "Klinische behandeling jeugd-GGZ", "43", 1, .s1Residential, .dayAndNight, .perDay, 1...1, 445.80, 0, 120),
        p("43A04", "Driemilieuvoorziening", "43", 1, .s1Residential, .dayAndNight, .perDay, 1...1, 356.25, 0, 240),
        p("43A05", "Behandelgroep met verblijf – intensief", "43", 1, .s1Residential, .dayAndNight, .perDay, 1...1, 389.60, 0, 200),
        p("45A01", "Specialistische behandeling complexe problematiek", "45", 1, .none, .hour, .perWeek, 1...6, 112.40, 3, 240),
        p("45A02", "Intensieve ambulante gezinsbehandeling", "45", 1, .none, .hour, .perWeek, 4...12, 104.70, 2, 150),
        p("41A01", "Dagbehandeling complexe problematiek", "41", 1, .none, .dayPart, .perWeek, 6...13, 78.90, 2, 270),
        p("45A03", "Forensische ambulante behandeling", "45", 1, .none, .hour, .perWeek, 1...4, 118.20, 1, 180),
        // Segment 2: wonen (family-like and living), plus deeltijdpleegzorg (from 2023, no residence class).
        p("43A09", "Pleegzorg", "43", 2, .s2FamilyLike, .dayAndNight, .perDay, 1...1, 37.10, 0, 900),
        p("43A10", "Gezinshuis", "43", 2, .s2FamilyLike, .dayAndNight, .perDay, 1...1, 131.00, 0, 600),
        p("43A14", "Woongroep", "43", 2, .s2Living, .dayAndNight, .perDay, 1...1, 140.00, 0, 400, from: jan2022),
        p("43B99", "Begeleiding naar zelfstandig wonen", "43", 2, .s2Living, .dayAndNight, .perDay, 1...1, 78.00, 0, 270),
        p("44A11", "Deeltijdpleegzorg", "44", 2, .none, .dayAndNight, .perMonth, 4...8, 41.00, 0, 300, from: jan2023),
        // Segment 3: specialist ambulant care (GGZ, diagnostics).
        p("45A10", "Diagnostiek jeugd-GGZ", "45", 3, .none, .hour, .totalInPeriod, 9...23, 108.50, 6, 90),
        p("45A11", "Psychodiagnostisch onderzoek", "45", 3, .none, .hour, .totalInPeriod, 7...17, 104.30, 3, 75),
        p("45A12", "Specialistische GGZ-behandeling", "45", 3, .none, .minute, .perMonth, 174...696, 1.86, 9, 200),
        p("45A13", "Behandeling ernstige enkelvoudige dyslexie (EED)", "45", 3, .none, .hour, .totalInPeriod, 44...72, 92.60, 6, 330),
        p("45A14", "Kortdurende GGZ-behandeling", "45", 3, .none, .minute, .perMonth, 87...348, 1.74, 8, 120),
        p("45A15", "Behandeling autismespectrumstoornis", "45", 3, .none, .hour, .perWeek, 1...3, 101.10, 3, 240),
        p("45A16", "Traumabehandeling (EMDR)", "45", 3, .none, .hour, .totalInPeriod, 12...29, 106.00, 3, 120),
        p("45A17", "Ambulante behandeling LVB", "45", 3, .none, .hour, .perWeek, 1...4, 94.80, 3, 210),
        p("45A18", "Ambulante gezinsbehandeling", "45", 3, .none, .hour, .perWeek, 1...4, 99.50, 4, 180),
        // Segment 4: begeleiding, dagbesteding, kortdurend verblijf, persoonlijke verzorging.
        p("45B01", "Ambulante begeleiding individueel", "45", 4, .none, .hour, .perWeek, 1...6, 64.80, 14, 270),
        p("45B02", "Begeleiding groep", "45", 4, .none, .dayPart, .perWeek, 1...6, 41.20, 4, 300),
        p("45B03", "Begeleiding op school (onderwijs-zorgarrangement)", "45", 4, .none, .hour, .perWeek, 3...12, 58.70, 4, 280),
        p("45B04", "Ouder-kindbegeleiding – gezinsondersteuning", "45", 4, .none, .hour, .perWeek, 1...4, 66.20, 5, 200),
        p("45B05", "Maatwerkarrangement begeleiding (budget)", "45", 4, .none, .euros, .perMonth, 150...900, 1.00, 2, 240),
        p("41B01", "Dagbesteding jeugd", "41", 4, .none, .dayPart, .perWeek, 1...9, 39.90, 5, 330),
        p("41B02", "Dagbehandeling niet-complex", "41", 4, .none, .dayPart, .perWeek, 3...9, 61.30, 3, 250),
        p("44B01", "Kortdurend verblijf (logeeropvang)", "44", 4, .none, .dayAndNight, .perMonth, 3...12, 168.00, 3, 300),
        p("40B01", "Persoonlijke verzorging", "40", 4, .none, .minute, .perMonth, 348...1305, 0.98, 3, 300),
        p("45B06", "Cliëntondersteuning en regie", "45", 4, .none, .hour, .perMonth, 3...9, 62.50, 2, 180),
        // Segment 5: crisis.
        p("46C01", "Crisisinterventie ambulant", "46", 5, .none, .hour, .totalInPeriod, 9...29, 121.40, 2, 28),
        p("46C02", "Crisisopvang – verblijf", "46", 5, .none, .dayAndNight, .perDay, 1...1, 298.00, 1, 21),
        p("46C03", "Pleegzorg – crisisplaatsing", "46", 5, .none, .dayAndNight, .perDay, 1...1, 69.50, 1, 28),
        p("46C04", "Spoedeisende zorg – coördinatie", "46", 5, .none, .euros, .totalInPeriod, 400...1500, 1.00, 1, 14),
    ]

    static var products: [Product] { specs.map(\.product) }

    static func index(_ code: String) -> Int { specs.firstIndex { $0.product.code == code }! }

    static let pleegzorg = index("43A09")
    static let gezinshuis = index("43A10")
    static let woongroep = index("43A14")
    static let zelfstandig = index("43B99")
    static let deeltijd = index("44A11")
    static let s1Products = specs.indices.filter { specs[$0].product.residence == .s1Residential }
    static let segment2Residential = [pleegzorg, gezinshuis, woongroep, zelfstandig]
    /// Products for ordinary (non-residential) care, with their weights.
    static let ordinary = specs.indices.filter { specs[$0].weight > 0 }

    /// Yearly indexation of tariffs 2022…2026 (3–7 %).
    static let indexation: [Int: Double] = [2022: 0.038, 2023: 0.061, 2024: 0.052, 2025: 0.034, 2026: 0.031]

    /// Cumulative index factor from 2021 to `year`.
    static func indexFactor(_ year: Int) -> Double {
        var f = 1.0
        if year > 2021 { for y in 2022...year { f *= 1 + (indexation[y] ?? 0) } }
        return f
    }
}

@testable import MonitorCore

/// Small deliveries built in code, whose figures are worked out by hand in the tests.
enum HandMade {
    static func day(_ s: String) -> Day {
        let p = s.split(separator: "-").compactMap { Int($0) }
        return Day(year: p[0], month: p[1], day: p[2])!
    }

    static let reference = ReferenceData(
        municipalities: [
            Municipality(code: "0001", name: "Alpha", subregion: "Noord"),
            Municipality(code: "0002", name: "Beta", subregion: "Noord"),
        ],
        inhabitants: [],
        products: [
            Product(code: "S1V", description: "Behandelgroep", category: "43", segment: 1, residence: .s1Residential),
            Product(code: "PZ", description: "Pleegzorg", category: "43", segment: 2, residence: .s2FamilyLike),
            Product(code: "WG", description: "Woongroep", category: "43", segment: 2, residence: .s2Living),
            Product(code: "AMB", description: "Ambulante begeleiding", category: "45", segment: 4, residence: .none),
        ],
        tariffs: [
            Tariff(product: "S1V", year: 2022, amount: 300), Tariff(product: "S1V", year: 2023, amount: 310),
            Tariff(product: "PZ", year: 2022, amount: 40), Tariff(product: "PZ", year: 2023, amount: 42),
            Tariff(product: "WG", year: 2021, amount: 150), Tariff(product: "WG", year: 2022, amount: 150),
            Tariff(product: "WG", year: 2023, amount: 160),
            Tariff(product: "AMB", year: 2022, amount: 90), Tariff(product: "AMB", year: 2023, amount: 100),
        ],
        providers: [Provider(agb: "11111111", name: "Contract BV"), Provider(agb: "22222222", name: "Zonder Contract BV")],
        contracts: [
            Contract(provider: "11111111", product: "AMB", start: day("2022-01-01"), end: nil),
            // Starts mid-month: contracted in January 2022, but not on 2022-01-11.
            Contract(provider: "11111111", product: "PZ", start: day("2022-01-15"), end: nil),
        ]
    )

    static func allocation(
        _ number: String, _ municipality: String, _ client: String, _ product: String, _ provider: String,
        _ start: String, _ end: String?, volume: Int = 1, unit: Unit = .dayAndNight,
        frequency: Frequency = .perDay, referrer: Referrer? = nil, changeReason: String? = nil, endReason: String? = nil
    ) -> Allocation {
        Allocation(
            municipality: municipality, number: number, client: client, category: "43", product: product,
            provider: provider, start: day(start), end: end.map(day), volume: volume, unit: unit,
            frequency: frequency, referrer: referrer, changeReason: changeReason, endReason: endReason)
    }

    static func claim(_ municipality: String, _ number: String, _ month: String, _ euros: Double, received: String) -> Claim {
        Claim(municipality: municipality, allocationNumber: number, careMonth: Month(month)!, volume: nil,
              amountCents: Int64((euros * 100).rounded()), received: day(received))
    }

    /// Delivery of June 2023 (horizon 2023-06-30); report years 2022 and 2023.
    static let allocations: [Allocation] = [
        allocation("1", "0001", "c1", "AMB", "11111111", "2022-03-01", "2022-12-31", volume: 2, unit: .hour, frequency: .perWeek),
        allocation("2", "0002", "c1", "AMB", "11111111", "2023-02-01", nil, volume: 10, unit: .hour, frequency: .perMonth),
        allocation("3", "0001", "c2", "S1V", "22222222", "2022-11-15", "2023-01-31"),
        allocation("4", "0001", "c2", "PZ", "11111111", "2023-02-01", nil),
        allocation("5", "0001", "c3", "WG", "22222222", "2021-06-01", "2022-01-10"),
        allocation("6", "0001", "c3", "PZ", "11111111", "2022-01-11", "2022-06-30"),
        allocation("7", "0002", "c4", "AMB", "11111111", "2022-01-01", "2022-01-31", volume: 6, unit: .hour, frequency: .totalInPeriod),
        allocation("8", "0002", "c5", "AMB", "11111111", "2022-05-01", "2022-05-31", volume: 1, unit: .hour, frequency: .perWeek, changeReason: "13"),
        allocation("9", "0002", "c6", "AMB", "22222222", "2021-12-01", "2021-12-31", volume: 1, unit: .hour, frequency: .perWeek),
        allocation("10", "0002", "c1", "AMB", "11111111", "2022-12-01", "2022-12-31", volume: 1, unit: .hour, frequency: .perWeek),
        allocation("11", "0002", "c4", "AMB", "11111111", "2022-02-15", "2022-03-16", volume: 3, unit: .hour, frequency: .totalInPeriod),
        allocation("12", "0001", "c2", "AMB", "11111111", "2023-03-01", "2023-03-31", volume: 500, unit: .euros, frequency: .perMonth),
    ]

    static let claims: [Claim] = [
        claim("0001", "1", "2022-03", 797.14, received: "2022-04-20"),
        claim("0001", "3", "2022-11", 4800, received: "2022-12-15"),
        claim("0001", "3", "2022-11", -4800, received: "2023-01-10"),
        claim("0001", "3", "2022-11", 4500, received: "2023-01-10"),
        claim("0001", "4", "2023-06", 1260, received: "2023-07-05"),
        claim("0002", "8", "2022-05", 100, received: "2022-06-10"),
    ]

    static func dataset(
        reference: ReferenceData = HandMade.reference,
        allocations: [Allocation] = HandMade.allocations, claims: [Claim] = HandMade.claims,
        delivery: Month = Month(year: 2023, month: 6), placements: [Placement] = [], placementFiles: Set<String> = []
    ) throws -> Dataset {
        try Dataset(reference: reference, delivery: Delivery(month: delivery, allocations: allocations, claims: claims,
                                                              placements: placements, placementFiles: placementFiles))
    }
}

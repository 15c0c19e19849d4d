/// Reference data and delivery rows as the data contract defines them.
/// Text fields keep the delivered spelling; codes are validated by the loader.

public struct Municipality: Hashable, Sendable {
    /// CBS gemeentecode, four digits (`0743`).
    public var code: String
    public var name: String
    public var subregion: String

    public init(code: String, name: String, subregion: String) {
        self.code = code; self.name = name; self.subregion = subregion
    }
}

/// inwoners.csv: residents on 1 January of `year`.
public struct Inhabitants: Hashable, Sendable {
    public var municipality: String
    public var year: Int
    /// Residents up to 18 (jeugdigen).
    public var youths: Int
    public var total: Int

    public init(municipality: String, year: Int, youths: Int, total: Int) {
        self.municipality = municipality; self.year = year; self.youths = youths; self.total = total
    }
}

/// producten.csv: the regional product catalogue (PDC).
public struct Product: Hashable, Sendable {
    public var code: String
    public var description: String
    /// JZ020 product category, two digits.
    public var category: String
    /// Segment 1–5 of the regional purchasing.
    public var segment: Int
    public var residence: ResidenceClass

    public init(code: String, description: String, category: String, segment: Int, residence: ResidenceClass) {
        self.code = code; self.description = description; self.category = category
        self.segment = segment; self.residence = residence
    }
}

/// tarieven.csv: euro per unit of the allocation in a calendar year.
public struct Tariff: Hashable, Sendable {
    public var product: String
    public var year: Int
    public var amount: Double

    public init(product: String, year: Int, amount: Double) {
        self.product = product; self.year = year; self.amount = amount
    }
}

/// aanbieders.csv
public struct Provider: Hashable, Sendable {
    /// 8-digit AGB code.
    public var agb: String
    public var name: String

    public init(agb: String, name: String) { self.agb = agb; self.name = name }
}

/// contracten.csv: a provider is contracted for a product on the days of this period.
public struct Contract: Hashable, Sendable {
    public var provider: String
    public var product: String
    public var start: Day
    /// nil = open-ended.
    public var end: Day?

    public init(provider: String, product: String, start: Day, end: Day?) {
        self.provider = provider; self.product = product; self.start = start; self.end = end
    }

    public func covers(_ day: Day) -> Bool { start <= day && (end.map { day <= $0 } ?? true) }
    public func overlaps(_ period: Period) -> Bool { start <= period.last && (end.map { $0 >= period.first } ?? true) }
}

/// jaarrekening.csv: total Jeugdwet care costs from a municipality's annual accounts.
public struct AnnualAccount: Hashable, Sendable {
    public var municipality: String
    public var year: Int
    public var careCosts: Double

    public init(municipality: String, year: Int, careCosts: Double) {
        self.municipality = municipality; self.year = year; self.careCosts = careCosts
    }
}

/// wachttijden.csv: one update a provider made in the Beschikbaarheidswijzer.
public struct WaitingTime: Hashable, Sendable {
    public var provider: String
    public var product: String
    public var date: Day
    public var weeks: Int

    public init(provider: String, product: String, date: Day, weeks: Int) {
        self.provider = provider; self.product = product; self.date = date; self.weeks = weeks
    }
}

/// rmt.csv: a case of the Regionaal Matchingsteam.
public struct RMTCase: Hashable, Sendable {
    public var id: String
    public var municipality: String
    public var registered: Day
    /// nil = no fitting offer yet.
    public var offered: Day?
    /// The offer is at a contracted provider.
    public var contracted: Bool

    public init(id: String, municipality: String, registered: Day, offered: Day?, contracted: Bool) {
        self.id = id; self.municipality = municipality; self.registered = registered
        self.offered = offered; self.contracted = contracted
    }
}

/// One row of `<gemeentecode>_toewijzingen.csv`.
public struct Allocation: Hashable, Sendable {
    public var municipality: String
    public var number: String
    public var client: String
    public var birthYear: Int?
    public var category: String
    public var product: String
    public var provider: String
    public var start: Day
    /// Last day, inclusive; nil = open-ended.
    public var end: Day?
    public var volume: Int
    public var unit: Unit
    public var frequency: Frequency
    public var referrer: Referrer?
    public var changeReason: String?
    public var endReason: String?

    public init(
        municipality: String, number: String, client: String, birthYear: Int? = nil, category: String,
        product: String, provider: String, start: Day, end: Day?, volume: Int, unit: Unit,
        frequency: Frequency, referrer: Referrer? = nil, changeReason: String? = nil, endReason: String? = nil
    ) {
        self.municipality = municipality; self.number = number; self.client = client; self.birthYear = birthYear
        self.category = category; self.product = product; self.provider = provider; self.start = start
        self.end = end; self.volume = volume; self.unit = unit; self.frequency = frequency
        self.referrer = referrer; self.changeReason = changeReason; self.endReason = endReason
    }

    /// Rows with reden_wijziging 13 do not exist for any figure.
    public var isRemoved: Bool { changeReason == CodeLists.removedChangeReason }
}

/// One row of `<gemeentecode>_declaraties.csv`: an approved claim line.
public struct Claim: Hashable, Sendable {
    public var municipality: String
    public var allocationNumber: String
    public var careMonth: Month
    public var volume: Int?
    /// Euro cents, so that sums are exact; negative for credits.
    public var amountCents: Int64
    public var received: Day

    public init(municipality: String, allocationNumber: String, careMonth: Month, volume: Int?, amountCents: Int64, received: Day) {
        self.municipality = municipality; self.allocationNumber = allocationNumber; self.careMonth = careMonth
        self.volume = volume; self.amountCents = amountCents; self.received = received
    }
}

/// One row of the optional `<gemeentecode>_plaatsingen.csv` (contract §7.9): what is known
/// about the place of a residential allocation. nil = unknown (an empty field).
public struct Placement: Hashable, Sendable {
    public var municipality: String
    public var allocationNumber: String
    /// Kilometres between the youth's home and the place.
    public var distanceKm: Double?
    public var smallScale: Bool?
    public var education: Bool?
    /// The placement followed a Verklarende Analyse.
    public var explanatoryAnalysis: Bool?

    public init(municipality: String, allocationNumber: String, distanceKm: Double? = nil, smallScale: Bool? = nil,
                education: Bool? = nil, explanatoryAnalysis: Bool? = nil) {
        self.municipality = municipality; self.allocationNumber = allocationNumber; self.distanceKm = distanceKm
        self.smallScale = smallScale; self.education = education; self.explanatoryAnalysis = explanatoryAnalysis
    }
}

/// Everything in `referentie/`.
public struct ReferenceData: Sendable {
    public var municipalities: [Municipality]
    public var inhabitants: [Inhabitants]
    public var products: [Product]
    public var tariffs: [Tariff]
    public var providers: [Provider]
    public var contracts: [Contract]
    public var annualAccounts: [AnnualAccount]
    public var waitingTimes: [WaitingTime]
    public var rmtCases: [RMTCase]

    public init(
        municipalities: [Municipality] = [], inhabitants: [Inhabitants] = [], products: [Product] = [],
        tariffs: [Tariff] = [], providers: [Provider] = [], contracts: [Contract] = [],
        annualAccounts: [AnnualAccount] = [], waitingTimes: [WaitingTime] = [], rmtCases: [RMTCase] = []
    ) {
        self.municipalities = municipalities; self.inhabitants = inhabitants; self.products = products
        self.tariffs = tariffs; self.providers = providers; self.contracts = contracts
        self.annualAccounts = annualAccounts; self.waitingTimes = waitingTimes; self.rmtCases = rmtCases
    }
}

/// One monthly delivery folder (`leveringen/YYYY-MM`): cumulative since 2021-01-01.
public struct Delivery: Sendable {
    /// The month the delivery covers up to and including.
    public var month: Month
    public var allocations: [Allocation]
    public var claims: [Claim]
    /// Rows of the optional plaatsingen files.
    public var placements: [Placement]
    /// Gemeentecodes that delivered a plaatsingen file (possibly without rows).
    public var placementFiles: Set<String>

    public init(month: Month, allocations: [Allocation], claims: [Claim], placements: [Placement] = [], placementFiles: Set<String> = []) {
        self.month = month; self.allocations = allocations; self.claims = claims
        self.placements = placements; self.placementFiles = placementFiles
    }
}

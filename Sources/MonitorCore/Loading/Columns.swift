/// Column sets of the reference files (contract §3), named as the contract names them.

enum MunicipalityColumn: Int, TableColumn {
    case code, title, subregion
    var name: String { ["gemeentecode", "naam", "subregio"][rawValue] }
    var isRequired: Bool { true }
}

enum InhabitantsColumn: Int, TableColumn {
    case municipality, year, youths, total
    var name: String { ["gemeentecode", "jaar", "jeugdigen", "inwoners"][rawValue] }
    var isRequired: Bool { true }
}

enum ProductColumn: Int, TableColumn {
    case code, description, category, segment, residence
    var name: String { ["productcode", "omschrijving", "productcategorie", "segment", "verblijf"][rawValue] }
    var isRequired: Bool { true }
}

enum TariffColumn: Int, TableColumn {
    case product, year, amount
    var name: String { ["productcode", "jaar", "tarief"][rawValue] }
    var isRequired: Bool { true }
}

enum ProviderColumn: Int, TableColumn {
    case agb, title
    var name: String { ["agb", "naam"][rawValue] }
    var isRequired: Bool { true }
}

enum ContractColumn: Int, TableColumn {
    case provider, product, start, end
    var name: String { ["agb", "productcode", "ingangsdatum", "einddatum"][rawValue] }
    var isRequired: Bool { self != .end }
}

enum AnnualAccountColumn: Int, TableColumn {
    case municipality, year, careCosts
    var name: String { ["gemeentecode", "jaar", "zorgkosten"][rawValue] }
    var isRequired: Bool { true }
}

enum WaitingTimeColumn: Int, TableColumn {
    case provider, product, date, weeks
    var name: String { ["agb", "productcode", "peildatum", "wachttijd_weken"][rawValue] }
    var isRequired: Bool { true }
}

enum RMTColumn: Int, TableColumn {
    case id, municipality, registered, offered, contracted
    var name: String { ["casus", "gemeentecode", "aanmelddatum", "passend_aanbod_datum", "gecontracteerd"][rawValue] }
    var isRequired: Bool { self != .offered }
}

/// Delivery files (contract §4).

enum AllocationColumn: Int, TableColumn {
    case number, client, birthYear, category, product, provider, start, end, volume, unit, frequency
    case referrer, changeReason, endReason
    var name: String {
        ["toewijzingnummer", "client", "geboortejaar", "productcategorie", "productcode", "aanbieder",
         "ingangsdatum", "einddatum", "volume", "eenheid", "frequentie", "verwijzer", "reden_wijziging",
         "reden_beeindiging"][rawValue]
    }
    var isRequired: Bool {
        switch self {
        case .birthYear, .end, .referrer, .changeReason, .endReason: false
        default: true
        }
    }
}

enum ClaimColumn: Int, TableColumn {
    case allocationNumber, careMonth, volume, amount, received
    var name: String { ["toewijzingnummer", "zorgmaand", "volume", "bedrag", "ontvangstdatum"][rawValue] }
    var isRequired: Bool { self != .volume }
}

/// The optional `<gemeentecode>_plaatsingen.csv` (contract §7.9). Every column must be in the
/// header; only the toewijzingnummer must be filled (an empty value is "unknown").
enum PlacementColumn: Int, TableColumn {
    case allocationNumber, distance, smallScale, education, explanatoryAnalysis
    var name: String { ["toewijzingnummer", "afstand_km", "kleinschalig", "onderwijs", "verklarende_analyse"][rawValue] }
    var isRequired: Bool { self == .allocationNumber }
    var isRequiredInHeader: Bool { true }
}

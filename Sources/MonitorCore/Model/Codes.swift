/// iJw code lists the delivery uses. Raw values are the codes as delivered.

/// WJ756: the unit of an allocation's volume.
public enum Unit: String, CaseIterable, Sendable {
    case minute = "01", hour = "04", dayAndNight = "14", dayPart = "16"
    case piecesOutput = "82", euros = "83", piecesEffort = "84"

    public var label: String {
        switch self {
        case .minute: "minuut"
        case .hour: "uur"
        case .dayAndNight: "etmaal"
        case .dayPart: "dagdeel"
        case .piecesOutput: "stuks (output)"
        case .euros: "euro's"
        case .piecesEffort: "stuks (inspanning)"
        }
    }
}

/// WJ757: how often the volume applies.
public enum Frequency: String, CaseIterable, Sendable {
    case perDay = "1", perWeek = "2", perMonth = "4", totalInPeriod = "6"

    public var label: String {
        switch self {
        case .perDay: "per dag"
        case .perWeek: "per week"
        case .perMonth: "per maand"
        case .totalInPeriod: "totaal binnen geldigheidsduur"
        }
    }
}

/// COD327: who referred the youth.
public enum Referrer: String, CaseIterable, Sendable {
    case municipality = "01", generalPractitioner = "02", youthDoctor = "03"
    case certifiedInstitution = "04", medicalSpecialist = "05", selfReferral = "06", judicial = "08"

    public var label: String {
        switch self {
        case .municipality: "gemeente"
        case .generalPractitioner: "huisarts"
        case .youthDoctor: "jeugdarts"
        case .certifiedInstitution: "GI"
        case .medicalSpecialist: "medisch specialist"
        case .selfReferral: "zelfverwijzer"
        case .judicial: "rechter/OvJ/JJI"
        }
    }
}

/// The residence class of a product (producten.csv `verblijf`).
public enum ResidenceClass: String, CaseIterable, Sendable {
    case none = "geen"
    case s1Residential = "S1-verblijf"
    case s2FamilyLike = "S2-gezinsnabij"
    case s2Living = "S2-wonen"

    /// Segment 2 residence (gezinsnabij or wonen).
    public var isSegment2: Bool { self == .s2FamilyLike || self == .s2Living }
    public var isResidential: Bool { self != .none }
}

/// Known codes of JZ020 (product category), JZ002 (reason for change) and JZ588
/// (reason for ending). The loader checks values against these lists.
public enum CodeLists {
    /// JZ020 product categories (iJw 3.2).
    /// 31–38 are the 2015 categories still found in old allocations; 40–58 the current ones
    /// (43 verblijf incl. behandeling, 44 verblijf excl. behandeling, 45 ambulant, 46 crisis, …).
    public static let productCategories: Set<String> = Set(
        (31...38).map(String.init) + (40...58).map(String.init)
    )
    /// JZ002 reasons for change; `13` is "verwijderd" (removed).
    public static let changeReasons: Set<String> = ["01", "02", "03", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25", "26", "27", "28", "29", "30", "31", "32", "33", "34", "35", "36", "37", "38", "39", "40", "41"]
    public static let removedChangeReason = "13"
    /// JZ588 reasons for ending.
    public static let endReasons: [String: String] = [
        "01": "overlijden", "02": "verhuizing", "03": "verhuizing buiten gemeente",
        "31": "volgens plan", "32": "voortijdig door cliënt", "33": "voortijdig door aanbieder",
        "34": "voortijdig in overeenstemming", "35": "voortijdig wegens externe omstandigheden",
        "36": "voortijdig door wijziging in zorgbehoefte", "37": "voortijdig door verwijzer",
        "38": "op verzoek aanbieder zonder overeenstemming", "39": "voortijdig op verzoek gemeente",
        "99": "overig",
    ]
}

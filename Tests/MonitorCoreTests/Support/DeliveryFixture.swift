import Foundation

/// Writes a small, valid data folder (contract §1) to a temporary directory, with every
/// file overridable. Files are `;`-separated UTF-8 lines, header first.
///
///     var fixture = DeliveryFixture(allocations: [
///         DeliveryFixture.allocation(number: "T1", start: "2024-01-01", frequency: "2"),
///     ], claims: [
///         DeliveryFixture.claim(number: "T1", month: "2024-01", amount: "120,00"),
///     ])
///     fixture.providers.append("11112222;Nieuwe aanbieder")
///     let folder = try fixture.write()
///     let result = Loader.load(dataDirectory: folder.path)
///
/// Two municipalities: Asten (0743, the one `allocations`/`claims` fill) and Helmond (0794).
struct DeliveryFixture {
    static let allocationHeader = "toewijzingnummer;client;geboortejaar;productcategorie;productcode;aanbieder;ingangsdatum;einddatum;volume;eenheid;frequentie;verwijzer;reden_wijziging;reden_beeindiging"
    static let claimHeader = "toewijzingnummer;zorgmaand;volume;bedrag;ontvangstdatum"

    /// The delivery folder name, `leveringen/<month>`.
    var month = "2026-10"

    var municipalities = [
        "gemeentecode;naam;subregio",
        "0743;Asten;Peelgemeenten",
        "0794;Helmond;Helmond",
    ]
    var inhabitants = [
        "gemeentecode;jaar;jeugdigen;inwoners",
        "0743;2024;3100;17000",
        "0794;2024;18500;93000",
    ]
    var products = [
        "productcode;omschrijving;productcategorie;segment;verblijf",
        "45A01;Ambulante jeugdhulp;45;3;geen",
        "43A09;Pleegzorg;43;2;S2-gezinsnabij",
    ]
    var tariffs = [
        "productcode;jaar;tarief",
        "45A01;2024;85,50",
        "43A09;2024;62.1234",
        // Every year an allocation is active up to the delivery's year needs a tarief (§4).
        "45A01;2025;88,00",
        "45A01;2026;90,25",
        "43A09;2025;63,10",
        "43A09;2026;64,00",
    ]
    var providers = [
        "agb;naam",
        "12345678;Zorgaanbieder De Peel",
        "87654321;Pleegzorg Brabant",
    ]
    var contracts = [
        "agb;productcode;ingangsdatum;einddatum",
        "12345678;45A01;2022-01-01;",
        "87654321;43A09;01-01-2022;31-12-2025",
    ]
    var annualAccounts = [
        "gemeentecode;jaar;zorgkosten",
        "0743;2024;4.512.345,67",
        "0794;2024;31500000",
    ]
    var waitingTimes = [
        "agb;productcode;peildatum;wachttijd_weken",
        "12345678;45A01;2024-03-01;6",
    ]
    var rmt = [
        "casus;gemeentecode;aanmelddatum;passend_aanbod_datum;gecontracteerd",
        "RMT-1;0743;2024-02-01;2024-03-15;J",
        "RMT-2;0794;2024-05-01;;N",
    ]

    /// Lines of each municipality's toewijzingen and declaraties, keyed by gemeentecode.
    var allocationFiles: [String: [String]]
    var claimFiles: [String: [String]]
    /// Raw files written last, by path relative to the data folder (e.g. Windows-1252 bytes).
    var rawFiles: [String: [UInt8]] = [:]
    /// Paths relative to the data folder that are not written at all.
    var omittedFiles: Set<String> = []

    static let defaultAllocations = [
        allocation(number: "A1", client: "P001", birthYear: "2015", end: "2024-06-30", referrer: "02", endReason: "31"),
        allocation(number: "A2", client: "P002", category: "43", product: "43A09", provider: "87654321",
                   start: "01-03-2024", volume: "1", unit: "14", frequency: "1"),
    ]
    static let defaultClaims = [
        claim(number: "A1", month: "2024-01", volume: "10", amount: "855,00", received: "2024-02-15"),
        claim(number: "A2", month: "2024-03", volume: "31", amount: "1.234,56", received: "2024-04-10"),
    ]

    /// `allocations` and `claims` are the data rows (without header) of Asten (0743).
    init(allocations: [String] = defaultAllocations, claims: [String] = defaultClaims) {
        allocationFiles = [
            "0743": [Self.allocationHeader] + allocations,
            "0794": [Self.allocationHeader,
                     Self.allocation(number: "H1", client: "P003", start: "2025-01-01", volume: "4", frequency: "4", referrer: "06")],
        ]
        claimFiles = [
            "0743": [Self.claimHeader] + claims,
            "0794": [Self.claimHeader, Self.claim(number: "H1", month: "2025-01", volume: "4", amount: "-12,50", received: "2025-02-01")],
        ]
    }

    /// One toewijzingen row in `allocationHeader` order; every field has a valid default.
    static func allocation(
        number: String = "A1", client: String = "P001", birthYear: String = "", category: String = "45",
        product: String = "45A01", provider: String = "12345678", start: String = "2024-01-01", end: String = "",
        volume: String = "10", unit: String = "04", frequency: String = "2", referrer: String = "",
        changeReason: String = "", endReason: String = ""
    ) -> String {
        [number, client, birthYear, category, product, provider, start, end, volume, unit, frequency, referrer,
         changeReason, endReason].joined(separator: ";")
    }

    /// One declaraties row in `claimHeader` order.
    static func claim(number: String = "A1", month: String = "2024-01", volume: String = "",
                      amount: String = "100,00", received: String = "2024-02-15") -> String {
        [number, month, volume, amount, received].joined(separator: ";")
    }

    /// Path of a delivery file relative to the data folder, as problems show it.
    func allocationsPath(_ code: String = "0743") -> String { "leveringen/\(month)/\(code)_toewijzingen.csv" }
    func claimsPath(_ code: String = "0743") -> String { "leveringen/\(month)/\(code)_declaraties.csv" }

    /// Every file with its bytes, by path relative to the data folder.
    var files: [String: [UInt8]] {
        var files: [String: [UInt8]] = [:]
        let reference: [(String, [String])] = [
            ("gemeenten.csv", municipalities), ("inwoners.csv", inhabitants), ("producten.csv", products),
            ("tarieven.csv", tariffs), ("aanbieders.csv", providers), ("contracten.csv", contracts),
            ("jaarrekening.csv", annualAccounts), ("wachttijden.csv", waitingTimes), ("rmt.csv", rmt),
        ]
        for (name, lines) in reference { files["referentie/\(name)"] = Self.text(lines) }
        for (code, lines) in allocationFiles { files[allocationsPath(code)] = Self.text(lines) }
        for (code, lines) in claimFiles { files[claimsPath(code)] = Self.text(lines) }
        for (path, bytes) in rawFiles { files[path] = bytes }
        for path in omittedFiles { files[path] = nil }
        return files
    }

    static func text(_ lines: [String]) -> [UInt8] { Array(lines.map { $0 + "\n" }.joined().utf8) }

    /// Writes the folder; it is removed when the returned value goes away.
    func write() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try FileManager.default.createDirectory(atPath: folder.path + "/leveringen/\(month)", withIntermediateDirectories: true)
        for (path, bytes) in files {
            let url = URL(fileURLWithPath: folder.path).appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(bytes).write(to: url)
        }
        return folder
    }
}

/// A fresh directory under the system's temporary directory, deleted on deinit.
final class TemporaryFolder {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("jeugdmonitor-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(atPath: path) }

    /// Every file below the folder with its bytes and modification date, to prove nothing changed.
    func snapshot() throws -> [String: (bytes: Data, modified: Date?)] {
        var result: [String: (bytes: Data, modified: Date?)] = [:]
        let enumerator = FileManager.default.enumerator(atPath: path)
        while let relative = enumerator?.nextObject() as? String {
            let full = path + "/" + relative
            let attributes = try FileManager.default.attributesOfItem(atPath: full)
            let type = attributes[.type] as? FileAttributeType
            let data = type == .typeDirectory || type == .typeSymbolicLink ? Data() : try Data(contentsOf: URL(fileURLWithPath: full))
            result[relative] = (data, attributes[.modificationDate] as? Date)
        }
        return result
    }
}

/// Reads `referentie/` in dependency order, so that each file is checked against the keys
/// of the files it refers to.
struct LoadedReference: Sendable {
    /// nil when any reference file had errors.
    var data: ReferenceData?
    /// Gemeentecodes in gemeenten.csv order: each needs its pair of delivery files.
    var municipalityCodes: [String]
    var municipalities: [Municipality]
    var productCodes: Set<String>?
    var providerCodes: Set<String>?
}

extension Loader {
    static func loadReference(_ folder: DataFolder, _ problems: inout Problems) -> LoadedReference {
        let firstError = problems.errors.count
        func read(_ name: String, columns: String) -> [UInt8]? {
            folder.read("\(referenceFolder)/\(name)", expected: "\(name) with the columns \(columns)", &problems)
        }
        func file(_ name: String) -> String { "\(referenceFolder)/\(name)" }

        let municipalities = read("gemeenten.csv", columns: "gemeentecode;naam;subregio")
            .map { parseMunicipalities(bytes: $0, file: file("gemeenten.csv")) }
        let products = read("producten.csv", columns: "productcode;omschrijving;productcategorie;segment;verblijf")
            .map { parseProducts(bytes: $0, file: file("producten.csv")) }
        let providers = read("aanbieders.csv", columns: "agb;naam")
            .map { parseProviders(bytes: $0, file: file("aanbieders.csv")) }
        let municipalityCodes = municipalities?.keys, productCodes = products?.keys, providerCodes = providers?.keys

        let inhabitants = read("inwoners.csv", columns: "gemeentecode;jaar;jeugdigen;inwoners")
            .map { parseInhabitants(bytes: $0, file: file("inwoners.csv"), municipalities: municipalityCodes) }
        let tariffs = read("tarieven.csv", columns: "productcode;jaar;tarief")
            .map { parseTariffs(bytes: $0, file: file("tarieven.csv"), products: productCodes) }
        let contracts = read("contracten.csv", columns: "agb;productcode;ingangsdatum;einddatum")
            .map { parseContracts(bytes: $0, file: file("contracten.csv"), providers: providerCodes, products: productCodes) }
        let accounts = read("jaarrekening.csv", columns: "gemeentecode;jaar;zorgkosten")
            .map { parseAnnualAccounts(bytes: $0, file: file("jaarrekening.csv"), municipalities: municipalityCodes) }
        let waitingTimes = read("wachttijden.csv", columns: "agb;productcode;peildatum;wachttijd_weken")
            .map { parseWaitingTimes(bytes: $0, file: file("wachttijden.csv"), providers: providerCodes, products: productCodes) }
        let rmt = read("rmt.csv", columns: "casus;gemeentecode;aanmelddatum;passend_aanbod_datum;gecontracteerd")
            .map { parseRMTCases(bytes: $0, file: file("rmt.csv"), municipalities: municipalityCodes) }

        if let municipalities { problems.add(municipalities) }
        if let products { problems.add(products) }
        if let providers { problems.add(providers) }
        if let inhabitants { problems.add(inhabitants) }
        if let tariffs { problems.add(tariffs) }
        if let contracts { problems.add(contracts) }
        if let accounts { problems.add(accounts) }
        if let waitingTimes { problems.add(waitingTimes) }
        if let rmt { problems.add(rmt) }

        // Delivery files are checked even when gemeenten.csv has errors, against the codes it does hold.
        let codes = municipalities.map { $0.isValid ? $0.rows.map(\.code) : ($0.keys ?? []).sorted() } ?? []
        var loaded = LoadedReference(municipalityCodes: codes, municipalities: municipalities?.rows ?? [],
                                     productCodes: productCodes, providerCodes: providerCodes)
        guard problems.errors.count == firstError,
              let municipalities, let products, let providers, let inhabitants, let tariffs, let contracts,
              let accounts, let waitingTimes, let rmt else { return loaded }
        loaded.data = ReferenceData(
            municipalities: municipalities.rows, inhabitants: inhabitants.rows, products: products.rows,
            tariffs: tariffs.rows, providers: providers.rows, contracts: contracts.rows,
            annualAccounts: accounts.rows, waitingTimes: waitingTimes.rows, rmtCases: rmt.rows)
        return loaded
    }
}

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
    /// Products whose verblijf is not `geen`: the only ones a plaatsing may refer to.
    var residentialProductCodes: Set<String>?
}

extension Loader {
    static func loadReference(_ folder: DataFolder, _ problems: inout Problems) -> LoadedReference {
        let firstError = problems.errors.count
        /// Reads and checks one file; its problems are added right away, so they stay in file order.
        func check<Column: TableColumn, Row>(_ name: String, _ columns: Column.Type,
                                             _ parse: ([UInt8], String) -> ParsedFile<Row>) -> ParsedFile<Row>? {
            let file = "\(referenceFolder)/\(name)"
            guard let bytes = folder.read(file, expected: LoadingText.referenceFile(name, columns: Column.headerLine), &problems) else { return nil }
            let parsed = parse(bytes, file)
            problems.add(parsed)
            return parsed
        }

        let municipalities = check("gemeenten.csv", MunicipalityColumn.self) { parseMunicipalities(bytes: $0, file: $1) }
        let products = check("producten.csv", ProductColumn.self) { parseProducts(bytes: $0, file: $1) }
        let providers = check("aanbieders.csv", ProviderColumn.self) { parseProviders(bytes: $0, file: $1) }
        let municipalityCodes = municipalities?.keys, productCodes = products?.keys, providerCodes = providers?.keys

        let inhabitants = check("inwoners.csv", InhabitantsColumn.self) {
            parseInhabitants(bytes: $0, file: $1, municipalities: municipalityCodes)
        }
        let tariffs = check("tarieven.csv", TariffColumn.self) { parseTariffs(bytes: $0, file: $1, products: productCodes) }
        let contracts = check("contracten.csv", ContractColumn.self) {
            parseContracts(bytes: $0, file: $1, providers: providerCodes, products: productCodes)
        }
        let accounts = check("jaarrekening.csv", AnnualAccountColumn.self) {
            parseAnnualAccounts(bytes: $0, file: $1, municipalities: municipalityCodes)
        }
        let waitingTimes = check("wachttijden.csv", WaitingTimeColumn.self) {
            parseWaitingTimes(bytes: $0, file: $1, providers: providerCodes, products: productCodes)
        }
        let rmt = check("rmt.csv", RMTColumn.self) { parseRMTCases(bytes: $0, file: $1, municipalities: municipalityCodes) }

        // Delivery files are checked even when gemeenten.csv has errors, against the codes it does hold.
        let codes = municipalities.map { $0.isValid ? $0.rows.map(\.code) : ($0.keys ?? []).sorted() } ?? []
        var loaded = LoadedReference(municipalityCodes: codes, municipalities: municipalities?.rows ?? [],
                                     productCodes: productCodes, providerCodes: providerCodes,
                                     residentialProductCodes: products.flatMap { $0.isValid ? Set($0.rows.filter { $0.residence != .none }.map(\.code)) : nil })
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

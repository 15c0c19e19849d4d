/// Parsers for the files in `referentie/` (contract §3). Each checks one file completely;
/// the `Set<String>?` parameters are the keys of the files it refers to (nil: unchecked).
extension Loader {
    public static func parseMunicipalities(bytes: [UInt8], file: String = "referentie/gemeenten.csv") -> ParsedFile<Municipality> {
        var table = Table<MunicipalityColumn>(bytes: bytes, file: file)
        var rows: [Municipality] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let code = table.value(.code, .gemeentecode)
            let name = table.value(.title, .text)
            let subregion = table.value(.subregion, .text)
            if let code { table.requireUnique(.code, code, seen: &seen) }
            guard table.isComplete, !table.rowFailed, let code, let name, let subregion else { continue }
            rows.append(Municipality(code: code, name: name, subregion: subregion))
        }
        return table.finish(rows: rows, keys: Set(seen.keys))
    }

    public static func parseInhabitants(bytes: [UInt8], file: String = "referentie/inwoners.csv",
                                        municipalities: Set<String>? = nil) -> ParsedFile<Inhabitants> {
        var table = Table<InhabitantsColumn>(bytes: bytes, file: file)
        var rows: [Inhabitants] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let municipality = table.value(.municipality, .gemeentecode)
            let year = table.value(.year, .year)
            let youths = table.value(.youths, .count)
            let total = table.value(.total, .count)
            if let municipality {
                table.requireKnown(.municipality, municipality, in: municipalities, expected: LoadingText.gemeentecodeFromMunicipalities)
                if let year { table.requireUnique(.year, "\(municipality) \(year)", seen: &seen, scope: LoadingText.perGemeentecode) }
            }
            guard table.isComplete, !table.rowFailed, let municipality, let year, let youths, let total else { continue }
            rows.append(Inhabitants(municipality: municipality, year: year, youths: youths, total: total))
        }
        return table.finish(rows: rows)
    }

    public static func parseProducts(bytes: [UInt8], file: String = "referentie/producten.csv") -> ParsedFile<Product> {
        var table = Table<ProductColumn>(bytes: bytes, file: file)
        var rows: [Product] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let code = table.value(.code, .text)
            let description = table.value(.description, .text)
            let category = table.value(.category, .productCategory)
            let segment = table.value(.segment, .segment)
            let residence = table.value(.residence, .residence)
            if let code { table.requireUnique(.code, code, seen: &seen) }
            guard table.isComplete, !table.rowFailed, let code, let description, let category, let segment, let residence else { continue }
            rows.append(Product(code: code, description: description, category: category, segment: segment, residence: residence))
        }
        return table.finish(rows: rows, keys: Set(seen.keys))
    }

    public static func parseTariffs(bytes: [UInt8], file: String = "referentie/tarieven.csv",
                                    products: Set<String>? = nil) -> ParsedFile<Tariff> {
        var table = Table<TariffColumn>(bytes: bytes, file: file)
        var rows: [Tariff] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let product = table.value(.product, .text)
            let year = table.value(.year, .year)
            let amount = table.value(.amount, .tariff)
            if let product {
                table.requireKnown(.product, product, in: products, expected: LoadingText.productcodeFromProducts)
                if let year { table.requireUnique(.year, "\(product) \(year)", seen: &seen, scope: LoadingText.perProductcode) }
            }
            guard table.isComplete, !table.rowFailed, let product, let year, let amount else { continue }
            rows.append(Tariff(product: product, year: year, amount: amount))
        }
        return table.finish(rows: rows)
    }

    public static func parseProviders(bytes: [UInt8], file: String = "referentie/aanbieders.csv") -> ParsedFile<Provider> {
        var table = Table<ProviderColumn>(bytes: bytes, file: file)
        var rows: [Provider] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let agb = table.value(.agb, .agb)
            let name = table.value(.title, .text)
            if let agb { table.requireUnique(.agb, agb, seen: &seen) }
            guard table.isComplete, !table.rowFailed, let agb, let name else { continue }
            rows.append(Provider(agb: agb, name: name))
        }
        return table.finish(rows: rows, keys: Set(seen.keys))
    }

    public static func parseContracts(bytes: [UInt8], file: String = "referentie/contracten.csv",
                                      providers: Set<String>? = nil, products: Set<String>? = nil) -> ParsedFile<Contract> {
        var table = Table<ContractColumn>(bytes: bytes, file: file)
        var rows: [Contract] = []
        while table.nextRow() {
            let provider = table.value(.provider, .text)
            let product = table.value(.product, .text)
            let start = table.value(.start, .date)
            let end = table.value(.end, .date)
            if let provider { table.requireKnown(.provider, provider, in: providers, expected: LoadingText.agbFromProviders) }
            if let product { table.requireKnown(.product, product, in: products, expected: LoadingText.productcodeFromProducts) }
            table.requireOrdered(start: start, end: end, startColumn: .start, endColumn: .end)
            guard table.isComplete, !table.rowFailed, let provider, let product, let start else { continue }
            rows.append(Contract(provider: provider, product: product, start: start, end: end))
        }
        return table.finish(rows: rows)
    }

    public static func parseAnnualAccounts(bytes: [UInt8], file: String = "referentie/jaarrekening.csv",
                                           municipalities: Set<String>? = nil) -> ParsedFile<AnnualAccount> {
        var table = Table<AnnualAccountColumn>(bytes: bytes, file: file)
        var rows: [AnnualAccount] = []
        var seen: [String: Int] = [:]
        while table.nextRow() {
            let municipality = table.value(.municipality, .gemeentecode)
            let year = table.value(.year, .year)
            let cents = table.value(.careCosts, .cents)
            if let municipality {
                table.requireKnown(.municipality, municipality, in: municipalities, expected: LoadingText.gemeentecodeFromMunicipalities)
                if let year { table.requireUnique(.year, "\(municipality) \(year)", seen: &seen, scope: LoadingText.perGemeentecode) }
            }
            guard table.isComplete, !table.rowFailed, let municipality, let year, let cents else { continue }
            rows.append(AnnualAccount(municipality: municipality, year: year, careCosts: Double(cents) / 100))
        }
        return table.finish(rows: rows)
    }

    public static func parseWaitingTimes(bytes: [UInt8], file: String = "referentie/wachttijden.csv",
                                         providers: Set<String>? = nil, products: Set<String>? = nil) -> ParsedFile<WaitingTime> {
        var table = Table<WaitingTimeColumn>(bytes: bytes, file: file)
        var rows: [WaitingTime] = []
        while table.nextRow() {
            let provider = table.value(.provider, .text)
            let product = table.value(.product, .text)
            let date = table.value(.date, .date)
            let weeks = table.value(.weeks, .count)
            if let provider { table.requireKnown(.provider, provider, in: providers, expected: LoadingText.agbFromProviders) }
            if let product { table.requireKnown(.product, product, in: products, expected: LoadingText.productcodeFromProducts) }
            guard table.isComplete, !table.rowFailed, let provider, let product, let date, let weeks else { continue }
            rows.append(WaitingTime(provider: provider, product: product, date: date, weeks: weeks))
        }
        return table.finish(rows: rows)
    }

    public static func parseRMTCases(bytes: [UInt8], file: String = "referentie/rmt.csv",
                                     municipalities: Set<String>? = nil) -> ParsedFile<RMTCase> {
        var table = Table<RMTColumn>(bytes: bytes, file: file)
        var rows: [RMTCase] = []
        while table.nextRow() {
            let id = table.value(.id, .text)
            let municipality = table.value(.municipality, .gemeentecode)
            let registered = table.value(.registered, .date)
            let offered = table.value(.offered, .date)
            let contracted = table.value(.contracted, .yesNo)
            if let municipality {
                table.requireKnown(.municipality, municipality, in: municipalities, expected: LoadingText.gemeentecodeFromMunicipalities)
            }
            guard table.isComplete, !table.rowFailed, let id, let municipality, let registered, let contracted else { continue }
            rows.append(RMTCase(id: id, municipality: municipality, registered: registered, offered: offered, contracted: contracted))
        }
        return table.finish(rows: rows)
    }
}

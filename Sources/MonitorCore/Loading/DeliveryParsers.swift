/// Parsers for one municipality's delivery files (contract §4).
extension Loader {
    /// `<gemeentecode>_toewijzingen.csv`. `products` and `providers` are the codes of
    /// producten.csv and aanbieders.csv (nil: unchecked). The result's `keys` are the
    /// toewijzingnummers, for `parseClaims`.
    public static func parseAllocations(bytes: [UInt8], file: String, municipality: String,
                                        products: Set<String>? = nil, providers: Set<String>? = nil) -> ParsedFile<Allocation> {
        var table = Table<AllocationColumn>(bytes: bytes, file: file)
        var rows: [Allocation] = []
        rows.reserveCapacity(table.estimatedRowCount)
        var seen: [String: Int] = [:]
        seen.reserveCapacity(table.estimatedRowCount)
        while table.nextRow() {
            let number = table.value(.number, .text)
            let client = table.value(.client, .text)
            let birthYear = table.value(.birthYear, .year)
            let category = table.value(.category, .productCategory)
            let product = table.value(.product, .text)
            let provider = table.value(.provider, .text)
            let start = table.value(.start, .date)
            let end = table.value(.end, .date)
            let volume = table.value(.volume, .wholeNumber)
            let unit = table.value(.unit, .unit)
            let frequency = table.value(.frequency, .frequency)
            let referrer = table.value(.referrer, .referrer)
            let changeReason = table.value(.changeReason, .changeReason)
            let endReason = table.value(.endReason, .endReason)

            if let number { table.requireUnique(.number, number, seen: &seen, scope: " within the municipality") }
            if client != nil, FieldParsers.looksLikeBSN(table.bytes(.client)) {
                let masked = FieldParsers.maskedBSN(String(decoding: table.bytes(.client), as: UTF8.self))
                table.reject(.client, found: "a BSN-like value \(Shown.quoted(masked)) in client",
                             expected: "a pseudonym that is not a BSN (9 digits passing the eleven-test)")
            }
            if let product { table.requireKnown(.product, product, in: products, expected: "a productcode from producten.csv") }
            if let provider { table.requireKnown(.provider, provider, in: providers, expected: "an AGB code from aanbieders.csv") }
            table.requireOrdered(start: start, end: end, startColumn: .start, endColumn: .end)
            if frequency == .totalInPeriod && end == nil && table.bytes(.end).isEmpty {
                table.reject(.end, found: "an empty value in einddatum with frequentie 6",
                             expected: "an einddatum when frequentie is 6 (totaal binnen geldigheidsduur)")
            }

            guard table.isComplete, !table.rowFailed, let number, let client, let category, let product, let provider,
                  let start, let volume, let unit, let frequency else { continue }
            rows.append(Allocation(
                municipality: municipality, number: number, client: client, birthYear: birthYear, category: category,
                product: product, provider: provider, start: start, end: end, volume: volume, unit: unit,
                frequency: frequency, referrer: referrer, changeReason: changeReason, endReason: endReason))
        }
        return table.finish(rows: rows, keys: Set(seen.keys))
    }

    /// `<gemeentecode>_declaraties.csv`. `allocationNumbers` are the toewijzingnummers of the
    /// same municipality's toewijzingen (nil: unchecked).
    public static func parseClaims(bytes: [UInt8], file: String, municipality: String,
                                   allocationNumbers: Set<String>? = nil) -> ParsedFile<Claim> {
        var table = Table<ClaimColumn>(bytes: bytes, file: file)
        var rows: [Claim] = []
        rows.reserveCapacity(table.estimatedRowCount)
        let allocationsFile = "\(municipality)_toewijzingen.csv"
        while table.nextRow() {
            let number = table.value(.allocationNumber, .text)
            let careMonth = table.value(.careMonth, .month)
            let volume = table.value(.volume, .wholeNumber)
            let cents = table.value(.amount, .cents)
            let received = table.value(.received, .date)
            if let number {
                table.requireKnown(.allocationNumber, number, in: allocationNumbers,
                                   expected: "a toewijzingnummer from \(allocationsFile)")
            }
            guard table.isComplete, !table.rowFailed, let number, let careMonth, let cents, let received else { continue }
            rows.append(Claim(municipality: municipality, allocationNumber: number, careMonth: careMonth,
                              volume: volume, amountCents: cents, received: received))
        }
        return table.finish(rows: rows)
    }
}

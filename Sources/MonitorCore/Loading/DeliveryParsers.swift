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
            let client = table.value(.client, .pseudonym)
            let birthYear = table.value(.birthYear, .year)
            let category = table.value(.category, .productCategory)
            let product = table.value(.product, .text)
            let provider = table.value(.provider, .text)
            let start = table.value(.start, .date)
            let end = table.value(.end, .date)
            let volume = table.value(.volume, .count)
            let unit = table.value(.unit, .unit)
            let frequency = table.value(.frequency, .frequency)
            let referrer = table.value(.referrer, .referrer)
            let changeReason = table.value(.changeReason, .changeReason)
            let endReason = table.value(.endReason, .endReason)

            if let number { table.requireUnique(.number, number, seen: &seen, scope: LoadingText.withinMunicipality) }
            if client != nil, FieldParsers.looksLikeBSN(table.bytes(.client)) {
                let masked = FieldParsers.maskedBSN(String(decoding: table.bytes(.client), as: UTF8.self))
                table.reject(.client, found: LoadingText.bsnLikeValue(Shown.quoted(masked)),
                             expected: LoadingText.pseudonymNotBSN)
            }
            if let product { table.requireKnown(.product, product, in: products, expected: LoadingText.productcodeFromProducts) }
            if let provider { table.requireKnown(.provider, provider, in: providers, expected: LoadingText.agbFromProviders) }
            table.requireOrdered(start: start, end: end, startColumn: .start, endColumn: .end)
            if frequency == .totalInPeriod && end == nil && table.bytes(.end).isEmpty {
                table.reject(.end, found: LoadingText.emptyEndWithFrequency6,
                             expected: LoadingText.endRequiredWithFrequency6)
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
    /// same municipality's toewijzingen (nil: unchecked), `removedNumbers` those with
    /// reden_wijziging 13; `deliveryMonth` bounds the zorgmaand (nil: unchecked).
    public static func parseClaims(bytes: [UInt8], file: String, municipality: String,
                                   allocationNumbers: Set<String>? = nil, removedNumbers: Set<String> = [],
                                   deliveryMonth: Month? = nil) -> ParsedFile<Claim> {
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
                                   expected: LoadingText.toewijzingnummer(from: allocationsFile))
                if removedNumbers.contains(number) {
                    table.warn(.allocationNumber, found: LoadingText.claimOnRemovedAllocation(Shown.quoted(number)),
                               expected: LoadingText.noClaimsOnRemovedAllocations)
                }
            }
            if let careMonth, let deliveryMonth, careMonth < Dataset.firstDataMonth || careMonth > deliveryMonth {
                table.reject(.careMonth, expected: LoadingText.careMonthWithin(first: "\(Dataset.firstDataMonth)", last: "\(deliveryMonth)"))
            }
            if let careMonth, let received, received < careMonth.firstDay {
                table.reject(.received, found: LoadingText.receivedBeforeCareMonth(received: "\(received)", careMonth: "\(careMonth)"),
                             expected: LoadingText.receivedFromCareMonth)
            }
            guard table.isComplete, !table.rowFailed, let number, let careMonth, let cents, let received else { continue }
            rows.append(Claim(municipality: municipality, allocationNumber: number, careMonth: careMonth,
                              volume: volume, amountCents: cents, received: received))
        }
        return table.finish(rows: rows)
    }

    /// `<gemeentecode>_plaatsingen.csv` (contract §7.9): one row per residential allocation.
    /// `allocationProducts` maps the same municipality's toewijzingnummers to their product
    /// codes and `residentialProducts` holds the products whose verblijf is not `geen`
    /// (nil: unchecked, as the files they come from have problems of their own).
    public static func parsePlacements(bytes: [UInt8], file: String, municipality: String,
                                       allocationProducts: [String: String]? = nil,
                                       residentialProducts: Set<String>? = nil) -> ParsedFile<Placement> {
        var table = Table<PlacementColumn>(bytes: bytes, file: file)
        var rows: [Placement] = []
        rows.reserveCapacity(table.estimatedRowCount)
        var seen: [String: Int] = [:]
        let allocationsFile = "\(municipality)\(allocationsSuffix)"
        while table.nextRow() {
            let number = table.value(.allocationNumber, .text)
            let distance = table.value(.distance, .distance)
            let smallScale = table.value(.smallScale, .yesNoOrUnknown)
            let education = table.value(.education, .yesNoOrUnknown)
            let analysis = table.value(.explanatoryAnalysis, .yesNoOrUnknown)
            if let number {
                table.requireUnique(.allocationNumber, number, seen: &seen, scope: LoadingText.withinMunicipality)
                if let allocationProducts {
                    if let product = allocationProducts[number] {
                        if let residentialProducts, !residentialProducts.contains(product) {
                            table.reject(.allocationNumber, found: LoadingText.placementWithoutResidence(Shown.quoted(number), product: Shown.quoted(product)),
                                         expected: LoadingText.residentialAllocation)
                        }
                    } else {
                        table.reject(.allocationNumber, expected: LoadingText.toewijzingnummer(from: allocationsFile))
                    }
                }
            }
            guard table.isComplete, !table.rowFailed, let number else { continue }
            rows.append(Placement(municipality: municipality, allocationNumber: number, distanceKm: distance,
                                  smallScale: smallScale, education: education, explanatoryAnalysis: analysis))
        }
        return table.finish(rows: rows)
    }
}

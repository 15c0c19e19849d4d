/// Parsers for one municipality's delivery files (contract §4). They read a file's bytes
/// straight into columns: text values are interned from the field's bytes, dates and amounts
/// parsed in place; no row becomes a struct of Strings.
extension Loader {
    /// `<gemeentecode>_toewijzingen.csv`. `products` and `providers` are the codes of
    /// producten.csv and aanbieders.csv (nil: unchecked). The result's numbers are read from
    /// every row that has one, for `parseClaims`. `plainLines: false` reads every line the
    /// general way, without the fast lane (`PlainLine`): for tests that both ways agree.
    public static func parseAllocations(bytes: [UInt8], file: String, municipality: String,
                                        products: Set<String>? = nil, providers: Set<String>? = nil,
                                        plainLines: Bool = true) -> ParsedColumns<AllocationColumns> {
        parseAllocations(bytes: bytes, file: file, products: products.map(KeyArena.init), providers: providers.map(KeyArena.init),
                         plainLines: plainLines)
    }

    static func parseAllocations(bytes: [UInt8], file: String, products: KeyArena?, providers: KeyArena?,
                                 progress: LoadProgress? = nil, plainLines: Bool = true) -> ParsedColumns<AllocationColumns> {
        var table = Table<AllocationColumn>(bytes: bytes, file: file)
        var allocations = AllocationRows(table: table, products: products, providers: providers, progress: progress, plainLines: plainLines)
        allocations.read(&table)
        return allocations.finish(&table, size: bytes.count)
    }

    /// As `parseAllocations(bytes:…)`, reading a large file in chunks (`FileChunks`): each chunk
    /// is parsed while it is still in the processor's cache, and the file is never held whole.
    /// nil when the file is not plain ASCII (the encoding checks need the whole file) or a read
    /// failed: the caller reads it whole then. Same problems, same columns.
    static func parseAllocations(chunks: inout FileChunks, file: String, products: KeyArena?, providers: KeyArena?,
                                 progress: LoadProgress? = nil, plainLines: Bool = true) -> ParsedColumns<AllocationColumns>? {
        parseChunks(&chunks, file: file) { table in
            AllocationRows(table: table, products: products, providers: providers, progress: progress, plainLines: plainLines)
        }
    }

    /// `<gemeentecode>_declaraties.csv`. `allocationNumbers` are the toewijzingnummers of the
    /// same municipality's toewijzingen (nil: unchecked); `deliveryMonth` bounds the zorgmaand
    /// (nil: unchecked). `plainLines` as for `parseAllocations`.
    public static func parseClaims(bytes: [UInt8], file: String, municipality: String,
                                   allocationNumbers: Set<String>? = nil, deliveryMonth: Month? = nil,
                                   plainLines: Bool = true) -> ParsedColumns<ClaimColumns> {
        parseClaims(bytes: bytes, file: file, municipality: municipality, allocations: allocationNumbers.map { numbers in
            var columns = AllocationColumns(expectedCount: numbers.count)
            for number in numbers.sorted() { _ = columns.numbers.insert(Array(number.utf8)[...]) }
            columns.hasNumbers = true
            return columns
        }, deliveryMonth: deliveryMonth, plainLines: plainLines)
    }

    /// Claims checked against the same municipality's toewijzingen: the numbers they read, and
    /// (when that file had no errors) which rows are removed. The claims' `allocation` is the
    /// number's key in `allocations.numbers`.
    /// `keepLines: false` checks every line as always but keeps none (empty columns).
    static func parseClaims(bytes: [UInt8], file: String, municipality: String, allocations: AllocationColumns?,
                            deliveryMonth: Month?, progress: LoadProgress? = nil, plainLines: Bool = true,
                            keepLines: Bool = true) -> ParsedColumns<ClaimColumns> {
        var table = Table<ClaimColumn>(bytes: bytes, file: file)
        var claims = ClaimRows(table: table, municipality: municipality, allocations: allocations, deliveryMonth: deliveryMonth, progress: progress,
                               plainLines: plainLines, keepLines: keepLines)
        claims.read(&table)
        return claims.finish(&table, size: bytes.count)
    }

    /// As `parseClaims(bytes:…)`, reading a large file in chunks (`FileChunks`), so that it is
    /// never held whole. nil when the file is not plain ASCII (the encoding checks need the
    /// whole file) or a read failed: the caller reads it whole then. Same problems, same columns.
    static func parseClaims(chunks: inout FileChunks, file: String, municipality: String, allocations: AllocationColumns?,
                            deliveryMonth: Month?, progress: LoadProgress? = nil, plainLines: Bool = true,
                            keepLines: Bool = true) -> ParsedColumns<ClaimColumns>? {
        parseChunks(&chunks, file: file) { table in
            ClaimRows(table: table, municipality: municipality, allocations: allocations, deliveryMonth: deliveryMonth, progress: progress,
                      plainLines: plainLines, keepLines: keepLines)
        }
    }

    /// A file read in chunks into the rows `makeRows` makes from the table of its first chunk;
    /// nil when it is not plain ASCII or a read failed (the caller then reads it whole).
    private static func parseChunks<Rows: ChunkedRows>(_ chunks: inout FileChunks, file: String,
                                                       _ makeRows: (Table<Rows.Column>) -> Rows) -> ParsedColumns<Rows.Columns>? {
        guard let first = chunks.next() else { return nil }
        var table = Table<Rows.Column>(bytes: consume first, file: file, fileSize: chunks.size)
        guard table.isPlainText else { return nil }
        var rows = makeRows(table)
        rows.read(&table)
        // Each chunk is read into the buffer of the one before: memory already faulted in.
        while true {
            guard let chunk = chunks.next(reusing: table.releaseChunk()) else { break }
            guard table.continueWith(consume chunk) else { return nil }
            rows.read(&table)
        }
        guard !chunks.failed else { return nil }
        return rows.finish(&table, size: chunks.size)
    }

    /// `<gemeentecode>_plaatsingen.csv` (contract §7.9): one row per residential allocation.
    /// `allocations` are the same municipality's toewijzingen (to find each number's product) and
    /// `residentialProducts` the products whose verblijf is not `geen` (nil: unchecked, as the
    /// files they come from have problems of their own).
    public static func parsePlacements(bytes: [UInt8], file: String, municipality: String,
                                       allocations: AllocationColumns? = nil,
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
                if let allocations {
                    if let key = allocations.numbers.find(number), let record = allocations.record(ofNumber: key) {
                        let product = allocations.products.string(record.productIndex)
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

/// Tells a `LoadProgress` how far a file is, every 64k rows: a 140 MB file takes a second, and
/// a bar that moves only between files would seem stuck.
struct ProgressReporter {
    private let progress: LoadProgress?
    private var rows = 0, reportedRows = 0, reportedBytes = 0
    /// Rows between reports.
    static let interval = 1 << 16

    init(_ progress: LoadProgress?) { self.progress = progress }

    @inline(__always)
    mutating func row<Column>(_ table: Table<Column>) { rows(1, table) }

    /// `count` rows more, read up to where `table` stands.
    @inline(__always)
    mutating func rows<Column>(_ count: Int, _ table: Table<Column>) {
        rows += count
        guard rows - reportedRows >= Self.interval, let progress else { return }
        progress.advance(bytes: table.bytesRead - reportedBytes, rows: rows - reportedRows)
        reportedBytes = table.bytesRead
        reportedRows = rows
    }

    /// The rest of the file, and the file itself.
    func finish(fileSize: Int) {
        progress?.fileRead(bytes: fileSize - reportedBytes, rows: rows - reportedRows)
    }
}

/// The rows of a file into columns, one chunk of the file after the other.
private protocol ChunkedRows {
    associatedtype Column: TableColumn
    associatedtype Columns
    mutating func read(_ table: inout Table<Column>)
    mutating func finish(_ table: inout Table<Column>, size: Int) -> ParsedColumns<Columns>
}

/// The rows of a toewijzingen file into columns, one chunk of the file after the other.
private struct AllocationRows: ChunkedRows {
    var columns: AllocationColumns
    let products: KeyArena?
    let providers: KeyArena?
    var reported: ProgressReporter
    /// Lines may take the fast lane (`PlainLine`); off only to test that both ways agree.
    let plainLines: Bool
    var plain: PlainAllocations
    // Fetched once: each fetch of a kind retains its message and parser.
    let text = FieldKind.bytes, pseudonym = FieldKind.pseudonymBytes, year = FieldKind.year, categoryKind = FieldKind.productCategoryCode
    let date = FieldKind.date, count = FieldKind.count, unitKind = FieldKind.unit, frequencyKind = FieldKind.frequency
    let referrerKind = FieldKind.referrer, changeReasonKind = FieldKind.changeReasonCode, endReasonKind = FieldKind.endReasonCode

    init(table: Table<AllocationColumn>, products: KeyArena?, providers: KeyArena?, progress: LoadProgress?, plainLines: Bool) {
        columns = AllocationColumns(expectedCount: table.estimatedRowCount)
        self.products = products
        self.providers = providers
        reported = ProgressReporter(progress)
        self.plainLines = plainLines
        plain = PlainAllocations(products: products, providers: providers)
    }

    mutating func read(_ table: inout Table<AllocationColumn>) {
        while true {
            if plainLines {
                let taken = table.readPlainLines(limit: ProgressReporter.interval, { plain.accept($0) },
                                                 settle: { plain.settle($0, into: &columns) })
                reported.rows(taken, table)
            }
            guard table.nextRow() else { return }
            readRow(&table)
        }
    }

    private mutating func readRow(_ table: inout Table<AllocationColumn>) {
        reported.row(table)
        let number = table.value(.number, text)
        let client = table.value(.client, pseudonym)
        let birthYear = table.value(.birthYear, year)
        let category = table.value(.category, categoryKind)
        let product = table.value(.product, text)
        let provider = table.value(.provider, text)
        let start = table.value(.start, date)
        let end = table.value(.end, date)
        let volume = table.value(.volume, count)
        let unit = table.value(.unit, unitKind)
        let frequency = table.value(.frequency, frequencyKind)
        let referrer = table.value(.referrer, referrerKind)
        let changeReason = table.value(.changeReason, changeReasonKind)
        let endReason = table.value(.endReason, endReasonKind)

        var key: Int32 = -1
        if let number {
            let (k, inserted) = columns.numbers.insert(number)
            key = k
            if inserted {
                columns.firstLines.append(Int32(table.line))
            } else {
                table.reject(.number, found: LoadingText.repeatedValue(Shown.quoted(String(decoding: number, as: UTF8.self)), in: AllocationColumn.number.name,
                                                                       firstLine: Int(columns.firstLines[Int(k)])),
                             expected: LoadingText.eachOnce(AllocationColumn.number.name, scope: LoadingText.withinMunicipality))
            }
        }
        if let client, FieldParsers.looksLikeBSN(client) {
            let masked = FieldParsers.maskedBSN(String(decoding: client, as: UTF8.self))
            table.reject(.client, found: LoadingText.bsnLikeValue(Shown.quoted(masked)), expected: LoadingText.pseudonymNotBSN)
        }
        if let product { table.requireKnown(.product, product, in: products, expected: LoadingText.productcodeFromProducts) }
        if let provider { table.requireKnown(.provider, provider, in: providers, expected: LoadingText.agbFromProviders) }
        table.requireOrdered(start: start, end: end, startColumn: .start, endColumn: .end)
        if frequency == .totalInPeriod && end == nil && table.bytes(.end).isEmpty {
            table.reject(.end, found: LoadingText.emptyEndWithFrequency6, expected: LoadingText.endRequiredWithFrequency6)
        }

        guard table.isComplete, !table.rowFailed, number != nil, let client, let category, let product, let provider,
              let start, let volume, let unit, let frequency else { return }
        columns.append(number: key, client: client, birthYear: birthYear, category: category, product: product, provider: provider,
                       start: start, end: end, volume: volume, unit: unit, frequency: frequency, referrer: referrer,
                       changeReason: changeReason ?? 0, endReason: endReason ?? 0)
    }

    mutating func finish(_ table: inout Table<AllocationColumn>, size: Int) -> ParsedColumns<AllocationColumns> {
        columns.hasNumbers = table.isComplete || columns.numbers.count > 0
        reported.finish(fileSize: size)
        return table.finish(columns) { $0.dropRecords() }
    }
}

/// The rows of a declaraties file into columns, one chunk of the file after the other.
private struct ClaimRows: ChunkedRows {
    var columns: ClaimColumns
    let known: KeyArena?
    /// By number key: the allocation is removed (reden 13). An array, not the set: looked up per line.
    let removed: [Bool]
    /// Unchecked claims still need keys: their own numbers, interned as they come.
    var unchecked = KeyArena()
    let allocationsFile: String
    let deliveryMonth: Month?
    var reported: ProgressReporter
    /// Lines may take the fast lane (`PlainLine`); off only to test that both ways agree.
    let plainLines: Bool
    /// The checked lines go into `columns`; off when only the problems are wanted.
    let keepLines: Bool
    private var lastMonth = (month: Month(index: 0), firstDay: Month(index: 0).firstDay.ordinal)
    private var receivedDays = MonthDays()
    // Fetched once: each fetch of a kind retains its message and parser.
    let text = FieldKind.bytes, month = FieldKind.month, wholeNumber = FieldKind.wholeNumber, amount = FieldKind.cents, date = FieldKind.date

    init(table: Table<ClaimColumn>, municipality: String, allocations: AllocationColumns?, deliveryMonth: Month?, progress: LoadProgress?,
         plainLines: Bool, keepLines: Bool = true) {
        self.plainLines = plainLines
        self.keepLines = keepLines
        columns = ClaimColumns(expectedCount: keepLines ? table.estimatedRowCount : 0)
        known = allocations.flatMap { $0.hasNumbers ? $0.numbers : nil }
        var removed = [Bool](repeating: false, count: allocations?.numbers.count ?? 0)
        for key in allocations?.removedNumbers ?? [] { removed[Int(key)] = true }
        self.removed = removed
        allocationsFile = "\(municipality)\(Loader.allocationsSuffix)"
        self.deliveryMonth = deliveryMonth
        reported = ProgressReporter(progress)
    }

    mutating func read(_ table: inout Table<ClaimColumn>) {
        let layout = table.headerColumns
        while true {
            if plainLines, known != nil {
                let taken = layout.withUnsafeBufferPointer { layout in
                    Self.withTrustedLines { trusted in
                        table.readFieldsAhead(limit: ProgressReporter.interval, { takePlain(&$0, layout, &trusted) },
                                              settle: { settle($0, &trusted) })
                    }
                }
                reported.rows(taken, table)
            }
            guard table.nextRow() else { return }
            readRow(&table)
        }
    }

    /// The lines taken on trust since the last `settle`: their numbers, and room for their keys
    /// and the lookup's scratch. On the stack: arrays cost a uniqueness check on every line.
    private struct TrustedLines {
        let numbers: UnsafeMutableBufferPointer<UnsafeBufferPointer<UInt8>>
        let keys: UnsafeMutableBufferPointer<Int32>
        let scratch: UnsafeMutableBufferPointer<Int>
        var count = 0
    }

    /// Static: a method of `self` would hold a copy of it while `body` changes it, and the
    /// columns would then be copied on their next change (about 4 MB per 64k lines).
    private static func withTrustedLines<Result>(_ body: (inout TrustedLines) -> Result) -> Result {
        let n = RecordReader.settleEvery
        return withUnsafeTemporaryAllocation(of: UnsafeBufferPointer<UInt8>.self, capacity: n) { numbers in
            withUnsafeTemporaryAllocation(of: Int32.self, capacity: n) { keys in
                withUnsafeTemporaryAllocation(of: Int.self, capacity: 2 * n) { scratch in
                    var trusted = TrustedLines(numbers: numbers, keys: keys, scratch: scratch)
                    return body(&trusted)
                }
            }
        }
    }

    /// A plain line (`PlainFields`, its columns in the order of `layout`) with nothing to
    /// report, taken as `readRow` would take it; false for anything else, which `readRow` then
    /// reports. Its toewijzingnummer is taken on trust and looked up in `settle`, with those of
    /// the lines around it.
    @inline(__always)
    private mutating func takePlain(_ fields: inout PlainFields, _ layout: UnsafeBufferPointer<ClaimColumn?>,
                                    _ trusted: inout TrustedLines) -> Bool {
        var number: UnsafeBufferPointer<UInt8>?, careMonth: Month?, cents: Int64?, received: Day?
        let lastField = layout.count - 1
        for f in 0...lastField {
            let last = f == lastField
            switch layout[f] {
            case .allocationNumber?:
                guard let bytes = fields.text(last: last), !bytes.isEmpty else { return false }
                number = bytes
            case .careMonth?:
                guard let month = fields.month(last: last) else { return false }
                careMonth = month
            case .volume?:
                guard fields.isWholeNumberOrEmpty(last: last) else { return false }
            case .amount?:
                guard let value = fields.cents(last: last) else { return false }
                cents = value
            case .received?:
                guard let day = fields.day(last: last, &receivedDays) else { return false }
                received = day
            case nil:
                guard fields.text(last: last) != nil else { return false }
            }
        }
        guard let number, let careMonth, let cents, let received, received.ordinal >= firstDay(of: careMonth) else { return false }
        if let deliveryMonth, careMonth < Dataset.firstDataMonth || careMonth > deliveryMonth { return false }
        if keepLines { columns.append(allocation: -1, careMonth: careMonth, amountCents: cents, received: received) }
        trusted.numbers[trusted.count] = number
        trusted.count += 1
        return true
    }

    /// Looks up the numbers of the last `count` lines taken on trust; a line whose number is
    /// unknown or removed does not stand, and neither do the lines after it (they are read again).
    /// - Returns: the number of lines that stand.
    private mutating func settle(_ count: Int, _ trusted: inout TrustedLines) -> Int {
        defer { trusted.count = 0 }
        known!.find(UnsafeBufferPointer(rebasing: trusted.numbers[..<trusted.count]), into: trusted.keys, scratch: trusted.scratch)
        let first = columns.count - count
        for j in 0..<count {
            let key = trusted.keys[j]
            guard key >= 0, !removed[Int(key)] else {
                if keepLines { columns.removeLast(count - j) }
                return j
            }
            if keepLines { columns.allocation[first + j] = key }
        }
        return count
    }

    /// The first day of the care month: lines come by month, so the last answer mostly holds.
    @inline(__always)
    private mutating func firstDay(of month: Month) -> Int32 {
        if month != lastMonth.month { lastMonth = (month, month.firstDay.ordinal) }
        return lastMonth.firstDay
    }

    private mutating func readRow(_ table: inout Table<ClaimColumn>) {
        reported.row(table)
        let number = table.value(.allocationNumber, text)
        let careMonth = table.value(.careMonth, month)
        _ = table.value(.volume, wholeNumber)
        let cents = table.value(.amount, amount)
        let received = table.value(.received, date)
        var key: Int32 = -1
        if let number {
            if let known {
                if let k = known.find(number) {
                    key = k
                    if removed[Int(k)] {
                        table.warn(.allocationNumber, found: LoadingText.claimOnRemovedAllocation(Shown.quoted(String(decoding: number, as: UTF8.self))),
                                   expected: LoadingText.noClaimsOnRemovedAllocations)
                    }
                } else {
                    table.reject(.allocationNumber, expected: LoadingText.toewijzingnummer(from: allocationsFile))
                }
            } else {
                key = unchecked.insert(number).key
            }
        }
        if let careMonth, let deliveryMonth, careMonth < Dataset.firstDataMonth || careMonth > deliveryMonth {
            table.reject(.careMonth, expected: LoadingText.careMonthWithin(first: "\(Dataset.firstDataMonth)", last: "\(deliveryMonth)"))
        }
        if let careMonth, let received, received < careMonth.firstDay {
            table.reject(.received, found: LoadingText.receivedBeforeCareMonth(received: "\(received)", careMonth: "\(careMonth)"),
                         expected: LoadingText.receivedFromCareMonth)
        }
        guard keepLines, table.isComplete, !table.rowFailed, number != nil, let careMonth, let cents, let received else { return }
        columns.append(allocation: key, careMonth: careMonth, amountCents: cents, received: received)
    }

    mutating func finish(_ table: inout Table<ClaimColumn>, size: Int) -> ParsedColumns<ClaimColumns> {
        reported.finish(fileSize: size)
        return table.finish(columns) { $0 = ClaimColumns() }
    }
}

/// The fast lane (`PlainLine`) for toewijzingen: a line with nothing to report is taken as the
/// general way would take it, its numbers and client interned in `settle` together with those
/// of the lines around it.
struct PlainAllocations {
    let products: KeyArena?
    let providers: KeyArena?

    /// A line taken on trust: every field read and checked, nothing interned yet.
    private struct Line {
        var number: UnsafeBufferPointer<UInt8>, client: UnsafeBufferPointer<UInt8>
        var product: UnsafeBufferPointer<UInt8>, provider: UnsafeBufferPointer<UInt8>
        var birthYear: Int?, category: UInt8, start: Day, end: Day?, volume: Int, unit: Unit, frequency: Frequency
        var referrer: Referrer?, changeReason: UInt8, endReason: UInt8, line: Int32
    }
    private var trusted: [Line] = []
    private var numbers: [UnsafeBufferPointer<UInt8>] = [], clients: [UnsafeBufferPointer<UInt8>] = []
    private var keys = [Int32](repeating: 0, count: RecordReader.settleEvery)
    private var scratch = [Int](repeating: 0, count: 2 * RecordReader.settleEvery)
    private var startDays = MonthDays(), endDays = MonthDays()

    /// The code lists, fetched once: each fetch of a global checks that it is initialised and
    /// retains its table, which on every line showed in the profile.
    private let codes = (productCategory: CodeTables.productCategory, unit: CodeTables.unit, frequency: CodeTables.frequency,
                         referrer: CodeTables.referrer, changeReason: CodeTables.changeReason, endReason: CodeTables.endReason)

    init(products: KeyArena?, providers: KeyArena?) {
        self.products = products
        self.providers = providers
        trusted.reserveCapacity(RecordReader.settleEvery)
    }

    /// Takes the line on trust when it has nothing to report, but perhaps a repeated number.
    @inline(__always)
    mutating func accept(_ line: PlainLine<AllocationColumn>) -> Bool {
        let number = line[.number], client = line[.client], product = line[.product], provider = line[.provider]
        guard !number.isEmpty, !client.isEmpty, !product.isEmpty, !provider.isEmpty, !FieldParsers.looksLikeBSN(client),
              let category = codes.productCategory(line[.category]),
              let start = FieldParsers.day(line[.start], &startDays),
              let volume = FieldParsers.nonNegativeInteger(line[.volume]),
              let unit = codes.unit(line[.unit]), let frequency = codes.frequency(line[.frequency]),
              let birthYear = optional(line[.birthYear], FieldParsers.year),
              let end = optional(line[.end], { FieldParsers.day($0, &endDays) }),
              let referrer = optional(line[.referrer], { codes.referrer($0) }),
              let changeReason = optional(line[.changeReason], { codes.changeReason($0) }),
              let endReason = optional(line[.endReason], { codes.endReason($0) }),
              products?.find(product) != nil || products == nil, providers?.find(provider) != nil || providers == nil
        else { return false }
        if let end { guard end >= start else { return false } } else { guard frequency != .totalInPeriod else { return false } }
        trusted.append(Line(number: number, client: client, product: product, provider: provider, birthYear: birthYear,
                            category: category, start: start, end: end, volume: volume, unit: unit, frequency: frequency,
                            referrer: referrer, changeReason: changeReason ?? 0, endReason: endReason ?? 0, line: Int32(line.number)))
        return true
    }

    /// Interns and keeps the lines taken on trust, up to the first with a repeated number.
    /// - Returns: the number of lines kept.
    mutating func settle(_ count: Int, into columns: inout AllocationColumns) -> Int {
        defer { trusted.removeAll(keepingCapacity: true) }
        // Looked up all together first, so that the cache misses overlap; interned one by one after.
        numbers.removeAll(keepingCapacity: true)
        clients.removeAll(keepingCapacity: true)
        for line in trusted { numbers.append(line.number); clients.append(line.client) }
        columns.numbers.find(numbers, into: &keys, scratch: &scratch)
        columns.clients.find(clients, into: &keys, scratch: &scratch)
        for (j, l) in trusted.enumerated() {
            let (key, inserted) = columns.numbers.insert(l.number)
            // A repeated number: nothing changed, the general way reports it.
            guard inserted else { return j }
            columns.firstLines.append(l.line)
            columns.append(number: key, client: l.client, birthYear: l.birthYear, category: l.category, product: l.product,
                           provider: l.provider, start: l.start, end: l.end, volume: l.volume, unit: l.unit, frequency: l.frequency,
                           referrer: l.referrer, changeReason: l.changeReason, endReason: l.endReason)
        }
        return count
    }
}

/// An optional value of the fast lane: `.some(nil)` when empty, nil when it breaks the format.
@inline(__always)
private func optional<Value>(_ bytes: UnsafeBufferPointer<UInt8>, _ parse: (UnsafeBufferPointer<UInt8>) -> Value?) -> Value?? {
    if bytes.isEmpty { return .some(nil) }
    guard let value = parse(bytes) else { return nil }
    return .some(value)
}

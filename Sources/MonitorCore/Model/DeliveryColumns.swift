/// The rows of one municipality's delivery files as the loader keeps them: text values interned
/// to keys (`KeyArena`), days and months as integers, codes as bytes. A file of 600k claim
/// lines is four arrays, not 600k structs holding Strings.

/// One allocation: 40 bytes (the 8-byte volume first, so that no padding is needed). In `AllocationColumns` the text keys are the file's own (its
/// arenas); in a `Dataset` the client, product and provider are the dataset's indexes, the
/// number the key in its municipality's arena.
public struct AllocationRecord: Sendable {
    public let volume: Int
    var numberKey: Int32
    var municipalityIndex: Int32
    public internal(set) var client: Int32
    var productIndex: Int32
    var providerIndex: Int32
    public let start: Day
    /// `Day.none` when open-ended.
    let endDay: Day
    public let unit: Unit
    public let frequency: Frequency
    public let referrer: Referrer?
    /// Code-list values as `CodeByte`s (0 = not delivered).
    let category: UInt8
    let changeReason: UInt8
    let endReasonCode: UInt8
    /// 0 = not delivered.
    let birthYear: Int16

    public var municipality: Int { Int(municipalityIndex) }
    public var product: Int { Int(productIndex) }
    public var provider: Int { Int(providerIndex) }
    /// Last day, inclusive; nil = open-ended.
    public var end: Day? { endDay == .none ? nil : endDay }
    /// JZ588 reden_beeindiging, e.g. `31` volgens plan; nil when not delivered.
    public var endReason: String? { CodeByte.text(endReasonCode) }
    /// reden_wijziging 13: the row does not exist for any figure.
    var isRemoved: Bool { changeReason == CodeByte.removed }

    /// Active in a period: starts on or before its last day and has not ended before its first.
    @inline(__always)
    public func isActive(in period: Period) -> Bool {
        start <= period.last && (endDay == .none || endDay >= period.first)
    }
}

extension Day {
    /// Stands for "no day" where an optional would cost a byte and padding per row.
    static let none = Day(ordinal: .min)
}

/// iJw codes of one or two digits (`1`, `04`, `31`) in one byte: 1–100 for `00`–`99`, 101–110
/// for `0`–`9`; 0 for an empty value. The code text comes back exactly as delivered.
enum CodeByte {
    static func of(_ bytes: ArraySlice<UInt8>) -> UInt8? {
        switch bytes.count {
        case 1: return FieldParsers.digits(bytes, at: 0, count: 1).map { UInt8(101 + $0) }
        case 2: return FieldParsers.digits(bytes, at: 0, count: 2).map { UInt8(1 + $0) }
        default: return nil
        }
    }

    static func of(_ text: String?) -> UInt8 { text.flatMap { of(Array($0.utf8)[...]) } ?? 0 }

    private static let texts: [String?] = [nil] + (0...99).map { $0 < 10 ? "0\($0)" : "\($0)" } + (0...9).map { "\($0)" }

    static func text(_ byte: UInt8) -> String? { texts[Int(byte)] }

    static let removed = of(CodeLists.removedChangeReason)
}

/// One municipality's toewijzingen, in file order (removed rows included).
public struct AllocationColumns: Sendable {
    var numbers: KeyArena
    var clients: KeyArena
    var products = KeyArena()
    var providers = KeyArena()
    var records: [AllocationRecord] = []
    /// The first line of each number, for the message about a repeated one.
    var firstLines: [Int32] = []
    /// The numbers could be read (the header has the column): claims can be checked against them.
    var hasNumbers = false

    init(expectedCount: Int = 0) {
        numbers = KeyArena(expectedCount: expectedCount)
        // As many as rows, at most: a table sized for fewer grew, and rehashed every client,
        // in a file of thirty times the region (two thirds of its rows have a client of their own).
        clients = KeyArena(expectedCount: expectedCount)
        records.reserveCapacity(expectedCount)
        HugePages.advise(&records)
    }

    public var count: Int { records.count }

    /// Numbers of removed rows (reden_wijziging 13), for the warning on claims that refer to one.
    var removedNumbers: Set<Int32> = []

    /// A file with errors keeps its numbers (so claims get no follow-up errors), not its rows.
    mutating func dropRecords() {
        dropRows()
        removedNumbers = []
    }

    /// Once indexed by a `Dataset`, only the numbers are needed: to check and link the claims.
    mutating func dropRows() {
        records = []
        clients = KeyArena()
        products = KeyArena()
        providers = KeyArena()
        firstLines = []
    }

    /// Interns the row's text values and keeps the row. Only for a row without problems.
    mutating func append(number: Int32, client: some FieldBytes, birthYear: Int?, category: UInt8, product: some FieldBytes,
                         provider: some FieldBytes, start: Day, end: Day?, volume: Int, unit: Unit, frequency: Frequency,
                         referrer: Referrer?, changeReason: UInt8, endReason: UInt8) {
        if changeReason == CodeByte.removed { removedNumbers.insert(number) }
        records.append(AllocationRecord(
            volume: volume, numberKey: number, municipalityIndex: 0, client: clients.insert(client).key,
            productIndex: products.insert(product).key, providerIndex: providers.insert(provider).key,
            start: start, endDay: end ?? .none, unit: unit, frequency: frequency, referrer: referrer,
            category: category, changeReason: changeReason, endReasonCode: endReason, birthYear: Int16(birthYear ?? 0)))
    }

    /// Built from rows in memory (the demo-data generator, tests): the same form the loader reads into.
    public init(_ rows: some Collection<Allocation>) {
        self.init(expectedCount: rows.count)
        hasNumbers = true
        for a in rows {
            let number = numbers.insert(Array(a.number.utf8)[...]).key
            append(number: number, client: Array(a.client.utf8)[...], birthYear: a.birthYear, category: CodeByte.of(a.category),
                   product: Array(a.product.utf8)[...], provider: Array(a.provider.utf8)[...], start: a.start, end: a.end,
                   volume: a.volume, unit: a.unit, frequency: a.frequency, referrer: a.referrer,
                   changeReason: CodeByte.of(a.changeReason), endReason: CodeByte.of(a.endReason))
        }
    }

    /// The record of a toewijzingnummer key. In a file without errors every row added one new
    /// number, so key and row coincide; nil otherwise.
    func record(ofNumber key: Int32) -> AllocationRecord? {
        records.count == numbers.count ? records[Int(key)] : nil
    }
}

/// Claim lines as columns: 14 bytes a line. An amount is kept in 32 bits (up to € 21 million
/// a line, which every real claim line is), a larger one exactly beside the column. `allocation` is, in a file, the toewijzingnummer's
/// key in its municipality's `AllocationColumns.numbers`; in a `Dataset`, the index of the
/// allocation record.
public struct ClaimColumns: Sendable, RandomAccessCollection {
    var allocation: [Int32] = []
    var careMonth: [Int16] = []
    private var cents: [Int32] = []
    /// Amounts that do not fit 32 bits, by line; their line in `cents` holds `Int32.min`.
    private var largeCents: [Int32: Int64] = [:]
    var received: [Int32] = []

    init(expectedCount: Int = 0) { reserve(expectedCount) }

    mutating func reserve(_ count: Int) {
        allocation.reserveCapacity(count); careMonth.reserveCapacity(count)
        cents.reserveCapacity(count); received.reserveCapacity(count)
        HugePages.advise(&allocation); HugePages.advise(&careMonth); HugePages.advise(&cents); HugePages.advise(&received)
    }

    @inline(__always)
    mutating func append(allocation a: Int32, careMonth m: Month, amountCents c: Int64, received r: Day) {
        if let small = Int32(exactly: c), small != .min {
            cents.append(small)
        } else {
            largeCents[Int32(cents.count)] = c
            cents.append(.min)
        }
        allocation.append(a); careMonth.append(Int16(truncatingIfNeeded: m.index)); received.append(r.ordinal)
    }

    /// Takes back the last `count` lines appended.
    mutating func removeLast(_ count: Int) {
        for line in (cents.count - count)..<cents.count where cents[line] == .min { largeCents[Int32(line)] = nil }
        allocation.removeLast(count); careMonth.removeLast(count); cents.removeLast(count); received.removeLast(count)
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { allocation.count }

    @inline(__always)
    public subscript(i: Int) -> ClaimRecord {
        ClaimRecord(allocation: Int(allocation[i]), careMonth: Month(index: Int32(careMonth[i])),
                    amountCents: amountCents(i), received: Day(ordinal: received[i]))
    }

    @inline(__always)
    func amountCents(_ i: Int) -> Int64 {
        let small = cents[i]
        return small == .min ? largeCents[Int32(i)]! : Int64(small)
    }
}

extension ClaimColumns {
    /// Keeps the lines `keep` maps to an allocation record, with that record's index; drops the
    /// others. In place: the columns are rewritten front to back, never copied.
    mutating func relink(_ keep: (_ key: Int32, _ received: Int32) -> Int32?) {
        var w = 0
        for i in 0..<allocation.count {
            guard let record = keep(allocation[i], received[i]) else { continue }
            allocation[w] = record
            careMonth[w] = careMonth[i]; received[w] = received[i]
            if cents[i] == .min, let large = largeCents.removeValue(forKey: Int32(i)) { largeCents[Int32(w)] = large }
            cents[w] = cents[i]
            w += 1
        }
        let dropped = allocation.count - w
        allocation.removeLast(dropped); careMonth.removeLast(dropped); cents.removeLast(dropped); received.removeLast(dropped)
    }
}

/// The dataset's claim lines: each municipality's columns as read, relinked to the dataset's
/// allocation records in place. Joining them would hold every line twice for a moment.
public struct ClaimStore: Sendable, Sequence {
    let segments: [ClaimColumns]
    public let count: Int

    init(_ segments: [ClaimColumns]) {
        self.segments = segments
        count = segments.reduce(0) { $0 + $1.count }
    }

    public func makeIterator() -> Iterator { Iterator(segments: segments) }

    public struct Iterator: IteratorProtocol {
        let segments: [ClaimColumns]
        var segment = 0, index = 0

        @inline(__always)
        public mutating func next() -> ClaimRecord? {
            while segment < segments.count {
                if index < segments[segment].count {
                    defer { index += 1 }
                    return segments[segment][index]
                }
                segment += 1
                index = 0
            }
            return nil
        }
    }
}

/// A claim line linked to its allocation record: a row of `ClaimColumns`.
public struct ClaimRecord: Sendable {
    /// Index into `Dataset.allocations` (in a file's columns: the toewijzingnummer's key).
    public let allocation: Int
    public let careMonth: Month
    public let amountCents: Int64
    public let received: Day
}

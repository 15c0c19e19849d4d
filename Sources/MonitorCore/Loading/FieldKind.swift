/// A value format of the contract: how to parse it and how to say what was expected.
struct FieldKind<Value>: Sendable {
    let expected: String
    let parse: @Sendable (ArraySlice<UInt8>) -> Value?
}

// Kinds are built once: the code-list messages are composed from the lists, and a
// per-row rebuild would cost more than the parsing itself.
extension FieldKind where Value == String {
    static var text: FieldKind { Kinds.text }
    static var pseudonym: FieldKind { Kinds.pseudonym }
    static var gemeentecode: FieldKind { Kinds.gemeentecode }
    static var agb: FieldKind { Kinds.agb }
    static var productCategory: FieldKind { Kinds.productCategory }
}

/// Values the loader keeps as bytes: interned (`KeyArena`) or looked up, never made a String.
extension FieldKind where Value == ArraySlice<UInt8> {
    static var bytes: FieldKind { Kinds.bytes }
    static var pseudonymBytes: FieldKind { Kinds.pseudonymBytes }
}

/// iJw codes kept as a `CodeByte`.
extension FieldKind where Value == UInt8 {
    static var productCategoryCode: FieldKind { Kinds.productCategoryCode }
    static var changeReasonCode: FieldKind { Kinds.changeReasonCode }
    static var endReasonCode: FieldKind { Kinds.endReasonCode }
}

extension FieldKind where Value == Day {
    static var date: FieldKind { Kinds.date }
}

extension FieldKind where Value == Month {
    static var month: FieldKind { Kinds.month }
}

extension FieldKind where Value == Int {
    static var wholeNumber: FieldKind { Kinds.wholeNumber }
    static var count: FieldKind { Kinds.count }
    static var year: FieldKind { Kinds.year }
    static var segment: FieldKind { Kinds.segment }
}

extension FieldKind where Value == Int64 {
    static var cents: FieldKind { Kinds.cents }
}

extension FieldKind where Value == Double {
    static var tariff: FieldKind { Kinds.tariff }
}

extension FieldKind where Value == Double {
    static var distance: FieldKind { Kinds.distance }
}

extension FieldKind where Value == Bool {
    static var yesNo: FieldKind { Kinds.yesNo }
    /// `J` or `N` where the value may also be left empty (unknown).
    static var yesNoOrUnknown: FieldKind { Kinds.yesNoOrUnknown }
}

extension FieldKind where Value == Unit {
    static var unit: FieldKind { Kinds.unit }
}

extension FieldKind where Value == Frequency {
    static var frequency: FieldKind { Kinds.frequency }
}

extension FieldKind where Value == Referrer {
    static var referrer: FieldKind { Kinds.referrer }
}

extension FieldKind where Value == ResidenceClass {
    static var residence: FieldKind { Kinds.residence }
}

private enum Kinds {
    static let text = FieldKind<String>(expected: LoadingText.nonEmptyValue) { String(decoding: $0, as: UTF8.self) }
    /// Any non-empty text, like `text`, but said as what `client` holds.
    static let pseudonym = FieldKind<String>(expected: LoadingText.pseudonym, parse: text.parse)
    static let gemeentecode = digitCode(4, expected: LoadingText.gemeentecode)
    static let agb = digitCode(8, expected: LoadingText.agb)

    static let date = FieldKind<Day>(expected: LoadingText.date, parse: FieldParsers.day)
    static let month = FieldKind<Month>(expected: LoadingText.month, parse: FieldParsers.month)

    static let wholeNumber = FieldKind<Int>(expected: LoadingText.wholeNumber, parse: FieldParsers.integer)
    static let count = FieldKind<Int>(expected: LoadingText.count, parse: FieldParsers.nonNegativeInteger)
    static let year = FieldKind<Int>(expected: LoadingText.year, parse: FieldParsers.year)
    static let segment = FieldKind<Int>(expected: LoadingText.segment) { bytes in
        FieldParsers.integer(bytes).flatMap { (1...5).contains($0) ? $0 : nil }
    }

    static let cents = FieldKind<Int64>(
        expected: LoadingText.amount, parse: FieldParsers.cents)
    static let tariff = FieldKind<Double>(
        expected: LoadingText.tariff, parse: FieldParsers.tariff)

    static let distance = FieldKind<Double>(expected: LoadingText.distance) { bytes in
        FieldParsers.decimal(bytes, maxDecimals: 3, allowNegative: false).map { Double($0.units) / pow10($0.scale) }
    }
    private static func pow10(_ n: Int) -> Double { (0..<n).reduce(1) { r, _ in r * 10 } }

    static let yesNoOrUnknown = FieldKind<Bool>(expected: LoadingText.yesNoOrUnknown, parse: yesNo.parse)

    /// `J` (ja) or `N` (nee).
    static let yesNo = FieldKind<Bool>(expected: LoadingText.yesNo) { bytes in
        guard bytes.count == 1, let b = bytes.first else { return nil }
        switch b {
        case UInt8(ascii: "J"), UInt8(ascii: "j"): return true
        case UInt8(ascii: "N"), UInt8(ascii: "n"): return false
        default: return nil
        }
    }

    static let bytes = FieldKind<ArraySlice<UInt8>>(expected: LoadingText.nonEmptyValue) { $0 }
    static let pseudonymBytes = FieldKind<ArraySlice<UInt8>>(expected: LoadingText.pseudonym) { $0 }

    static let productCategory = code("JZ020", CodeTable(CodeLists.productCategories.map { ($0, $0) }))
    static let productCategoryCode = code("JZ020", CodeTables.productCategory)
    static let changeReasonCode = code("JZ002", CodeTables.changeReason)
    static let endReasonCode = code("JZ588", CodeTables.endReason)
    static let unit = code("WJ756", CodeTables.unit)
    static let frequency = code("WJ757", CodeTables.frequency)
    static let referrer = code("COD327", CodeTables.referrer)
    static let residence = FieldKind<ResidenceClass>(
        expected: LoadingText.oneOf(ResidenceClass.allCases.map(\.rawValue))
    ) { ResidenceClass(rawValue: String(decoding: $0, as: UTF8.self)) }

    private static func digitCode(_ count: Int, expected: String) -> FieldKind<String> {
        FieldKind(expected: expected) { bytes in
            FieldParsers.isDigits(bytes, count: count) ? String(decoding: bytes, as: UTF8.self) : nil
        }
    }

    /// A value from an iJw code list, e.g. WJ756 for `eenheid`.
    private static func code<Value: Sendable>(_ list: String, _ table: CodeTable<Value>) -> FieldKind<Value> {
        FieldKind(expected: LoadingText.code(list: list, codes: CodeRanges.describe(table.codes))) { table($0) }
    }
}

/// The code lists the toewijzingen use, shared by their `FieldKind` and the fast lane.
enum CodeTables {
    static let productCategory = CodeTable(CodeLists.productCategories.map { ($0, CodeByte.of($0)) })
    static let changeReason = CodeTable(CodeLists.changeReasons.map { ($0, CodeByte.of($0)) })
    static let endReason = CodeTable(CodeLists.endReasons.keys.map { ($0, CodeByte.of($0)) })
    static let unit = CodeTable(Unit.allCases.map { ($0.rawValue, $0) })
    static let frequency = CodeTable(Frequency.allCases.map { ($0.rawValue, $0) })
    static let referrer = CodeTable(Referrer.allCases.map { ($0.rawValue, $0) })
}

/// An iJw code list. Codes are one or two digits, so a 110-slot table finds them without
/// making a String or hashing; String values (category codes) are shared instances instead
/// of one new String per row.
struct CodeTable<Value: Sendable>: Sendable {
    let codes: [String]
    private let lookup: [Value?]

    init(_ entries: [(code: String, value: Value)]) {
        codes = entries.map(\.code)
        var table = [Value?](repeating: nil, count: 110)
        for entry in entries {
            if let slot = Self.slot(Array(entry.code.utf8)[...]) { table[slot] = entry.value }
        }
        lookup = table
    }

    @inline(__always)
    func callAsFunction(_ bytes: some FieldBytes) -> Value? {
        Self.slot(bytes).flatMap { lookup[$0] }
    }

    /// `0`–`99` for two digits, `100`–`109` for one digit, nil otherwise.
    @inline(__always)
    private static func slot(_ bytes: some FieldBytes) -> Int? {
        switch bytes.count {
        case 1: return FieldParsers.digits(bytes, at: 0, count: 1).map { 100 + $0 }
        case 2: return FieldParsers.digits(bytes, at: 0, count: 2)
        default: return nil
        }
    }
}

/// Renders a code list compactly for messages: `01-03, 13-41`.
enum CodeRanges {
    static func describe(_ codes: some Collection<String>) -> String {
        let sorted = codes.sorted { ($0.count, $0) < ($1.count, $1) }
        var parts: [String] = []
        var runStart = 0
        for i in sorted.indices {
            if i + 1 < sorted.count && follows(sorted[i + 1], sorted[i]) { continue }
            let first = sorted[runStart], last = sorted[i]
            switch i - runStart {
            case 0: parts.append(first)
            case 1: parts.append("\(first), \(last)")
            default: parts.append("\(first)-\(last)")
            }
            runStart = i + 1
        }
        return parts.joined(separator: ", ")
    }

    private static func follows(_ next: String, _ previous: String) -> Bool {
        guard next.count == previous.count, let a = Int(previous), let b = Int(next) else { return false }
        return b == a + 1
    }
}

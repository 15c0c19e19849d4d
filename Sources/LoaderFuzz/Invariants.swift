import MonitorCore

/// One broken invariant: which parser, and what was wrong.
struct Violation: CustomStringConvertible {
    let parser: String
    let message: String
    var description: String { "\(parser): \(message)" }
}

/// Feeds one input to every public parser, as a whole file, and checks what must hold for
/// any bytes at all. A crash or a trap is caught by libFuzzer (or the fallback's signal
/// handler); everything else that can go wrong without crashing is checked here.
enum Invariants {
    static let file = "fuzz.csv"
    static let municipality = "0743"

    // Small key sets, matching the seeds, so that the cross-file checks (`requireKnown`,
    // the plaatsingen check for a residential product) run instead of being skipped as unchecked.
    static let products: Set<String> = ["43A02", "43A09", "45A51"]
    static let providers: Set<String> = ["98141654", "98521971"]
    static let allocationNumbers: Set<String> = ["0743100001", "0743100002", "0743100003"]
    static let allocations = AllocationColumns([
        Allocation(municipality: municipality, number: "0743100001", client: "J1", category: "43", product: "43A09", provider: "98141654",
                   start: Day(year: 2024, month: 1, day: 1)!, end: nil, volume: 1, unit: .dayAndNight, frequency: .perDay),
        Allocation(municipality: municipality, number: "0743100002", client: "J2", category: "45", product: "45A51", provider: "98521971",
                   start: Day(year: 2024, month: 1, day: 1)!, end: nil, volume: 1, unit: .hour, frequency: .perWeek),
    ])
    static let residentialProducts: Set<String> = ["43A09"]
    static let municipalities: Set<String> = ["0743", "0762"]
    static let deliveryMonth = Month(year: 2026, month: 10)

    static func check(_ bytes: [UInt8]) -> [Violation] {
        var context = Context(bytes: bytes)
        let parsedAllocations = Loader.parseAllocations(bytes: bytes, file: file, municipality: municipality, products: products, providers: providers)
        context.inspect("parseAllocations", errors: parsedAllocations.errors, warnings: parsedAllocations.warnings, rows: parsedAllocations.columns.count)
        let claims = Loader.parseClaims(bytes: bytes, file: file, municipality: municipality, allocationNumbers: allocationNumbers,
                                        deliveryMonth: deliveryMonth)
        context.inspect("parseClaims", errors: claims.errors, warnings: claims.warnings, rows: claims.columns.count)
        // The fast lane (plain lines) must read exactly what the general way reads.
        context.compare("parseAllocations", parsedAllocations, Loader.parseAllocations(
            bytes: bytes, file: file, municipality: municipality, products: products, providers: providers, plainLines: false), rows: \.count)
        context.compare("parseClaims", claims, Loader.parseClaims(
            bytes: bytes, file: file, municipality: municipality, allocationNumbers: allocationNumbers, deliveryMonth: deliveryMonth,
            plainLines: false), rows: \.count)
        context.inspect("parsePlacements", Loader.parsePlacements(
            bytes: bytes, file: file, municipality: municipality,
            allocations: Invariants.allocations, residentialProducts: residentialProducts))
        context.inspect("parseMunicipalities", Loader.parseMunicipalities(bytes: bytes, file: file))
        context.inspect("parseInhabitants", Loader.parseInhabitants(bytes: bytes, file: file, municipalities: municipalities))
        context.inspect("parseProducts", Loader.parseProducts(bytes: bytes, file: file))
        context.inspect("parseTariffs", Loader.parseTariffs(bytes: bytes, file: file, products: products))
        context.inspect("parseProviders", Loader.parseProviders(bytes: bytes, file: file))
        context.inspect("parseContracts", Loader.parseContracts(bytes: bytes, file: file, providers: providers, products: products))
        context.inspect("parseAnnualAccounts", Loader.parseAnnualAccounts(bytes: bytes, file: file, municipalities: municipalities))
        context.inspect("parseWaitingTimes", Loader.parseWaitingTimes(bytes: bytes, file: file, providers: providers, products: products))
        context.inspect("parseRMTCases", Loader.parseRMTCases(bytes: bytes, file: file, municipalities: municipalities))
        return context.violations
    }

    private struct Context {
        /// Physical lines in the input, counting LF, CRLF and a bare CR as line ends: decoding
        /// neither adds nor drops them, so no problem can point past the last line. A bare CR
        /// counts because the reader ends a record at one right after a closing quote
        /// (`agb;"naam"\rx` reports line 2), though not elsewhere: reported with issue 13.
        let lineCount: Int
        /// A column counts characters, never more than the input has bytes.
        let columnLimit: Int
        var violations: [Violation] = []

        init(bytes: [UInt8]) {
            var ends = 0
            for (i, b) in bytes.enumerated() where b == 0x0A || (b == 0x0D && (i + 1 == bytes.count || bytes[i + 1] != 0x0A)) {
                ends += 1
            }
            lineCount = ends + 1
            columnLimit = bytes.count + 1
        }

        mutating func inspect<Row>(_ parser: String, _ parsed: ParsedFile<Row>) {
            inspect(parser, errors: parsed.errors, warnings: parsed.warnings, rows: parsed.rows.count)
        }

        /// Two reads of the same bytes that must agree on every problem and row.
        mutating func compare<Columns>(_ parser: String, _ a: ParsedColumns<Columns>, _ b: ParsedColumns<Columns>, rows: (Columns) -> Int) {
            if a.errors.map(\.description) != b.errors.map(\.description) || a.warnings.map(\.description) != b.warnings.map(\.description)
                || rows(a.columns) != rows(b.columns) {
                violations.append(Violation(parser: parser, message: "the fast lane differs: \(a.errors.count)/\(a.warnings.count)/\(rows(a.columns)) "
                                            + "against \(b.errors.count)/\(b.warnings.count)/\(rows(b.columns)) errors/warnings/rows"))
            }
        }

        mutating func inspect(_ parser: String, errors: [Problem], warnings: [Problem], rows: Int) {
            func fail(_ message: String) { violations.append(Violation(parser: parser, message: message)) }
            if !errors.isEmpty && rows > 0 {
                fail("\(rows) rows despite \(errors.count) errors")
            }
            // ProblemLog lists at most 200 problems plus one "… en nog N" summary.
            if errors.count + warnings.count > 201 {
                fail("\(errors.count) errors and \(warnings.count) warnings, above the cap")
            }
            for (problem, severity) in errors.map({ ($0, Problem.Severity.error) })
                + warnings.map({ ($0, Problem.Severity.warning) }) {
                let text = problem.description
                if problem.severity != severity { fail("a \(problem.severity) among the \(severity)s: \(Invariants.shown(text))") }
                if problem.file != Invariants.file { fail("file \(Invariants.shown(problem.file)) in \(Invariants.shown(text))") }
                if problem.line < 1 || problem.line > lineCount {
                    fail("line \(problem.line) outside 1...\(lineCount): \(Invariants.shown(text))")
                }
                if problem.column < 1 || problem.column > columnLimit {
                    fail("column \(problem.column) outside 1...\(columnLimit): \(Invariants.shown(text))")
                }
                if let control = Invariants.firstControl(in: text) {
                    fail("control character U+\(Invariants.hex(control)) in \(Invariants.shown(text))")
                }
            }
        }
    }

    /// The first C0 (NUL, ESC, newline …), DEL or C1 character: what `Shown.escaped` promises
    /// never to pass through. Scans the UTF-8 bytes, as this check runs for every problem of
    /// every input: C0 and DEL are single bytes, C1 is U+0080–U+009F, written C2 80–C2 9F.
    static func firstControl(in text: String) -> UInt32? {
        var text = text
        return text.withUTF8 { bytes in
            var previous: UInt8 = 0
            for b in bytes {
                if b < 0x20 || b == 0x7F { return UInt32(b) }
                if previous == 0xC2 && b >= 0x80 && b <= 0x9F { return UInt32(b) }
                previous = b
            }
            return nil
        }
    }

    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    /// A message made safe to print in the report itself.
    static func shown(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            if isControl(scalar) { out += "\\u{\(hex(scalar.value))}" } else { out.unicodeScalars.append(scalar) }
        }
        return out + "\""
    }

    /// Input bytes as hex, for a reproducer in a report.
    static func hexDump(_ bytes: [UInt8]) -> String {
        bytes.map { b in (b < 16 ? "0" : "") + String(b, radix: 16) }.joined(separator: " ")
    }
}

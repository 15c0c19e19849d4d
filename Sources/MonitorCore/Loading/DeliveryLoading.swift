import Foundation

/// The rows of one delivery folder, in gemeenten.csv order.
struct DeliveryRows {
    var allocations: [Allocation] = []
    var claims: [Claim] = []
    var placements: [Placement] = []
    var placementFiles: Set<String> = []
}

/// What one municipality's delivery files yielded.
struct MunicipalityFiles: Sendable {
    var allocations: ParsedFile<Allocation>?
    var claims: ParsedFile<Claim>?
    /// nil when the municipality delivered no plaatsingen file (it is optional).
    var placements: ParsedFile<Placement>?
    var problems = Problems()
}

/// One result slot per parallel task. `concurrentPerform` gives no other way to return
/// values; the lock makes the writes from several threads safe.
final class Slots<Value: Sendable>: @unchecked Sendable {
    private var storage: [Value?]
    private let lock = NSLock()

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    func store(_ value: Value, at index: Int) { locked { storage[index] = value } }

    var values: [Value] { locked { storage.compactMap { $0 } } }

    // `NSLock.withLock` needs macOS 14; the package supports macOS 13.
    private func locked<Result>(_ body: () -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}

extension Loader {
    static let allocationsSuffix = "_toewijzingen.csv"
    static let claimsSuffix = "_declaraties.csv"
    static let placementsSuffix = "_plaatsingen.csv"

    /// Checks `leveringen/<month>/`: one toewijzingen and one declaraties file per municipality.
    /// nil when the folder is missing; rows are only meaningful when no errors were added.
    static func loadDelivery(_ folder: DataFolder, month: Month, reference: LoadedReference,
                             _ problems: inout Problems) -> DeliveryRows? {
        let relative = "\(deliveriesFolder)/\(month)"
        guard isDirectory(folder.absolute(relative)) else {
            problems.error(file: relative, found: LoadingText.noDeliveryFolder,
                           expected: LoadingText.deliveryFolder(relative))
            return nil
        }
        warnAboutStrayFiles(in: relative, folder: folder, codes: Set(reference.municipalityCodes), &problems)

        // Municipalities are independent (a claim refers only to its own municipality's
        // allocations), so their files are read on all cores; results keep gemeenten.csv order.
        let codes = reference.municipalityCodes
        let slots = Slots<MunicipalityFiles>(count: codes.count)
        DispatchQueue.concurrentPerform(iterations: codes.count) { i in
            slots.store(loadMunicipality(codes[i], in: relative, month: month, folder: folder, reference: reference), at: i)
        }
        let results = slots.values
        for result in results { problems.append(result.problems) }
        // Joined once at the end: appending file by file would copy the rows repeatedly.
        var rows = DeliveryRows()
        rows.allocations.reserveCapacity(results.reduce(0) { $0 + ($1.allocations?.rows.count ?? 0) })
        rows.claims.reserveCapacity(results.reduce(0) { $0 + ($1.claims?.rows.count ?? 0) })
        for (code, result) in zip(codes, results) {
            rows.allocations += result.allocations?.rows ?? []
            rows.claims += result.claims?.rows ?? []
            if let placements = result.placements {
                rows.placements += placements.rows
                rows.placementFiles.insert(code)
            }
        }
        if let tariffs = reference.data?.tariffs {
            checkTariffs(rows.allocations, tariffs: tariffs, month: month, folder: relative, names: reference.municipalities, &problems)
        }
        return rows
    }

    /// Contract §4: every product an allocation (other than in euro's) needs in a year it is
    /// active, from 2021 up to the delivery's year, has a tarief for that year; a missing one
    /// would count as € 0. Reported in tarieven.csv, once per product and year, naming the
    /// first allocation that needs it.
    static func checkTariffs(_ allocations: [Allocation], tariffs: [Tariff], month: Month, folder: String,
                             names: [Municipality], _ problems: inout Problems) {
        var known: [String: Set<Int>] = [:]
        for t in tariffs { known[t.product, default: []].insert(t.year) }
        var missing: [String: Set<Int>] = [:]
        let firstYear = Dataset.firstDataMonth.year, lastYear = month.year
        for a in allocations where a.unit != .euros && !a.isRemoved {
            let from = max(firstYear, a.start.civil.year), to = min(lastYear, a.end?.civil.year ?? lastYear)
            guard from <= to else { continue }
            let years = known[a.product]
            for year in from...to where !(years?.contains(year) ?? false) && !(missing[a.product]?.contains(year) ?? false) {
                missing[a.product, default: []].insert(year)
                let name = names.first { $0.code == a.municipality }.map { "\(a.municipality) \($0.name)" } ?? a.municipality
                problems.error(file: "\(referenceFolder)/tarieven.csv", found: LoadingText.missingTariff(product: a.product, year: year),
                               expected: LoadingText.tariffNeeded(product: a.product, year: year, allocation: a.number, municipality: name,
                                                                  file: "\(folder)/\(a.municipality)\(allocationsSuffix)"))
            }
        }
    }

    /// One municipality's toewijzingen and declaraties; the claims are checked against the
    /// toewijzingnummers of the same municipality.
    private static func loadMunicipality(_ code: String, in relative: String, month: Month, folder: DataFolder,
                                         reference: LoadedReference) -> MunicipalityFiles {
        var files = MunicipalityFiles()
        let name = reference.municipalities.first { $0.code == code }?.name
        let allocationsFile = "\(relative)/\(code)\(allocationsSuffix)"
        let claimsFile = "\(relative)/\(code)\(claimsSuffix)"
        if let bytes = folder.read(allocationsFile, expected: LoadingText.allocationsOf(code, name: name), &files.problems) {
            let parsed = parseAllocations(bytes: bytes, file: allocationsFile, municipality: code,
                                          products: reference.productCodes, providers: reference.providerCodes)
            files.problems.add(parsed)
            files.allocations = parsed
            // A header and no rows is a delivery of nothing: loaded, but said (contract §4).
            if parsed.errors.isEmpty && parsed.rows.isEmpty {
                files.problems.warning(file: allocationsFile, found: LoadingText.noAllocationsDelivered(name ?? code), expected: LoadingText.allocationRows)
            }
        }
        if let bytes = folder.read(claimsFile, expected: LoadingText.claimsOf(code, name: name), &files.problems) {
            let removed = Set((files.allocations?.rows ?? []).lazy.filter(\.isRemoved).map(\.number))
            let parsed = parseClaims(bytes: bytes, file: claimsFile, municipality: code, allocationNumbers: files.allocations?.keys,
                                     removedNumbers: removed, deliveryMonth: month)
            files.problems.add(parsed)
            files.claims = parsed
        }
        // Optional (contract §7.9): read only when present, validated like every other file.
        let placementsFile = "\(relative)/\(code)\(placementsSuffix)"
        if FileManager.default.fileExists(atPath: folder.absolute(placementsFile)),
           let bytes = folder.read(placementsFile, expected: LoadingText.placementsOf(code, name: name), &files.problems) {
            let allocations = files.allocations.flatMap { $0.isValid ? $0.rows : nil }
            let parsed = parsePlacements(bytes: bytes, file: placementsFile, municipality: code,
                                         allocationProducts: allocations.map { Dictionary($0.map { ($0.number, $0.product) }, uniquingKeysWith: { a, _ in a }) },
                                         residentialProducts: reference.residentialProductCodes)
            files.problems.add(parsed)
            files.placements = parsed
        }
        return files
    }

    /// Files that are not a known municipality's pair are ignored, with a warning so that a
    /// misnamed file does not go unnoticed. Hidden files (`.DS_Store`) are not the region's.
    private static func warnAboutStrayFiles(in relative: String, folder: DataFolder, codes: Set<String>, _ problems: inout Problems) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.absolute(relative))) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let code = deliveryFileCode(name)
            if let code, codes.contains(code) { continue }
            if let code {
                problems.warning(file: "\(relative)/\(Shown.escaped(name))", found: LoadingText.fileForUnknownMunicipality(Shown.quoted(code)),
                                 expected: LoadingText.onlyKnownMunicipalities)
            } else {
                problems.warning(file: "\(relative)/\(Shown.escaped(name))", found: LoadingText.unexpectedFile,
                                 expected: LoadingText.onlyDeliveryFiles(allocationsSuffix: allocationsSuffix, claimsSuffix: claimsSuffix,
                                                                          placementsSuffix: placementsSuffix))
            }
        }
    }

    /// The gemeentecode of `0743_toewijzingen.csv`, `0743_declaraties.csv` or `0743_plaatsingen.csv`.
    static func deliveryFileCode(_ name: String) -> String? {
        for suffix in [allocationsSuffix, claimsSuffix, placementsSuffix] where name.hasSuffix(suffix) {
            let code = String(name.dropLast(suffix.count))
            if FieldParsers.isDigits(Array(code.utf8)[...], count: 4) { return code }
        }
        return nil
    }
}

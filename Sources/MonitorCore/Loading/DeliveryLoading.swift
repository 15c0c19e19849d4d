import Foundation

/// What one municipality's delivery files yielded.
struct MunicipalityFiles: Sendable {
    var delivery: MunicipalityDelivery?
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
    /// nil when the folder is missing; the parts (in gemeenten.csv order) are only meaningful
    /// when no errors were added.
    static func loadDelivery(_ folder: DataFolder, month: Month, reference: LoadedReference, concurrent: Bool,
                             progress: LoadProgress?, _ problems: inout Problems) -> [MunicipalityDelivery]? {
        let relative = "\(deliveriesFolder)/\(month)"
        guard isDirectory(folder.absolute(relative)) else {
            problems.error(file: relative, found: LoadingText.noDeliveryFolder,
                           expected: LoadingText.deliveryFolder(relative))
            return nil
        }
        warnAboutStrayFiles(in: relative, folder: folder, codes: Set(reference.municipalityCodes), &problems)

        // Municipalities are independent (a claim refers only to its own municipality's
        // allocations), so their files are read on all cores, the largest first: the big files
        // are then parsed while little else is held, and the last task to finish is a small one.
        // Results keep gemeenten.csv order, so the problems come in the same order as one by one.
        let codes = reference.municipalityCodes
        let sizes = codes.map { folder.size("\(relative)/\($0)\(claimsSuffix)") + folder.size("\(relative)/\($0)\(allocationsSuffix)") }
        progress?.expect(files: codes.count, bytes: sizes.reduce(0, +))
        let order = codes.indices.sorted { sizes[$0] > sizes[$1] }
        let context = DeliveryContext(relative: relative, month: month, folder: folder, reference: reference,
                                      products: reference.productCodes.map(KeyArena.init), providers: reference.providerCodes.map(KeyArena.init))
        let slots = Slots<MunicipalityFiles>(count: codes.count)
        let load: @Sendable (Int) -> Void = { i in
            let m = order[i]
            slots.store(loadMunicipality(codes[m], context, progress: progress), at: m)
        }
        if concurrent { DispatchQueue.concurrentPerform(iterations: codes.count, execute: load) } else { codes.indices.forEach(load) }
        let results = slots.values
        for result in results { problems.append(result.problems) }
        let parts = results.map { $0.delivery ?? MunicipalityDelivery(allocations: AllocationColumns()) }
        if let tariffs = reference.data?.tariffs {
            checkTariffs(parts, codes: codes, tariffs: tariffs, month: month, folder: relative, names: reference.municipalities, &problems)
        }
        return parts
    }

    /// Contract §4: every product an allocation (other than in euro's) needs in a year it is
    /// active, from 2021 up to the delivery's year, has a tarief for that year; a missing one
    /// would count as € 0. Reported in tarieven.csv, once per product and year, naming the
    /// first allocation that needs it.
    static func checkTariffs(_ parts: [MunicipalityDelivery], codes: [String], tariffs: [Tariff], month: Month, folder: String,
                             names: [Municipality], _ problems: inout Problems) {
        var known: [String: Set<Int>] = [:]
        for t in tariffs { known[t.product, default: []].insert(t.year) }
        var missing: [String: Set<Int>] = [:]
        let firstYear = Dataset.firstDataMonth.year, lastYear = month.year
        for (part, code) in zip(parts, codes) {
            let columns = part.allocations
            // Per product key of the file, not per row: a file uses a few dozen products.
            let productCodes = columns.products.strings
            let years = productCodes.map { known[$0] ?? [] }
            for a in columns.records where a.unit != .euros && !a.isRemoved {
                let from = max(firstYear, a.start.civil.year), to = min(lastYear, a.end?.civil.year ?? lastYear)
                guard from <= to else { continue }
                let product = productCodes[a.product]
                for year in from...to where !years[a.product].contains(year) && !(missing[product]?.contains(year) ?? false) {
                    missing[product, default: []].insert(year)
                    let name = names.first { $0.code == code }.map { "\(code) \($0.name)" } ?? code
                    problems.error(file: "\(referenceFolder)/tarieven.csv", found: LoadingText.missingTariff(product: product, year: year),
                                   expected: LoadingText.tariffNeeded(product: product, year: year, allocation: columns.numbers.string(a.numberKey),
                                                                      municipality: name, file: "\(folder)/\(code)\(allocationsSuffix)"))
                }
            }
        }
    }

    /// What every municipality's files are checked against.
    struct DeliveryContext: Sendable {
        let relative: String
        let month: Month
        let folder: DataFolder
        let reference: LoadedReference
        let products: KeyArena?
        let providers: KeyArena?
    }

    /// One municipality's toewijzingen and declaraties; the claims are checked against the
    /// toewijzingnummers of the same municipality.
    private static func loadMunicipality(_ code: String, _ context: DeliveryContext, progress: LoadProgress?) -> MunicipalityFiles {
        var files = MunicipalityFiles()
        let name = context.reference.municipalities.first { $0.code == code }?.name
        let allocationsFile = "\(context.relative)/\(code)\(allocationsSuffix)"
        let claimsFile = "\(context.relative)/\(code)\(claimsSuffix)"
        var allocations: ParsedColumns<AllocationColumns>?
        if let bytes = context.folder.read(allocationsFile, expected: LoadingText.allocationsOf(code, name: name), &files.problems) {
            let parsed = parseAllocations(bytes: bytes, file: allocationsFile, products: context.products, providers: context.providers)
            files.problems.add(parsed)
            allocations = parsed
            // A header and no rows is a delivery of nothing: loaded, but said (contract §4).
            if parsed.errors.isEmpty && parsed.columns.count == 0 {
                files.problems.warning(file: allocationsFile, found: LoadingText.noAllocationsDelivered(name ?? code), expected: LoadingText.allocationRows)
            }
            progress?.fileRead(bytes: bytes.count, rows: parsed.columns.count)
        }
        var claims: ParsedColumns<ClaimColumns>?
        if let bytes = context.folder.read(claimsFile, expected: LoadingText.claimsOf(code, name: name), &files.problems) {
            let parsed = parseClaims(bytes: bytes, file: claimsFile, municipality: code, allocations: allocations?.columns, deliveryMonth: context.month)
            files.problems.add(parsed)
            claims = parsed
            progress?.fileRead(bytes: bytes.count, rows: parsed.columns.count)
        }
        // Optional (contract §7.9): read only when present, validated like every other file.
        let placementsFile = "\(context.relative)/\(code)\(placementsSuffix)"
        var placements: ParsedFile<Placement>?
        if FileManager.default.fileExists(atPath: context.folder.absolute(placementsFile)),
           let bytes = context.folder.read(placementsFile, expected: LoadingText.placementsOf(code, name: name), &files.problems) {
            let parsed = parsePlacements(bytes: bytes, file: placementsFile, municipality: code,
                                         allocations: allocations.flatMap { $0.isValid ? $0.columns : nil },
                                         residentialProducts: context.reference.residentialProductCodes)
            files.problems.add(parsed)
            placements = parsed
        }
        progress?.municipalityDone()
        if let allocations, let claims {
            files.delivery = MunicipalityDelivery(allocations: allocations.columns, claims: claims.columns,
                                                  placements: placements?.rows ?? [], deliveredPlacements: placements != nil)
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

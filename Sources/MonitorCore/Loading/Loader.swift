import Foundation

/// The result of a load: a dataset only when no file had errors (never a partial load).
public struct LoadResult: Sendable {
    public let dataset: Dataset?
    public let errors: [Problem]
    public let warnings: [Problem]

    public init(dataset: Dataset?, errors: [Problem], warnings: [Problem]) {
        self.dataset = dataset; self.errors = errors; self.warnings = warnings
    }
}

/// Reads a data folder (contract §1): `referentie/` plus one delivery from `leveringen/`.
/// Reads only; nothing is written, cached or moved.
public enum Loader {
    static let referenceFolder = "referentie"
    static let deliveriesFolder = "leveringen"

    /// Delivery months found under `<dataDirectory>/leveringen/`, ascending.
    public static func deliveries(in dataDirectory: String) -> [Month] {
        let folder = (dataDirectory as NSString).appendingPathComponent(deliveriesFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        return names.compactMap { name in
            guard isDirectory((folder as NSString).appendingPathComponent(name)) else { return nil }
            return deliveryMonth(name)
        }.sorted()
    }

    /// Loads reference data plus one delivery (the newest when `delivery` is nil).
    public static func load(dataDirectory: String, delivery: Month? = nil) -> LoadResult {
        var problems = Problems()
        guard isDirectory(dataDirectory) else {
            // One message for the folder, not one "no file" per file it should hold.
            problems.error(file: Shown.escaped(dataDirectory), found: LoadingText.noDataFolder(Shown.escaped(dataDirectory)), expected: LoadingText.dataFolder)
            return problems.result(dataset: nil)
        }
        let folder = DataFolder(root: dataDirectory)
        let reference = loadReference(folder, &problems)
        warnAboutStrayDeliveryFolders(in: dataDirectory, &problems)
        let month = delivery ?? deliveries(in: dataDirectory).last
        guard let month else {
            problems.error(file: deliveriesFolder, found: LoadingText.noDeliveryFolder, expected: LoadingText.aDeliveryFolder)
            return problems.result(dataset: nil)
        }
        let rows = loadDelivery(folder, month: month, reference: reference, &problems)
        guard problems.errors.isEmpty, let reference = reference.data, let rows else { return problems.result(dataset: nil) }
        do {
            let dataset = try Dataset(reference: reference, delivery: Delivery(month: month, allocations: rows.allocations, claims: rows.claims,
                                                                                 placements: rows.placements, placementFiles: rows.placementFiles))
            return problems.result(dataset: dataset)
        } catch {
            // Validation checks everything Dataset needs; this is a safety net, not a path.
            problems.error(file: "\(deliveriesFolder)/\(month)", found: LoadingText.inconsistentData("\(error)"), expected: LoadingText.indexableData)
            return problems.result(dataset: nil)
        }
    }

    /// Entries of `leveringen/` that are not a `YYYY-MM` folder are never loaded; a warning
    /// says so, as a misnamed delivery would otherwise go unnoticed.
    static func warnAboutStrayDeliveryFolders(in dataDirectory: String, _ problems: inout Problems) {
        let folder = (dataDirectory as NSString).appendingPathComponent(deliveriesFolder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = (folder as NSString).appendingPathComponent(name)
            if isDirectory(path) && deliveryMonth(name) != nil { continue }
            problems.warning(file: "\(deliveriesFolder)/\(Shown.escaped(name))", found: LoadingText.strayDeliveryEntry,
                             expected: LoadingText.onlyDeliveryFolders)
        }
    }

    /// `YYYY-MM` folder names only; `Month.init` alone would accept e.g. `2026-1x`.
    static func deliveryMonth(_ name: String) -> Month? {
        let bytes = Array(name.utf8)
        return FieldParsers.month(bytes[...])
    }

    static func isDirectory(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}

/// Problems gathered over all files of a load.
struct Problems: Sendable {
    private(set) var errors: [Problem] = []
    private(set) var warnings: [Problem] = []

    mutating func add<Row>(_ file: ParsedFile<Row>) {
        errors += file.errors
        warnings += file.warnings
    }

    mutating func append(_ other: Problems) {
        errors += other.errors
        warnings += other.warnings
    }

    /// A problem with a file or folder as a whole: line 1, column 1.
    mutating func error(file: String, found: String, expected: String) {
        errors.append(Problem(severity: .error, file: file, line: 1, column: 1, columnName: nil, found: found, expected: expected))
    }

    mutating func warning(file: String, found: String, expected: String) {
        warnings.append(Problem(severity: .warning, file: file, line: 1, column: 1, columnName: nil, found: found, expected: expected))
    }

    func result(dataset: Dataset?) -> LoadResult { LoadResult(dataset: dataset, errors: errors, warnings: warnings) }
}

/// File access relative to the data folder; paths in problems are the relative ones.
struct DataFolder: Sendable {
    let root: String

    func absolute(_ relative: String) -> String { (root as NSString).appendingPathComponent(relative) }

    /// The file's bytes, or nil after reporting it missing or unreadable.
    func read(_ relative: String, expected: String, _ problems: inout Problems) -> [UInt8]? {
        let path = absolute(relative)
        guard FileManager.default.fileExists(atPath: path), !Loader.isDirectory(path) else {
            // Say what is there instead: a folder, a dangling or looping link, or nothing.
            let found = Loader.isDirectory(path) ? LoadingText.directoryNotFile
                : (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil ? LoadingText.brokenLink : LoadingText.noFile
            problems.error(file: relative, found: found, expected: expected)
            return nil
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.error(file: relative, found: LoadingText.unreadableFile, expected: LoadingText.readableFile)
            return nil
        }
        return [UInt8](data)
    }
}

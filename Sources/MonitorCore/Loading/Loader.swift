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
    /// - Parameters:
    ///   - concurrent: read the municipalities' files on all cores (the same result either way).
    ///   - progress: counts files and bytes as they are read, for a progress display.
    public static func load(dataDirectory: String, delivery: Month? = nil, concurrent: Bool = true,
                            progress: LoadProgress? = nil) -> LoadResult {
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
        var parts = loadDelivery(folder, month: month, reference: reference, concurrent: concurrent, progress: progress, &problems)
        guard problems.errors.isEmpty, let reference = reference.data, parts != nil else { return problems.result(dataset: nil) }
        do {
            let dataset = try Dataset(reference: reference, month: month, parts: &parts!)
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

    mutating func add<Columns>(_ file: ParsedColumns<Columns>) {
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

/// How far a load is, for a progress display while a large delivery is read. Updated by the
/// loading threads, read by the display's; a lock keeps the counts consistent.
public final class LoadProgress: @unchecked Sendable {
    public struct Snapshot: Sendable {
        public var municipalities = 0, municipalitiesDone = 0
        public var bytes = 0, bytesRead = 0
        public var rows = 0
    }

    private let lock = NSLock()
    private var state = Snapshot()

    public init() {}

    public var snapshot: Snapshot { lock.withLock { state } }

    func expect(files municipalities: Int, bytes: Int) { lock.withLock { state.municipalities = municipalities; state.bytes = bytes } }
    func fileRead(bytes: Int, rows: Int) { lock.withLock { state.bytesRead += bytes; state.rows += rows } }
    func municipalityDone() { lock.withLock { state.municipalitiesDone += 1 } }
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
        guard let bytes = readAll(path) else {
            problems.error(file: relative, found: LoadingText.unreadableFile, expected: LoadingText.readableFile)
            return nil
        }
        return bytes
    }

    /// The file's size in bytes (0 when it cannot be read), to schedule the largest first.
    func size(_ relative: String) -> Int {
        var info = stat()
        return stat(absolute(relative), &info) == 0 ? Int(info.st_size) : 0
    }

    /// The whole file in one buffer, read straight into it: no `Data` in between, so a 130 MB
    /// file is held once, not twice.
    private func readAll(_ path: String) -> [UInt8]? {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { return nil }
        let size = Int(info.st_size)
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            while count < size {
                let n = Foundation.read(fd, buffer.baseAddress! + count, size - count)
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { failed = n < 0; break }
                count += n
            }
        }
        // A file that grew while being read is read again by nobody: what was there is what counts.
        return failed ? nil : bytes
    }
}

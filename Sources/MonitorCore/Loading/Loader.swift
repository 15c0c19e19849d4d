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
    ///   - allocationsReady: called, when every toewijzingen file is read without errors, with
    ///     the dataset without its claims, while the declaraties are still being read: enough for
    ///     the screens that count youths. The load's result is still what counts: it may refuse
    ///     the delivery for a problem in a declaraties file.
    ///   - keepClaims: false for a caller that wants no figure from the declaraties (the
    ///     0-meting of `overview`): they are read and checked as always, with the same problems,
    ///     but their lines are not kept, and the dataset is the one without claims.
    public static func load(dataDirectory: String, delivery: Month? = nil, concurrent: Bool = true, keepClaims: Bool = true,
                            progress: LoadProgress? = nil, allocationsReady: ((Dataset) -> Void)? = nil) -> LoadResult {
        load(dataDirectory: dataDirectory, delivery: delivery, concurrent: concurrent, plainLines: true, keepClaims: keepClaims,
             progress: progress, allocationsReady: allocationsReady)
    }

    /// As `load`; `plainLines: false` reads every line the general way, to test that the fast
    /// lane (`PlainLine`) changes nothing.
    static func load(dataDirectory: String, delivery: Month? = nil, concurrent: Bool, plainLines: Bool, keepClaims: Bool = true,
                     progress: LoadProgress? = nil, allocationsReady: ((Dataset) -> Void)? = nil) -> LoadResult {
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
        guard let relative = deliveryFolder(folder, month: month, reference: reference, &problems) else { return problems.result(dataset: nil) }
        let context = DeliveryContext(relative: relative, month: month, folder: folder, reference: reference, plainLines: plainLines,
                                      keepClaims: keepClaims)
        readAhead(context)
        progress?.expect(files: 2 * reference.municipalityCodes.count,
                         bytes: reference.municipalityCodes.reduce(0) { $0 + folder.size(context.file($1, allocationsSuffix)) + folder.size(context.file($1, claimsSuffix)) })

        // Two passes: the toewijzingen first, then the declaraties (each checked against its own
        // municipality's toewijzingnummers). Once all toewijzingen are in, the dataset without
        // claims is indexed here, while the declaraties are read: the dashboard draws from it.
        var allocationFiles: [AllocationFiles] = []
        var tariffProblems = Problems()
        var dataset: Dataset?
        var indexingError: Error?
        var claimFiles = readBothPasses(context, concurrent: concurrent, progress: progress) { files in
            allocationFiles = files
            // Moved out, not copied: each buffer must have one owner for the dataset to release rows.
            var allocations: [AllocationColumns?] = []
            for i in allocationFiles.indices {
                allocations.append(allocationFiles[i].allocations)
                allocationFiles[i].allocations = nil
            }
            reportMissingTariffs(allocationFiles.map(\.missingTariffs), codes: reference.municipalityCodes, folder: relative,
                                 names: reference.municipalities, &tariffProblems)
            let firstPassClean = problems.errors.isEmpty && tariffProblems.errors.isEmpty
                && !allocations.contains { $0 == nil }
                && allocationFiles.allSatisfy { $0.allocationProblems.errors.isEmpty && $0.placementProblems.errors.isEmpty }
            guard firstPassClean, let data = reference.data else { return }
            var parts = allocations.map { $0! }
            allocations = []
            do {
                dataset = try Dataset(reference: data, month: month, allocations: &parts, placements: allocationFiles.map(\.placements),
                                      placementFiles: Set(zip(reference.municipalityCodes, allocationFiles).filter { $1.deliveredPlacements }.map(\.0)))
                if let dataset { allocationsReady?(dataset) }
            } catch {
                indexingError = error
            }
        }

        // Problems in the order of reading one municipality at a time: toewijzingen, declaraties, plaatsingen.
        for (files, claims) in zip(allocationFiles, claimFiles) {
            problems.append(files.allocationProblems)
            problems.append(claims.problems)
            problems.append(files.placementProblems)
        }
        problems.append(tariffProblems)
        if let indexingError {
            // Validation checks everything Dataset needs; this is a safety net, not a path.
            problems.error(file: relative, found: LoadingText.inconsistentData("\(indexingError)"), expected: LoadingText.indexableData)
        }
        guard problems.errors.isEmpty, let dataset, claimFiles.allSatisfy({ $0.claims != nil }) else { return problems.result(dataset: nil) }
        var claims: [ClaimColumns] = []
        for i in claimFiles.indices {
            claims.append(claimFiles[i].claims!)
            claimFiles[i].claims = nil
        }
        return problems.result(dataset: dataset.withClaims(&claims))
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
        /// Toewijzingen and declaraties files of the delivery, and their bytes.
        public var files = 0, filesRead = 0
        public var bytes = 0, bytesRead = 0
        /// Rows read into the columns so far.
        public var rows = 0
        /// Since the progress was made, at the moment of the snapshot.
        public var elapsed = Duration.zero

        public init(files: Int = 0, filesRead: Int = 0, bytes: Int = 0, bytesRead: Int = 0, rows: Int = 0, elapsed: Duration = .zero) {
            self.files = files; self.filesRead = filesRead; self.bytes = bytes; self.bytesRead = bytesRead
            self.rows = rows; self.elapsed = elapsed
        }
    }

    private let lock = NSLock()
    private var state = Snapshot()
    private let started = ContinuousClock.now

    public init() {}

    public var snapshot: Snapshot {
        var copy = lock.withLock { state }
        copy.elapsed = ContinuousClock.now - started
        return copy
    }

    func expect(files: Int, bytes: Int) { lock.withLock { state.files = files; state.bytes = bytes } }
    func advance(bytes: Int, rows: Int) { lock.withLock { state.bytesRead += bytes; state.rows += rows } }
    func fileRead(bytes: Int, rows: Int) { lock.withLock { state.filesRead += 1; state.bytesRead += bytes; state.rows += rows } }
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

    /// A large file in chunks (`FileChunks`); nil for a small one (read whole: chunks would save
    /// nothing worth the bookkeeping) or one that is not a readable file (reading it whole says why).
    func chunks(_ relative: String) -> FileChunks? {
        let path = absolute(relative)
        guard size(relative) >= FileChunks.threshold, !Loader.isDirectory(path) else { return nil }
        return FileChunks(path: path)
    }

    /// Asks the kernel to read the file into the page cache in the background, if it is not
    /// there; nothing when it cannot be opened (reading it says why). Never changes the file.
    func readAhead(_ relative: String) {
        let fd = open(absolute(relative), O_RDONLY)
        guard fd >= 0 else { return }
        _ = posix_fadvise(fd, 0, 0, POSIX_FADV_WILLNEED)
        close(fd)
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
            HugePages.advise(buffer)
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

import Foundation

/// Writes an export next to the user, all or nothing, without overwriting earlier ones.
///
/// The bytes go to a hidden temporary file in the same directory (`.<stem>.<pid>.tmp`),
/// are synced to disk, and only then get their final name with `link(2)`, which fails
/// rather than replace an existing file. A full disk or a crash therefore never leaves a
/// half-written `kosten.csv`, and a failure leaves nothing behind at all.
public enum ExportFile {
    /// Why an export did not reach its final name.
    public struct Failure: Error, Equatable, Sendable {
        /// The full path the export was meant to get.
        public var path: String
        /// The `errno` of the call that failed.
        public var code: Int32

        /// Dutch, with the path and the cause: "Export mislukt: /pad/kosten.csv: schijf vol (ENOSPC)".
        public var message: String { UIText.exportFailed(path: path, cause: ExportFile.cause(of: code)) }
    }

    /// Writes `text` as `<stem>.<ext>`, or `<stem>-2.<ext>`, `<stem>-3.<ext>`… when taken.
    /// - Returns: the file's full path.
    public static func write(_ text: String, stem: String, extension ext: String, in directory: URL) throws(Failure) -> URL {
        let folder = directory.standardizedFileURL.path
        let stem = safeName(stem), ext = safeName(ext)
        var number = 1
        var target = path(in: folder, stem, ext, number)
        // Names already taken are skipped first, so a failure names the file this export would have been.
        while exists(target) {
            number += 1
            target = path(in: folder, stem, ext, number)
        }
        let temporary = try writeTemporary(Array(text.utf8), stem: stem, in: folder, reportingAs: target)
        while true {
            if link(temporary, target) == 0 { break }
            let code = errno
            if code == EEXIST {
                // Someone else took the name since we looked: try the next one.
                number += 1
                target = path(in: folder, stem, ext, number)
            } else if linkUnsupported(code) {
                try renameUnlessTaken(temporary, to: target)
                break
            } else {
                unlink(temporary)
                throw Failure(path: target, code: code)
            }
        }
        // The export is complete under its final name (after a rename this finds nothing);
        // a hidden file left by a failing unlink would only be untidy.
        unlink(temporary)
        if let code = syncDirectory(folder) {
            unlink(target)
            throw Failure(path: target, code: code)
        }
        return URL(fileURLWithPath: target)
    }

    /// The cause in Dutch, with the errno name so it can be looked up: "schijf vol (ENOSPC)".
    static func cause(of code: Int32) -> String {
        let known: [Int32: (String, String)] = [
            ENOSPC: (UIText.diskFull, "ENOSPC"),
            EDQUOT: (UIText.quotaExceeded, "EDQUOT"),
            EACCES: (UIText.noWritePermission, "EACCES"),
            EPERM: (UIText.notPermitted, "EPERM"),
            EROFS: (UIText.readOnlyFileSystem, "EROFS"),
            ENOENT: (UIText.folderMissing, "ENOENT"),
            ENOTDIR: (UIText.notAFolder, "ENOTDIR"),
            EIO: (UIText.inputOutputError, "EIO"),
            ENAMETOOLONG: (UIText.nameTooLong, "ENAMETOOLONG"),
            EEXIST: (UIText.alreadyExists, "EEXIST"),
        ]
        if let (words, name) = known[code] { return "\(words) (\(name))" }
        return "\(String(cString: strerror(code))) (errno \(code))"
    }

    /// A file name part with no folder separators or control characters, so a stem built
    /// from data (a provider code) cannot point the export elsewhere.
    static func safeName(_ text: String) -> String {
        String(text.unicodeScalars.map { $0 == "/" || $0.properties.generalCategory == .control ? "_" : Character($0) })
    }

    private static func path(in folder: String, _ stem: String, _ ext: String, _ number: Int) -> String {
        join(folder, number == 1 ? "\(stem).\(ext)" : "\(stem)-\(number).\(ext)")
    }

    private static func join(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : "\(folder)/\(name)"
    }

    /// True when anything, even a dangling symbolic link, has this name.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Creates the hidden temporary file, writes and syncs it. Removes it again on failure.
    private static func writeTemporary(_ bytes: [UInt8], stem: String, in folder: String, reportingAs target: String) throws(Failure) -> String {
        var temporary = ""
        var descriptor: Int32 = -1
        for attempt in 1...100 {
            let suffix = attempt == 1 ? "\(getpid())" : "\(getpid())-\(attempt)"
            temporary = join(folder, ".\(stem).\(suffix).tmp")
            // O_EXCL: never write through a file or symbolic link that is already there.
            descriptor = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            if descriptor >= 0 || errno != EEXIST { break }
        }
        guard descriptor >= 0 else { throw Failure(path: target, code: errno) }
        var code = writeAll(bytes, to: descriptor)
        if code == 0, fsync(descriptor) != 0 { code = errno }
        // close reports delayed write errors on network file systems.
        if close(descriptor) != 0, code == 0 { code = errno }
        if code != 0 {
            unlink(temporary)
            throw Failure(path: target, code: code)
        }
        return temporary
    }

    /// File systems such as FAT have no hard links; there a rename after a last check is
    /// the best on offer (a file appearing in between could be replaced).
    private static func linkUnsupported(_ code: Int32) -> Bool {
        code == EPERM || code == ENOTSUP || code == EOPNOTSUPP || code == EMLINK || code == ENOSYS
    }

    private static func renameUnlessTaken(_ temporary: String, to target: String) throws(Failure) {
        if exists(target) {
            unlink(temporary)
            throw Failure(path: target, code: EEXIST)
        }
        if rename(temporary, target) != 0 {
            let code = errno
            unlink(temporary)
            throw Failure(path: target, code: code)
        }
    }

    /// Syncs the directory so the new name survives a power cut, not only the bytes.
    /// - Returns: the errno of a real failure; nil when synced or when the file system
    ///   cannot sync directories (EINVAL), which is no fault of the export.
    private static func syncDirectory(_ folder: String) -> Int32? {
        let descriptor = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        guard fsync(descriptor) != 0 else { return nil }
        let code = errno
        return code == EINVAL || code == ENOTSUP ? nil : code
    }
}

/// Writes every byte, resuming after short writes and signals.
/// - Returns: 0, or the errno of the write that failed.
private func writeAll(_ bytes: [UInt8], to descriptor: Int32) -> Int32 {
    var offset = 0
    while offset < bytes.count {
        let written = bytes.withUnsafeBytes { write(descriptor, $0.baseAddress! + offset, bytes.count - offset) }
        if written < 0 {
            if errno == EINTR { continue }
            return errno
        }
        offset += written
    }
    return 0
}

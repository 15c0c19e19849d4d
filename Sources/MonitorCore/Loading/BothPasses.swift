import Foundation

extension Loader {
    /// Every municipality's toewijzingen (and plaatsingen, which refer only to them), then every
    /// municipality's declaraties, checked against its own toewijzingnummers: one queue of tasks
    /// on all cores when `concurrent`, so a core that finishes its last toewijzingen goes on
    /// with declaraties instead of waiting for the other. The toewijzingen take the largest file
    /// first, then the rest from the smallest up: the largest (a quarter of the region) starts
    /// at once and is never parsed beside the next largest. The declaraties go from the largest
    /// down, so that the pass ends on small files and neither core waits long for the other at
    /// the end: at 30× about 7% less time than in the order of the toewijzingen (measured in
    /// turns, 12 runs each, twice). A declaraties task needs only its own municipality's
    /// toewijzingen, read before it.
    ///
    /// `allRead` gets the toewijzingen (to own) once all are read: on this thread, while the other
    /// threads read declaraties (the dataset is indexed there, and the dashboard drawn), or
    /// between the passes when not `concurrent`. Results keep gemeenten.csv order, so the
    /// problems come in the same order as when read one by one.
    static func readBothPasses(_ context: DeliveryContext, concurrent: Bool, progress: LoadProgress?,
                               allRead: ([AllocationFiles]) -> Void) -> [ClaimFiles] {
        let codes = context.reference.municipalityCodes, count = codes.count
        func ascending(_ suffix: String) -> [Int] {
            let sizes = codes.map { context.folder.size(context.file($0, suffix)) }
            return sizes.indices.sorted { (sizes[$0], $0) < (sizes[$1], $1) }
        }
        let allocationsAscending = ascending(allocationsSuffix)
        let allocationOrder = Array(allocationsAscending.suffix(1) + allocationsAscending.dropLast())
        let claimOrder = Array(ascending(claimsSuffix).reversed())
        let allocations = Slots<AllocationFiles>(count: count), claims = Slots<ClaimFiles>(count: count)
        // What a declaraties task needs of its toewijzingen: the numbers, without the rows.
        let numbers = Slots<AllocationColumns?>(count: count)
        let numbersRead = (0..<count).map { _ in DispatchSemaphore(value: 0) }
        let allAllocationsRead = DispatchGroup()
        for _ in 0..<count { allAllocationsRead.enter() }
        let run: @Sendable (Int) -> Void = { task in
            if task < count {
                let m = allocationOrder[task]
                let files = readAllocations(of: codes[m], context, progress: progress)
                numbers.store(files.allocations.map { var columns = $0; columns.dropRows(); return columns }, at: m)
                allocations.store(files, at: m)
                numbersRead[m].signal()
                allAllocationsRead.leave()
            } else {
                let m = claimOrder[task - count]
                // Taken after every toewijzingen task was handed out: at most the one still being read is waited for.
                numbersRead[m].wait()
                claims.store(readClaims(of: codes[m], allocations: numbers.value(at: m) ?? nil, context, progress: progress), at: m)
            }
        }
        guard concurrent else {
            (0..<count).forEach(run)
            allRead(allocations.take())
            (count..<2 * count).forEach(run)
            return claims.take()
        }
        let workers = TaskQueue(tasks: 2 * count, threads: max(1, ProcessInfo.processInfo.activeProcessorCount), run)
        allAllocationsRead.wait()
        allRead(allocations.take())
        workers.wait()
        return claims.take()
    }
}

/// Tasks 0, 1, 2, … taken in that order by `threads` threads of their own. Not Dispatch's
/// threads: the caller goes on meanwhile (indexing the dataset), and that work asks Dispatch
/// for a thread of its own, which a pool busy with these tasks would not give until they end.
final class TaskQueue: @unchecked Sendable {
    private var next = 0
    private let lock = NSLock()
    private let finished = DispatchGroup()

    init(tasks: Int, threads: Int, _ run: @escaping @Sendable (Int) -> Void) {
        for _ in 0..<threads {
            finished.enter()
            Thread { [self] in
                while let task = take(below: tasks) { run(task) }
                finished.leave()
            }.start()
        }
    }

    func wait() { finished.wait() }

    private func take(below tasks: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < tasks else { return nil }
        next += 1
        return next - 1
    }
}

import Foundation
import Synchronization

/// The stats of one listing of `cases/`, in chunks that whichever thread is free takes: the
/// thread that read the names starts on them at once, and the thread reading the list index
/// joins when its file is parsed; stats that waited for both would leave one core idle
/// while the index is parsed.
///
/// Nobody waits for anyone: a thread that finds no listing yet goes on, and the names' thread
/// stats whatever no other took. Two jobs run one after the other on one thread therefore still
/// finish (with the stats on one core: a board whose index is missing, or so small that it is
/// read before the names).
final class SharedStamping: Sendable {
    private let listing = Mutex<Listing>(.notYet)
    private let nextChunk = Atomic<Int>(0)
    private let stamps = Mutex<[Int: [FileStamp?]]>([:])

    private enum Listing: Sendable {
        case notYet
        case failed
        case listed(CaseDirectoryListing?)
    }

    private static let chunkSize = 2_048

    /// The names are read (nil: there is no `cases/`); this thread stats them until none is left.
    func publish(_ listed: CaseDirectoryListing?) {
        listing.withLock { $0 = .listed(listed) }
        work()
    }

    /// Reading the names failed: there is nothing to stat.
    func publishFailure() {
        listing.withLock { $0 = .failed }
    }

    /// Takes chunks of stats until none is left; returns at once while the names are not read.
    func work() {
        guard case .listed(let listed?) = listing.withLock({ $0 }) else { return }
        let count = listed.ids.count
        while true {
            let chunk = nextChunk.add(1, ordering: .relaxed).oldValue
            let start = chunk * Self.chunkSize
            guard start < count else { return }
            let done = (start..<min(count, start + Self.chunkSize)).map(listed.stamp(at:))
            stamps.withLock { $0[chunk] = done }
        }
    }

    /// Every listed file with its stamp, once both jobs have returned; nil when there is no
    /// `cases/` (or reading it failed, which the names' job reports).
    func scan() -> CaseDirectoryScan? {
        guard case .listed(let listed?) = listing.withLock({ $0 }) else { return nil }
        let byChunk = stamps.withLock { $0 }
        let all = byChunk.keys.sorted().flatMap { byChunk[$0] ?? [] }
        return listed.scan(stamps: all)
    }
}

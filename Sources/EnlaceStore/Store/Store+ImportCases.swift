import EnlaceModel
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension Store {
    /// Starts an import: takes the directory's lock (waiting as a save does) and makes the
    /// staging directory; see `ImportTransaction`. `CaseLines.stage` feeds it from a file.
    public func beginImport() throws(StoreError) -> ImportTransaction {
        try requireWritable()
        return try ImportTransaction(store: self)
    }

    /// Adds many new cases, all or nothing: if any id is unsafe, repeated, already on the
    /// board or deleted from it, or any write fails, no case is added (the first such case in
    /// the order of `cases` is the one named). The cases are stored as given (their versions
    /// and creation included); each gets one `created` audit line.
    public func importCases(_ cases: [Case]) throws(StoreError) {
        try requireWritable()
        var seen: Set<String> = []
        for record in cases {
            try Store.requireFileNameSafe(record.id)
            if !seen.insert(record.id).inserted { throw .duplicateID(id: record.id) }
        }
        guard !cases.isEmpty else { return }
        let transaction = try beginImport()
        let failures = Chunked.map(cases.count) { range -> StoreError? in
            for index in range {
                do throws(StoreError) { try transaction.stage(cases[index]) } catch { return error }
            }
            return nil
        }
        if let failure = failures.lazy.compactMap({ $0 }).first {
            transaction.abandon()
            throw failure
        }
        try transaction.commit(cases.map { ($0.id, $0.version) })
    }

    /// One `syncfs` for the many files of an import instead of an `fsync` each.
    func syncFileSystem() throws(StoreError) {
        let descriptor = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else { throw .io(path: path, operation: .open, errno: errno) }
        defer { close(descriptor) }
        // Glibc declares syncfs only under _GNU_SOURCE, which Swift's Glibc module leaves out.
        typealias SyncFileSystem = @convention(c) (Int32) -> Int32
        guard let symbol = dlsym(UnsafeMutableRawPointer(bitPattern: 0), "syncfs") else {
            sync()
            return
        }
        if unsafeBitCast(symbol, to: SyncFileSystem.self)(descriptor) != 0 {
            throw .io(path: path, operation: .sync, errno: errno)
        }
    }
}

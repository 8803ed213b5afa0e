import EnlaceModel
import Foundation

/// The board's export (`x`): one call that makes a brief and writes it into a directory
/// (`exports/` under the data directory, or `--export-dir`), never over another file.
public enum BriefExport {
    /// How many numbered names (`-2` … `-99`) to try when the natural one is taken.
    static let attempts = 99

    /// Makes the brief of `cases` in `format` and writes it into `directory` (created, mode
    /// 0700, if missing) under a name made from the case id (`MX-2026-0042.es.md`), numbered
    /// when that name is taken. Returns the file written.
    ///
    /// Throws `BriefError.notReleasable` for a releasable brief of a case that is not,
    /// `.noCases` for an empty list, `.write(...)` when the file cannot be written.
    public static func write(
        cases: [Case], data: BoardData, options: BriefOptions, format: BriefFormat, directory: URL
    ) throws(BriefError) -> URL {
        let document = try BriefDocument(cases: cases, data: data, options: options)
        let text = try document.rendered(as: format)
        try makeDirectory(directory)
        let name = BriefFileName.suggested(for: document, format: format)
        let writer = BriefWriter(force: false)
        for number in 1...attempts {
            let url = directory.appendingPathComponent(BriefFileName.numbered(name, number), isDirectory: false)
            do {
                try writer.write(text, to: url)
                return url
            } catch .exists {
                continue
            } catch {
                throw .write(error)
            }
        }
        throw .write(.exists(path: directory.appendingPathComponent(name).path))
    }

    /// Makes the export directory, or finds it: a directory itself, never a link to one elsewhere.
    static func makeDirectory(_ directory: URL) throws(BriefError) {
        if mkdir(directory.path, 0o700) == 0 { return }
        guard errno == EEXIST else { throw .write(.io(path: directory.path, errno: errno)) }
        var status = stat()
        guard lstat(directory.path, &status) == 0 else { throw .write(.io(path: directory.path, errno: errno)) }
        if (status.st_mode & S_IFMT) == S_IFLNK { throw .write(.isSymlink(path: directory.path)) }
        if (status.st_mode & S_IFMT) != S_IFDIR { throw .write(.io(path: directory.path, errno: ENOTDIR)) }
    }
}

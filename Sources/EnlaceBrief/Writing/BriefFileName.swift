import EnlaceModel
import EnlaceText

/// File names made from data (a case id) for briefs: only `[A-Za-z0-9._-]`, never a leading
/// dot, never empty, so a crafted id cannot climb out of the export directory or hide a file.
public enum BriefFileName {
    /// At most this many characters: room for a suffix and an extension within NAME_MAX.
    static let maximumLength = 120

    /// `MX-2026-0042` stays; `../../etc/passwd` → `_.._etc_passwd`; `` → `brief`.
    public static func sanitized(_ text: String) -> String {
        var name = String(text.unicodeScalars.prefix(maximumLength).map { scalar -> Character in
            switch scalar {
            case "A"..."Z", "a"..."z", "0"..."9", ".", "_", "-": Character(scalar)
            default: "_"
            }
        })
        while name.hasPrefix(".") { name = "_" + name.dropFirst() }
        return name.isEmpty ? "brief" : name
    }

    /// The name the board's export gives a brief: `MX-2026-0042.es.md`,
    /// `MX-2026-0042.releasable.en.html`, or for several cases
    /// `briefs-2026-11-29-12-cases.en.txt`.
    public static func suggested(for document: BriefDocument, format: BriefFormat) -> String {
        let subject = document.cases.count == 1 ? (document.cases.first?.id ?? "brief")
            : "briefs-\(document.generatedAt.day.iso)-\(document.cases.count)-cases"
        let releasable = document.releasable ? ".releasable" : ""
        return sanitized("\(subject)\(releasable).\(document.language.rawValue).\(format.fileExtension)")
    }

    /// `name` with `-2`, `-3`, … before its extensions, for a name already taken:
    /// `MX-2026-0042.es.md` → `MX-2026-0042-2.es.md`.
    public static func numbered(_ name: String, _ number: Int) -> String {
        guard number > 1 else { return name }
        guard let dot = name.firstIndex(of: "."), dot != name.startIndex else { return "\(name)-\(number)" }
        return "\(name[..<dot])-\(number)\(name[dot...])"
    }
}

/// The shapes of record ids, DESIGN.md's `MX-YYYY-NNNN` and `C-NNNN`.
public enum IdentifierFormat {
    /// How a case id is written, for messages.
    public static let caseID = "MX-YYYY-NNNN"
    /// How a contact id is written, for messages.
    public static let contactID = "C-NNNN"
    /// How a log entry's id is written, for messages.
    public static let logID = "LOG-YYYY-NNNN"

    /// `MX-2026-0042`: `MX-`, four digits of year, `-`, four digits.
    public static func isCaseID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 12 && bytes.starts(with: Array("MX-".utf8)) && bytes[7] == UInt8(ascii: "-")
            && allDigits(bytes[3..<7]) && allDigits(bytes[8..<12])
    }

    /// `LOG-2026-0001`: `LOG-`, four digits of year, `-`, four digits or more (a post logs
    /// more than 9,999 contacts in a year only on a generated board, but the store counts on).
    public static func isLogID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count >= 13 && bytes.count <= 20 && bytes.starts(with: Array("LOG-".utf8)) && bytes[8] == UInt8(ascii: "-")
            && allDigits(bytes[4..<8]) && allDigits(bytes[9...])
    }

    /// `C-0007`: `C-` and four digits.
    public static func isContactID(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        return bytes.count == 6 && bytes.starts(with: Array("C-".utf8)) && allDigits(bytes[2..<6])
    }

    private static func allDigits(_ bytes: ArraySlice<UInt8>) -> Bool {
        bytes.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

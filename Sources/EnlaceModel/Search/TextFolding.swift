import Foundation

/// Text folded for search: lower case, without accents, whitespace runs as one space.
///
/// "Fiscalía" folds to "fiscalia" and "SEÑAL" to "senal", so a search typed on any keyboard
/// finds what was written with accents. Haystacks are folded once (into a `CaseSearchIndex`)
/// and needles once per query, never per keystroke per record.
///
/// The fold works scalar by scalar: compatibility decomposition (so "ﬁ" and full-width letters
/// fold too), combining marks and invisible format characters dropped, then lower case.
/// Controls and every kind of whitespace become a single space.
public enum TextFolding {
    /// `text` folded, as a string.
    public static func fold(_ text: String) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `text` folded, as the UTF-8 bytes a byte search compares.
    public static func foldedBytes(_ text: String) -> [UInt8] {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count)
        append(text, to: &bytes)
        return bytes
    }

    /// Appends `text` folded to `buffer`; never appends a zero byte, so callers may use zero
    /// to separate fields.
    public static func append(_ text: String, to buffer: inout [UInt8]) {
        var lastWasSpace = false
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value < 0x80 {
                let byte = UInt8(value)
                if byte <= 0x20 || byte == 0x7F {
                    if !lastWasSpace { buffer.append(0x20) }
                    lastWasSpace = true
                } else {
                    buffer.append(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte)
                    lastWasSpace = false
                }
                continue
            }
            let folded = value < tableLimit ? table[Int(value) - 0x80] : foldScalar(scalar)
            if folded == spaceMarker {
                if !lastWasSpace { buffer.append(0x20) }
                lastWasSpace = true
            } else if !folded.isEmpty {
                buffer.append(contentsOf: folded)
                lastWasSpace = false
            }
        }
    }

    /// Scalars below this are folded once, at first use, into `table`: Latin, Greek, Cyrillic.
    private static let tableLimit: UInt32 = 0x0500
    private static let spaceMarker: [UInt8] = [0x20]
    private static let table: [[UInt8]] = (0x80..<0x0500).map { value in
        Unicode.Scalar(UInt32(value)).map(foldScalar) ?? []
    }

    private static func foldScalar(_ scalar: Unicode.Scalar) -> [UInt8] {
        let properties = scalar.properties
        if properties.isWhitespace || properties.generalCategory == .control { return spaceMarker }
        var result: [UInt8] = []
        let decomposed = String(scalar).decompositionCompatibility
        for part in decomposed.unicodeScalars {
            switch part.properties.generalCategory {
            case .nonspacingMark, .enclosingMark, .format, .control:
                continue
            default:
                if part.properties.isWhitespace {
                    result.append(0x20)
                    continue
                }
                // Lower case can bring back a mark (İ → i̇): fold it away too.
                for lower in part.properties.lowercaseMapping.unicodeScalars
                where lower.properties.generalCategory != .nonspacingMark {
                    result.append(contentsOf: String(lower).utf8)
                }
            }
        }
        if result.contains(0) { return [] }
        return result
    }
}

extension String {
    fileprivate var decompositionCompatibility: String { decomposedStringWithCompatibilityMapping }
}

/// What is wrong at the line and column of a damaged file.
public enum DamageReason: Sendable, Equatable {
    /// The file is empty.
    case empty
    /// The bytes are not UTF-8.
    case notUTF8
    /// A character JSON does not allow here; `found` is that character, shown safely.
    case unexpectedCharacter(found: String, expected: ExpectedSyntax)
    /// The file ends in the middle of a value.
    case unexpectedEnd
    /// Something follows the one value a JSON file holds.
    case trailingContent
    /// Arrays and objects nest deeper than the store reads (a guard against hostile files).
    case nestedTooDeeply(limit: Int)
    /// The file is larger than the store reads.
    case tooLarge(bytes: Int, limit: Int)
    /// A required field is missing; `field` is its path (`notes[2].author`).
    case missingField(field: String)
    /// A field holds the wrong kind of value (`expected` is `string`, `number`, `list`, ...).
    case wrongType(field: String, expected: String)
    /// A number the record holds as a whole number of 64 bits is beyond that range or has a
    /// fraction (`"version": 9223372036854775808`, `"version": 1.5`).
    case notAWholeNumber(field: String, number: String)
    /// A field's value is not one the record allows; `detail` says what it should be.
    case invalidValue(field: String, detail: String)
    /// A case file whose `id` is not its file name (`MX-2026-0001.json` holding `MX-2026-0002`).
    case idDoesNotMatchFileName(id: String, fileName: String)
    /// An object holds the same key twice (`"marking"` then `"marking"` again): readers do not
    /// agree on which one counts, so neither does.
    case duplicateKey(key: String)
    /// The same id appears twice in one file (contacts).
    case duplicateID(id: String)
    /// The path is not a regular file (a symbolic link, a FIFO, a device...): it is neither
    /// read nor written through.
    case notRegularFile(kind: FileKind)
    /// A directory Enlace writes into (`cases/`, `.cache/`, `.drafts/`) is something else, a
    /// symbolic link included: nothing is written through it.
    case notRealDirectory(kind: FileKind)
    /// The file could not be read at all (permissions, a disk error); `errno` says why.
    case cannotRead(errno: Int32)
    /// The JSON is valid but not what the file should hold; `detail` is the decoder's account.
    case unreadable(detail: String)
}

/// What JSON would have allowed where a damaged file has something else.
public enum ExpectedSyntax: Sendable, Equatable {
    case value
    case quotedKey
    case colon
    case commaOrClosingBrace
    case commaOrClosingBracket
    case digit
    case hexDigit
    case escape
    /// A control character inside a string, which JSON only allows escaped.
    case escapedControlCharacter
    /// `true`, `false` or `null`.
    case literal(String)
}

/// Where a name, a post or a title goes in a list a person reads: accents and case aside
/// ("Mérida" before "Monterrey", "Óscar" before "Thomas"), as `TextFolding` folds them for
/// search; two texts that fold alike by the text itself, then by the record's id, so that the
/// order is total and the same on every run. Made once per record, since folding is not free,
/// and compared many times.
public struct ReadingOrderKey: Comparable, Sendable {
    private let folded: [UInt8]
    private let text: String
    private let id: String

    /// The key of `text`; `id` breaks ties between records whose texts are the same.
    public init(_ text: String, id: String = "") {
        folded = TextFolding.foldedBytes(text)
        self.text = text
        self.id = id
    }

    public static func < (left: ReadingOrderKey, right: ReadingOrderKey) -> Bool {
        if left.folded != right.folded { return left.folded.lexicographicallyPrecedes(right.folded) }
        if left.text != right.text { return left.text < right.text }
        return left.id < right.id
    }
}

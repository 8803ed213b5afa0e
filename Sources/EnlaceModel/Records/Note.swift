/// One entry in a case's timeline: a call logged, a meeting held, a document received.
public struct Note: Codable, Sendable, Equatable, Hashable {
    public var at: Timestamp
    public var author: String
    public var text: String
    /// Whether this note may be shown to Mexican partners (a releasable brief leaves it out otherwise).
    public var releasableToMexico: Bool
    /// Who last corrected the note's text or flag, by login; nil for a note as written. The
    /// case's history keeps what it said before.
    public var amendedBy: String?

    public init(at: Timestamp, author: String, text: String, releasableToMexico: Bool = false, amendedBy: String? = nil) {
        self.at = at
        self.author = author
        self.text = text
        self.releasableToMexico = releasableToMexico
        self.amendedBy = amendedBy
    }
}

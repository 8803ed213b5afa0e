/// One entry in a case's timeline: a call logged, a meeting held, a document received.
public struct Note: Codable, Sendable, Equatable, Hashable {
    public var at: Timestamp
    public var author: String
    public var text: String
    /// Whether this note may be shown to Mexican partners (a releasable brief leaves it out otherwise).
    public var releasableToMexico: Bool

    public init(at: Timestamp, author: String, text: String, releasableToMexico: Bool = false) {
        self.at = at
        self.author = author
        self.text = text
        self.releasableToMexico = releasableToMexico
    }
}

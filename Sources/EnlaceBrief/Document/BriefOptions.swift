import EnlaceModel
import EnlaceText

/// How a brief is made: in which language, whether for Mexican partners, and its stamp.
public struct BriefOptions: Sendable, Equatable {
    /// The language of the labels, dates, statuses, and of `titleEs`/`summaryEs` when Spanish.
    public var language: Language
    /// A brief to hand to Mexican partners: leaves out every note not releasable to Mexico,
    /// refuses a case that is not releasable at all, and leaves out a linked case that is not.
    public var releasable: Bool
    /// When the brief was made; printed in it, so a test passes a fixed one.
    public var generatedAt: Timestamp
    /// Who made it: the login name.
    public var generatedBy: String

    public init(language: Language, releasable: Bool = false, generatedAt: Timestamp, generatedBy: String) {
        self.language = language
        self.releasable = releasable
        self.generatedAt = generatedAt
        self.generatedBy = generatedBy
    }
}

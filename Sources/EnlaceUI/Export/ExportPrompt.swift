import EnlaceModel
import EnlaceText

/// The small prompt `x` opens: which format, which language, releasable or not.
/// Arrow keys move between the three questions and change the answer; Enter writes.
public struct ExportPrompt: Sendable, Equatable {
    /// The three questions, in the order shown.
    public enum Field: CaseIterable, Sendable, Hashable { case format, language, releasable }

    /// The case exported.
    public var caseID: String
    public var format: BriefFormat = .markdown
    public var language: Language
    public var releasable = false
    public var field: Field = .format

    public init(caseID: String, language: Language) {
        self.caseID = caseID
        self.language = language
    }

    /// The answers of a confirmed prompt, kept by the board for the next one.
    public struct Choices: Sendable, Equatable {
        public var format: BriefFormat
        public var language: Language
        public var releasable: Bool
        /// The question the cursor was on, so Enter again writes the same way.
        public var field: Field
    }

    /// A prompt on `caseID` that starts from `choices`.
    init(caseID: String, choices: Choices) {
        self.caseID = caseID
        self.format = choices.format
        self.language = choices.language
        self.releasable = choices.releasable
        self.field = choices.field
    }

    /// This prompt's answers.
    var choices: Choices { Choices(format: format, language: language, releasable: releasable, field: field) }

    mutating func moveField(by step: Int) {
        let fields = Field.allCases
        let index = fields.firstIndex(of: field) ?? 0
        field = fields[((index + step) % fields.count + fields.count) % fields.count]
    }

    mutating func changeValue(by step: Int) {
        switch field {
        case .format:
            let formats = BriefFormat.allCases
            let index = formats.firstIndex(of: format) ?? 0
            format = formats[((index + step) % formats.count + formats.count) % formats.count]
        case .language: language = language.other
        case .releasable: releasable.toggle()
        }
    }

    /// What the run loop is asked to write.
    public var request: ExportRequest {
        ExportRequest(caseIDs: [caseID], format: format, language: language, releasable: releasable)
    }
}

/// A brief to write, carried by `Effect.export` from `update` to the run loop.
public struct ExportRequest: Sendable, Equatable {
    public var caseIDs: [String]
    public var format: BriefFormat
    public var language: Language
    public var releasable: Bool

    public init(caseIDs: [String], format: BriefFormat, language: Language, releasable: Bool) {
        self.caseIDs = caseIDs
        self.format = format
        self.language = language
        self.releasable = releasable
    }
}

/// How an export ended, reported back to the board as `Reply.exportFinished`.
public enum ExportOutcome: Sendable, Equatable {
    /// The file written.
    case written(path: String)
    /// Why nothing was written, worded by the run loop (which knows the brief's errors).
    case failed(reason: String)
}

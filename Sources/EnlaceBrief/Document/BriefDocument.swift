import EnlaceModel
import EnlaceText

/// A brief of one or more cases, ready to render in any format: what `enlace brief` and the
/// board's export make.
///
/// What a releasable brief leaves out (the safe side, so that nothing reaches a Mexican partner
/// that was not meant to):
/// - a case not releasable to Mexico is refused, with its id (`BriefError.notReleasable`);
/// - every note not releasable to Mexico, in every format, JSON included;
/// - a linked case that is not releasable, or is not on the board: not even its id.
/// In every brief, full or releasable, a linked case marked above the brief's own marking, or not
/// on the board, shows only its id: the banner must cover everything the document holds.
/// Contacts stay: they are the liaison officers whose job is to be reached; a contact's own
/// `notes` never appear in a brief.
public struct BriefDocument: Sendable, Equatable {
    public var language: Language
    public var releasable: Bool
    /// The most restrictive marking of the cases: the banner at the top and the bottom.
    public var marking: Marking
    public var generatedAt: Timestamp
    public var generatedBy: String
    public var cases: [CaseBrief]
    /// The case records as the brief carries them (non-releasable notes and links already left
    /// out in a releasable brief): what the JSON format prints.
    public var records: [Case]

    /// Makes the brief of `cases` (in this order, a repeated id once) from the board `data`.
    public init(cases: [Case], data: BoardData, options: BriefOptions) throws(BriefError) {
        var seen: Set<String> = []
        let chosen = cases.filter { seen.insert($0.id).inserted }
        guard !chosen.isEmpty else { throw .noCases }
        if options.releasable {
            let refused = chosen.filter { !$0.releasableToMexico }.map(\.id)
            guard refused.isEmpty else { throw .notReleasable(caseIDs: refused) }
        }
        let ceiling = chosen.map(\.marking).max() ?? .red
        var casesByID = Dictionary(data.cases.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        for record in chosen { casesByID[record.id] = record }

        language = options.language
        releasable = options.releasable
        marking = ceiling
        generatedAt = options.generatedAt
        generatedBy = options.generatedBy
        let briefs = chosen.map { CaseBrief($0, data: data, options: options, ceiling: ceiling, casesByID: casesByID) }
        self.cases = briefs
        records = zip(chosen, briefs).map { record, brief in
            var carried = record
            if options.releasable {
                carried.notes = record.notes.filter(\.releasableToMexico)
                carried.links = brief.links.map(\.id)
            }
            return carried
        }
    }

    /// The banner: `TLP:AMBER — RELEASABLE TO MEXICO`. A full brief says it is not releasable,
    /// so that it is never taken for the one made for partners.
    public var banner: String {
        let release = releasable ? CommonPhrase.releasableToMexico : CommonPhrase.notReleasableToMexico
        return "\(marking.rawValue) — \(release(language))"
    }

    /// The document's heading: "Case brief", or "Case briefs: 12 cases".
    public var heading: String {
        cases.count == 1 ? BriefPhrase.documentTitle(language)
            : BriefPhrase.documentTitleSeveral(language, ["count": "\(cases.count)"])
    }

    /// "Generated Nov 29, 2026 14:05 UTC by dwhitaker" (the login name is data: not yet made safe).
    public var generatedLine: String {
        BriefPhrase.generated(language, ["when": BriefWording.time(generatedAt, language), "who": generatedBy])
    }

    /// The brief in `format`.
    public func rendered(as format: BriefFormat) throws(BriefError) -> String {
        switch format {
        case .markdown: MarkdownRenderer.render(self)
        case .text: PlainTextRenderer.render(self)
        case .html: HTMLRenderer.render(self)
        case .json: try JSONRenderer.render(self)
        }
    }
}

import EnlaceModel
import EnlaceText

/// Everything the wall display shows, as a value: `apply` changes it, `KioskView` draws it.
/// It holds only `KioskData`, already redacted by `policy`.
public struct KioskState: Sendable, Equatable {
    public let policy: KioskPolicy
    public internal(set) var data: KioskData
    public internal(set) var size: ScreenSize
    public internal(set) var language: Language
    /// The clock, as the last tick set it.
    public internal(set) var now: Timestamp
    /// The page of the case list on screen, from 0.
    public internal(set) var page = 0
    /// When the page was last turned, by hand or by rotation.
    public internal(set) var pageShownAt: Timestamp
    /// Seconds between automatic page turns (`--rotate`).
    public let rotateSeconds: Int
    public let keymap: Keymap
    /// Why the data on screen may be stale; nil when the last read went well.
    public internal(set) var notice: KioskNotice?
    /// The answer to the last key, such as "read-only display".
    public internal(set) var message: UIPhrase?

    public init(
        data: BoardData?, policy: KioskPolicy, size: ScreenSize, language: Language, now: Timestamp,
        rotateSeconds: Int = 15, keymap: Keymap = KioskKeys.keymap(), notice: KioskNotice? = nil
    ) {
        self.policy = policy
        self.data = data.map { KioskData($0, policy: policy) } ?? .empty
        self.size = size
        self.language = language
        self.now = now
        self.pageShownAt = now
        self.rotateSeconds = max(1, rotateSeconds)
        self.keymap = keymap
        self.notice = notice
    }

    public var today: Day { now.day }

    /// Case rows that fit on one page.
    public var rowsPerPage: Int { KioskLayout(size: size).caseRows }

    public var pageCount: Int {
        let rows = max(1, rowsPerPage)
        return max(1, (data.cases.count + rows - 1) / rows)
    }

    /// The cases of the page on screen.
    public var casesOnPage: ArraySlice<KioskCase> {
        let rows = max(1, rowsPerPage)
        let start = min(page * rows, data.cases.count)
        return data.cases[start..<min(start + rows, data.cases.count)]
    }

    /// Applies a key's `intent`. Only paging, the language and the exit key do anything;
    /// every other board intent is ignored.
    public mutating func apply(_ intent: Intent) -> [Effect] {
        message = nil
        switch intent {
        case .pageDown, .moveDown, .scrollDetailDown, .nextPane: turn(to: page + 1)
        case .pageUp, .moveUp, .scrollDetailUp, .previousPane: turn(to: page - 1)
        case .moveToTop: turn(to: 0)
        case .moveToBottom: turn(to: pageCount - 1)
        case .switchLanguage: language = language.other
        case .quit: return [.quit]
        case .repaint: return [.repaint]
        case .refused: message = .readOnly
        default: break
        }
        return []
    }

    /// Applies what came from outside: new data and a new size; the rest means nothing here.
    public mutating func apply(_ reply: Reply) -> [Effect] {
        switch reply {
        case .dataChanged(let board, _): replace(KioskData(board, policy: policy), notice: nil)
        case .resize(let width, let height):
            size = ScreenSize(width: width, height: height)
            page = min(page, pageCount - 1)
        default: break
        }
        return []
    }

    /// New data: the same page if it still exists.
    public mutating func replace(_ newData: KioskData, notice: KioskNotice?) {
        data = newData
        self.notice = notice
        page = min(page, pageCount - 1)
    }

    /// Keeps the last good data and says why it is not fresh.
    public mutating func report(_ notice: KioskNotice?) {
        self.notice = notice
    }

    /// The clock moved: turns the page when `rotateSeconds` have passed and there is more than one.
    public mutating func tick(now: Timestamp) {
        self.now = now
        guard pageCount > 1 else {
            pageShownAt = now
            return
        }
        if now.secondsSinceEpoch - pageShownAt.secondsSinceEpoch >= Int64(rotateSeconds) {
            page = (page + 1) % pageCount
            pageShownAt = now
        }
    }

    private mutating func turn(to target: Int) {
        let count = pageCount
        page = ((target % count) + count) % count
        pageShownAt = now
    }
}

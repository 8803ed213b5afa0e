import EnlaceModel
import EnlaceText

/// Everything the board shows, as a value: `update` changes it, views read it.
///
/// The derived lists (`lists`, `index`) are recomputed only when their inputs change — the
/// data, a filter, the sort, the grouping — never on a render or a selection move; that is
/// what keeps a 100,000-case board instant.
public struct AppState: Sendable, Equatable {
    public internal(set) var data: BoardData {
        didSet { dataGeneration &+= 1 }
    }
    /// Changes whenever `data` does: what a search index built in the background is checked against.
    public private(set) var dataGeneration = 0
    /// The cases filter's engine (the search index, once built).
    var caseSearch = CaseSearch()
    /// The search index the filter uses: what a loader prepares new data against.
    public var searchIndexInUse: CaseSearch.Built? { caseSearch.built }
    public internal(set) var index: BoardIndex
    public internal(set) var pane: Pane = .cases
    /// The officer at the keyboard, by login: `owner:me` and the owner a new case starts with.
    public var login = ""
    public internal(set) var positions = PerPane(repeating: ListPosition())
    public internal(set) var filters = PerPane(repeating: FilterState())
    public internal(set) var caseSort: CaseSort = .due
    public internal(set) var contactGrouping: ContactGrouping = .byAgency
    /// What each pane lists, after filter and sort.
    public internal(set) var lists = PerPane(repeating: GroupedList())
    /// All cases in the current sort, before filtering; filtering keeps this order.
    var sortedCases: [Int] = []
    /// Where `Enter` came from, most recent last.
    public internal(set) var trail: [TrailStop] = []
    public internal(set) var isHelpShown = false
    /// What the overlay lists while `isHelpShown`.
    public internal(set) var helpPage: HelpPage = .keys
    /// Case files the last load could not read: the status line says how many, `!` lists them.
    public internal(set) var damagedCaseFiles: [DamagedCaseFile] = []
    public internal(set) var helpScroll = 0
    /// The detail fills the body (`z`).
    public internal(set) var isDetailZoomed = false
    public internal(set) var size: ScreenSize
    public internal(set) var language: Language
    public internal(set) var today: Day
    /// Why nothing may change data here (a data directory this user may not write), or nil
    /// when edits may be saved. Its keymap refuses the keys that change data with this reason;
    /// the top line says READ-ONLY.
    public let writeRefusal: DisabledReason?
    /// The keys in force; the help overlay and the hints are drawn from it.
    public let keymap: Keymap
    public internal(set) var statusMessage: StatusMessage?
    /// A form, a conflict or a history open over the board.
    public internal(set) var editing: EditSession?
    /// The officer's own changes, most recent last, that `u` can take back.
    public internal(set) var undoStack = UndoStack()
    /// `u` asked whether to take back a change to a record not in view; the status line
    /// says which.
    public internal(set) var isConfirmingUndo = false
    /// The lettered menu of `S`, `p` or `m`, while it is open.
    public internal(set) var quickChange: QuickChange?
    /// A draft from a board a signal ended, offered until the next key (`r` restores it).
    public internal(set) var offeredDraft: EditDraft?
    /// A kept draft that waits for the whole cases before it is offered: restoring it opens a
    /// form, which must not start from a skeleton.
    var draftAwaitingCases: EditDraft?
    /// The skeletons of the first screen are gone, and their search index goes when the next
    /// one arrives: its pages are given back then too.
    var releasesMemoryWhenIndexed = false
    /// The export prompt (`x`), while it is open.
    public internal(set) var exportPrompt: ExportPrompt?
    /// The answers of the last export written this session: the next `x` starts from them, so
    /// an officer sending several briefs the same way answers once.
    public internal(set) var lastExportChoices: ExportPrompt.Choices?
    /// Long texts the detail has wrapped, kept for the next paint (a memo every copy shares).
    let detailWraps = WrappedTextCache()
    /// The cases are still their list rows' skeletons (no summary, notes, contacts or links):
    /// a large board paints from its list index before every case file is read. Edits and
    /// briefs wait until the whole cases arrive (`dataChanged`), so that a skeleton is never
    /// saved over a whole case.
    public internal(set) var isLoadingCases: Bool

    /// A board on `data`, showing the cases pane. `keymap` defaults to `Keymap.board`, without
    /// the keys that change data when there is a `writeRefusal`. `loadingCases`: `data`'s cases are skeletons, and the
    /// whole cases will come with `dataChanged`.
    public init(
        data: BoardData, size: ScreenSize, language: Language, today: Day, writeRefusal: DisabledReason? = nil,
        keymap: Keymap? = nil, loadingCases: Bool = false
    ) {
        self.data = data
        self.isLoadingCases = loadingCases
        self.index = BoardIndex(data)
        self.size = size
        self.language = language
        self.today = today
        self.writeRefusal = writeRefusal
        self.keymap = keymap ?? writeRefusal.map { Keymap.board.withoutChanges($0) } ?? .board
        rebuildAllLists()
    }

    /// Total records of a pane, before filtering.
    public func total(_ pane: Pane) -> Int {
        switch pane {
        case .cases: data.cases.count
        case .agencies: data.registry.agencies.count
        case .contacts: data.contacts.count
        case .log: data.log.count
        }
    }

    /// The record index (into the pane's array) of the selected item, if any.
    public func selectedItem(in pane: Pane) -> Int? {
        let list = lists[pane]
        let position = positions[pane].selected
        return list.items.indices.contains(position) ? list.items[position] : nil
    }

    public var selectedCase: Case? { selectedItem(in: .cases).map { data.cases[$0] } }
    public var selectedAgency: Agency? { selectedItem(in: .agencies).map { data.registry.agencies[$0] } }
    public var selectedContact: Contact? { selectedItem(in: .contacts).map { data.contacts[$0] } }
    public var selectedLogEntry: LogEntry? { selectedItem(in: .log).map { data.log[$0] } }

    /// The id of the selected record of `pane`: case id, agency code or contact id.
    public func selectedRecordID(in pane: Pane) -> String? {
        guard let item = selectedItem(in: pane) else { return nil }
        switch pane {
        case .cases: return data.cases[item].id
        case .agencies: return data.registry.agencies[item].code
        case .contacts: return data.contacts[item].id
        case .log: return data.log[item].id
        }
    }

    /// The links of the current pane's detail, in the order `]` walks them.
    public var detailLinks: [LinkTarget] { DetailLinks.links(of: self) }
}

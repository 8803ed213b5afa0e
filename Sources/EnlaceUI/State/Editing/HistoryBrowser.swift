/// The audit trail `h` shows for a case or a contact: its entries newest first, the one in
/// focus, and whether that one is open whole (Enter) and how far its text is scrolled.
public struct HistoryBrowser: Sendable, Equatable {
    public var subject: HistorySubject
    public var lines: [HistoryLine]
    /// The entry in focus, by its index in `lines`.
    public internal(set) var focus = 0
    /// Whether the entry in focus is shown whole instead of the list.
    public internal(set) var isEntryOpen = false
    /// The first row of the open entry on screen.
    public internal(set) var entryScroll = 0

    public init(subject: HistorySubject, lines: [HistoryLine]) {
        self.subject = subject
        self.lines = lines
    }

    /// The entry in focus; nil when the history is empty.
    public var focusedLine: HistoryLine? { lines.indices.contains(focus) ? lines[focus] : nil }

    mutating func move(by offset: Int) {
        if isEntryOpen {
            entryScroll = max(0, entryScroll + offset)
        } else if !lines.isEmpty {
            focus = max(0, min(lines.count - 1, focus + offset))
        }
    }

    mutating func openEntry() {
        guard focusedLine != nil else { return }
        isEntryOpen = true
        entryScroll = 0
    }

    mutating func closeEntry() {
        isEntryOpen = false
        entryScroll = 0
    }
}

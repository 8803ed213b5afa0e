/// Where a pane stands: the selected item (an index into the pane's visible items), the first
/// row shown, and the detail's link cursor and scroll.
public struct ListPosition: Sendable, Equatable {
    public var selected = 0
    /// First list row shown (rows include group headings).
    public var scroll = 0
    /// Which of the detail's links `Enter` follows; `]` and `[` move it.
    public var linkCursor = 0
    /// First detail line shown.
    public var detailScroll = 0
    /// Whether the detail scrolls to keep the link cursor in view: `]` and `[` set this,
    /// scrolling by hand clears it, and a new selection starts at the top of its detail.
    public var detailFollowsLink = false

    public init() {}
}

/// One stop of the trail that `Enter` leaves and `Backspace`/`Esc` walk back.
public struct TrailStop: Sendable, Equatable {
    public var pane: Pane
    /// The id (case id, contact id, agency code) selected when the link was followed.
    public var recordID: String?
    public var position: ListPosition

    public init(pane: Pane, recordID: String?, position: ListPosition) {
        self.pane = pane
        self.recordID = recordID
        self.position = position
    }
}

/// Where things go on the screen, from its size alone. `update` uses it for page size and
/// scrolling, the views for drawing, so the two agree.
///
/// Row 0 is the tab bar, the last two rows the status line and the key hints. From 120
/// columns the list and the detail sit side by side; narrower, the detail is below the list.
/// `z` gives the body to the detail.
public struct BoardLayout: Sendable, Equatable {
    public static let sideBySideWidth = 120

    public var tabBar: Rect
    public var body: Rect
    public var list: Rect
    /// The column or row between list and detail; empty when zoomed.
    public var separator: Rect
    public var detail: Rect
    public var statusLine: Rect
    public var hintLine: Rect
    public var isSideBySide: Bool

    public init(size: ScreenSize, isDetailZoomed: Bool) {
        let width = size.width, height = size.height
        tabBar = Rect(x: 0, y: 0, width: width, height: 1)
        body = Rect(x: 0, y: 1, width: width, height: height - 3)
        statusLine = Rect(x: 0, y: max(0, height - 2), width: width, height: 1)
        hintLine = Rect(x: 0, y: max(0, height - 1), width: width, height: 1)
        isSideBySide = width >= BoardLayout.sideBySideWidth
        if isDetailZoomed {
            list = Rect(x: 0, y: body.y, width: 0, height: 0)
            separator = .empty
            detail = body
        } else if isSideBySide {
            // The list gets the room a title needs; the detail wraps.
            let listWidth = max(width * 3 / 5, width - 64)
            list = Rect(x: 0, y: body.y, width: listWidth, height: body.height)
            separator = Rect(x: listWidth, y: body.y, width: 1, height: body.height)
            detail = Rect(x: listWidth + 2, y: body.y, width: width - listWidth - 2, height: body.height)
        } else {
            let listHeight = max(4, body.height * 2 / 5)
            list = Rect(x: 0, y: body.y, width: width, height: listHeight)
            separator = Rect(x: 0, y: body.y + listHeight, width: width, height: 1)
            detail = Rect(x: 1, y: body.y + listHeight + 1, width: width - 2, height: body.height - listHeight - 1)
        }
    }

    public init(_ state: AppState) {
        self.init(size: state.size, isDetailZoomed: state.isDetailZoomed)
    }

    /// Rows for items below the column header.
    public var listRows: Int { max(0, list.height - 1) }
}

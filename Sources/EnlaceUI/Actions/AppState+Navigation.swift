import EnlaceModel
/// What the navigation intents do to the state; the board's reducer calls these.
extension AppState {
    /// Rows a page key moves.
    var pageSize: Int {
        let layout = BoardLayout(self)
        return max(1, layout.listRows > 0 ? layout.listRows - 1 : layout.detail.height - 1)
    }

    /// Selects item `position` of the current pane, clamped; a new selection starts its detail
    /// at the top with the first link focused.
    mutating func select(_ position: Int) {
        let clamped = max(0, min(position, lists[pane].count - 1))
        if clamped != positions[pane].selected {
            var fresh = ListPosition()
            fresh.selected = clamped
            fresh.scroll = positions[pane].scroll
            positions[pane] = fresh
        }
        keepSelectionInView(in: pane)
    }

    mutating func moveLinkCursor(by step: Int) {
        let count = detailLinks.count
        guard count > 0 else {
            statusMessage = StatusMessage(.noLinks)
            return
        }
        positions[pane].linkCursor = ((positions[pane].linkCursor + step) % count + count) % count
        positions[pane].detailFollowsLink = true
    }

    /// `Enter`: selects the focused link's record in its pane and leaves a stop on the trail.
    /// A filter that hides the record is cleared, so the link always lands.
    mutating func followLink() {
        let links = detailLinks
        guard !links.isEmpty else {
            statusMessage = StatusMessage(.noLinks)
            return
        }
        let target = links[min(max(0, positions[pane].linkCursor), links.count - 1)]
        var landing = position(of: target.recordID, in: target.pane)
        if landing == nil, filters[target.pane].isActive || !filters[target.pane].text.isEmpty {
            clearFilter(in: target.pane)
            landing = position(of: target.recordID, in: target.pane)
        }
        guard let landing else {
            statusMessage = StatusMessage(.linkNotFound, [.init("id", target.recordID)], isError: true)
            return
        }
        trail.append(TrailStop(pane: pane, recordID: selectedRecordID(in: pane), position: positions[pane]))
        pane = target.pane
        var fresh = ListPosition()
        fresh.selected = landing
        fresh.scroll = positions[pane].scroll
        positions[pane] = fresh
        keepSelectionInView(in: pane)
    }

    /// `Backspace`/`Esc`: back to where the last `Enter` was pressed; with no trail left, a
    /// filter in force is cleared.
    mutating func goBack() {
        guard let stop = trail.popLast() else {
            if filters[pane].isActive || !filters[pane].text.isEmpty {
                clearFilter(in: pane)
            } else {
                statusMessage = StatusMessage(.trailEmpty)
            }
            return
        }
        pane = stop.pane
        var restored = stop.position
        if let id = stop.recordID, let found = position(of: id, in: stop.pane) {
            restored.selected = found
        } else {
            restored = ListPosition()
        }
        positions[pane] = restored
        keepSelectionInView(in: pane)
    }

    mutating func scrollDetail(by step: Int) {
        let layout = BoardLayout(self)
        let lines = DetailView.lines(of: self, width: layout.detail.width)
        let maximum = max(0, lines.count - layout.detail.height)
        // From where the detail is now, which may be where the link cursor scrolled it.
        let top = DetailView.top(of: self, lines: lines, height: layout.detail.height)
        positions[pane].detailScroll = max(0, min(maximum, top + step))
        positions[pane].detailFollowsLink = false
    }

    mutating func editFilter(_ edit: (inout LineEditor) -> Void) {
        edit(&filters[pane].editor)
        applyFilter(in: pane)
    }

    mutating func clearFilter(in pane: Pane) {
        filters[pane] = FilterState()
        applyFilter(in: pane)
    }
}

/// The links a detail offers, in the order `]` walks them: the ones the detail draws, so what
/// `Enter` follows is always what the screen marks.
enum DetailLinks {
    /// At most this many cases are listed (and linked) in an agency's or a contact's detail;
    /// an agency of a big board has thousands.
    static let caseLimit = 50

    static func links(of state: AppState) -> [LinkTarget] {
        // The links do not depend on the width; at width 0 no paragraph is wrapped.
        DetailView.content(of: state, width: 0).links
    }
}

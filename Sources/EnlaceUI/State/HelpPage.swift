/// What the overlay over the board lists: the keys (`?`), or the case files that could not be
/// read (`!`). Both scroll and close the same way.
public enum HelpPage: Sendable, Equatable {
    case keys
    case damagedFiles
}

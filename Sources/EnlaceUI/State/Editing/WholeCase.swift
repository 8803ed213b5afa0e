import EnlaceModel

/// A case known to be whole: one of the board's cases once every case file is read, or a case
/// as the store answered a save, a note or a conflict (the store reads and writes whole case
/// files). Every edit form, save base and undo entry holds one, so the compiler refuses to
/// start an edit from a case the board shows while a large board is still reading its case
/// files: those cases come from list-index rows and lack the summary, notes, contacts and
/// links, which a save from them would wipe.
///
/// Only this file makes one: from the board through `AppState.wholeCase(at:)`, which gives
/// nothing while `isLoadingCases`, and from the store's answers through `answered(_:)`.
@dynamicMemberLookup
public struct WholeCase: Sendable, Equatable {
    public let record: Case

    fileprivate init(_ record: Case) { self.record = record }

    /// The case as the store answered it: saved, with a note appended, or on disk in a conflict.
    static func answered(_ record: Case) -> WholeCase { WholeCase(record) }

    public subscript<Value>(dynamicMember keyPath: KeyPath<Case, Value>) -> Value { record[keyPath: keyPath] }
}

extension AppState {
    /// The board's case at `position` as a `WholeCase`; nil while the cases are still list-index
    /// rows (`isLoadingCases`), which are never edited or saved.
    func wholeCase(at position: Int) -> WholeCase? {
        guard !isLoadingCases, data.cases.indices.contains(position) else { return nil }
        return WholeCase(data.cases[position])
    }

    /// The board's case of `id` as a `WholeCase`, as `wholeCase(at:)`.
    func wholeCase(id: String) -> WholeCase? {
        index.caseByID[id].flatMap(wholeCase(at:))
    }

    /// The selected case as a `WholeCase`: what an edit starts from.
    var selectedWholeCase: WholeCase? { selectedItem(in: .cases).flatMap(wholeCase(at:)) }
}

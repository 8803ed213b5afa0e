/// The three-way merge of two edits of one case that both started from `base` (DESIGN.md: "fields
/// that do not overlap merge by themselves").
///
/// A field only one side changed takes that side's value; a field both changed to the same value
/// takes it; a field both changed differently is a conflict and keeps `theirs` in `merged` until
/// the officer picks. Notes never conflict: both sides' new notes are kept, theirs first.
/// `merged` carries `theirs`' bookkeeping (`version` above all), so it can be saved over theirs.
public enum FieldMerge {
    public struct Result: Sendable, Equatable {
        public var merged: Case
        /// The fields both sides changed differently, in `CaseField` order.
        public var conflicts: [CaseField]
    }

    public static func merge(base: Case, mine: Case, theirs: Case) -> Result {
        var merged = theirs
        var conflicts: [CaseField] = []
        for field in CaseField.allCases {
            let mineChanged = !field.isSame(base, mine)
            guard mineChanged else { continue }
            let theirsChanged = !field.isSame(base, theirs)
            if !theirsChanged {
                field.copy(from: mine, into: &merged)
            } else if field == .notes {
                merged.notes = mergedNotes(base: base.notes, mine: mine.notes, theirs: theirs.notes)
            } else if !field.isSame(mine, theirs) {
                conflicts.append(field)
            }
        }
        return Result(merged: merged, conflicts: conflicts)
    }

    /// Theirs as they are, then the notes mine added that theirs lack. A note one side removed
    /// (an undo) stays removed when the other side did not add it.
    static func mergedNotes(base: [Note], mine: [Note], theirs: [Note]) -> [Note] {
        let baseSet = Set(base)
        let theirSet = Set(theirs)
        let mineSet = Set(mine)
        var result = theirs.filter { baseSet.contains($0) ? mineSet.contains($0) : true }
        result += mine.filter { !baseSet.contains($0) && !theirSet.contains($0) }
        return result
    }
}

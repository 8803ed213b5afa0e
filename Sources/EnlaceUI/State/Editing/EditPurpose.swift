import EnlaceModel

/// What a form is for, and the record it started from: the version a save expects is `base`'s.
public enum EditPurpose: Sendable, Equatable {
    case newCase
    case editCase(base: WholeCase)
    case addNote(caseID: String)
    case status(base: WholeCase)
    case priority(base: WholeCase)
    case marking(base: WholeCase)
    case nextAction(base: WholeCase)
    /// Correcting the text or the releasable flag of the note at `noteIndex`.
    case amendNote(base: WholeCase, noteIndex: Int)
    case newContact
    case editContact(base: Contact)

    /// The case the form edits, when it edits one.
    public var base: WholeCase? {
        switch self {
        case .newCase, .addNote, .newContact, .editContact: nil
        case .editCase(let base), .status(let base), .priority(let base), .marking(let base), .nextAction(let base),
             .amendNote(let base, _): base
        }
    }
}

/// One save of a case the board asks the store for: `record` over `base` (nil creates). `base`
/// is whole, so `record`, made from it, carries everything the case file holds.
public struct CaseSave: Sendable, Equatable {
    public var record: Case
    public var base: WholeCase?
    /// An undo is not itself undone by `u`, and is refused rather than merged on a conflict.
    public var isUndo: Bool
    /// A note to add with the change (reopening a closed case asks why); the run loop stamps
    /// it with the time and the author and adds it to `record` before saving.
    public var note: String?

    public init(record: Case, base: WholeCase?, isUndo: Bool = false, note: String? = nil) {
        self.record = record
        self.base = base
        self.isUndo = isUndo
        self.note = note
    }
}

/// One save of a contact: `record` over `base` (nil creates).
public struct ContactSave: Sendable, Equatable {
    public var record: Contact
    public var base: Contact?
    /// "Reached now": the run loop sets `lastContact` to the time of the save.
    public var reachedNow: Bool
    public var isUndo: Bool

    public init(record: Contact, base: Contact?, reachedNow: Bool = false, isUndo: Bool = false) {
        self.record = record
        self.base = base
        self.reachedNow = reachedNow
        self.isUndo = isUndo
    }
}

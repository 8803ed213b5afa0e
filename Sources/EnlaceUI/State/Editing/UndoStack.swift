import EnlaceModel
import EnlaceText

/// An officer's own change that `u` can take back: the record before and after it.
public enum UndoEntry: Sendable, Equatable {
    case caseChange(before: Case, after: WholeCase)
    /// A case the officer created, as saved: taking it back deletes the case.
    case caseCreated(WholeCase)
    case contactChange(before: Contact, after: Contact)
    /// A contact the officer created, as saved: taking it back deletes the contact.
    case contactCreated(Contact)
}

extension UndoEntry {
    /// The pane that lists the record the change was made to.
    var pane: Pane {
        switch self {
        case .caseChange, .caseCreated: .cases
        case .contactChange, .contactCreated: .contacts
        }
    }

    /// The id of the record the change was made to.
    var recordID: String {
        switch self {
        case .caseChange(_, let after): after.id
        case .caseCreated(let created): created.id
        case .contactChange(_, let after): after.id
        case .contactCreated(let created): created.id
        }
    }
}

/// How `u` takes the newest entry back: the save or delete to ask the store for, or why not.
enum UndoStep: Sendable, Equatable {
    case perform(Effect)
    case refused(StatusMessage)
}

/// The officer's own changes in this session, most recent last, that `u` takes back one by
/// one. An undo is itself a save (a new version), refused when someone has built on the change
/// since; the store checks again under its lock.
public struct UndoStack: Sendable, Equatable {
    public private(set) var entries: [UndoEntry] = []

    public init(_ entries: [UndoEntry] = []) { self.entries = entries }

    /// The newest change, which `u` would take back.
    public var last: UndoEntry? { entries.last }
    public var isEmpty: Bool { entries.isEmpty }

    mutating func append(_ entry: UndoEntry) { entries.append(entry) }

    /// A case the store saved at the board's request: a change or a creation to take back, or
    /// (when the save was an undo) the entry below it moved onto the new version.
    mutating func record(_ save: CaseSave, saved: Case) {
        if save.isUndo {
            rebaseLast(onto: .case(saved))
        } else if let base = save.base {
            append(.caseChange(before: base.record, after: .answered(saved)))
        } else {
            append(.caseCreated(.answered(saved)))
        }
    }

    /// Removes the newest entry and says how to take it back, checked against `data` (the
    /// board's copy of what is on disk); nil when there is nothing to take back.
    mutating func takeBack(in data: BoardData) -> UndoStep? {
        guard let entry = entries.popLast() else { return nil }
        switch entry {
        case .caseChange(let before, let after):
            if let refusal = Self.refusal(ifMoved: after.record, in: data) { return refusal }
            var reverted = after.record
            for field in CaseField.changed(from: before, to: after.record) { field.copy(from: before, into: &reverted) }
            return .perform(.saveCase(CaseSave(record: reverted, base: after, isUndo: true)))
        case .caseCreated(let created):
            // Taking back a creation deletes the case; the store keeps it in the audit log.
            if let refusal = Self.refusal(ifMoved: created.record, in: data) { return refusal }
            return .perform(.deleteCase(created))
        case .contactChange(let before, let after):
            if let refusal = Self.refusal(ifMoved: after, in: data) { return refusal }
            var reverted = after
            for field in ContactField.allCases where !field.isSame(before, after) { field.copy(from: before, into: &reverted) }
            return .perform(.saveContact(ContactSave(record: reverted, base: after, isUndo: true)))
        case .contactCreated(let created):
            // Taking back a creation deletes the contact, unless someone has built on it.
            if let refusal = Self.refusal(ifMoved: created, in: data) { return refusal }
            if let naming = data.cases.first(where: { $0.contacts.contains(created.id) }) {
                return .refused(StatusMessage(
                    .undoRefusedContactInUse, [.init("id", created.id), .init("caseID", naming.id)], isError: true))
            }
            return .perform(.deleteContact(created))
        }
    }

    /// An undo landed as a new version. When it put the record back as the officer's change
    /// before it left it, that change is now undone from this version: `u` can go on taking
    /// the officer's changes back one by one, down to the creation of a case.
    mutating func rebaseLast(onto saved: EditedRecord) {
        guard let top = entries.last else { return }
        let rebased: UndoEntry?
        switch (top, saved) {
        case (.caseChange(let before, let after), .case(let record))
            where after.id == record.id && CaseField.changed(from: after.record, to: record).isEmpty:
            rebased = .caseChange(before: before, after: .answered(record))
        case (.caseCreated(let created), .case(let record))
            where created.id == record.id && CaseField.changed(from: created.record, to: record).isEmpty:
            rebased = .caseCreated(.answered(record))
        case (.contactChange(let before, let after), .contact(let record, _))
            where after.id == record.id && ContactField.allCases.allSatisfy({ $0.isSame(after, record) }):
            rebased = .contactChange(before: before, after: record)
        case (.contactCreated(let created), .contact(let record, _))
            where created.id == record.id && ContactField.allCases.allSatisfy({ $0.isSame(created, record) }):
            rebased = .contactCreated(record)
        default: rebased = nil
        }
        if let rebased { entries[entries.count - 1] = rebased }
    }

    /// Someone saved the case since the officer's change: its undo is refused.
    private static func refusal(ifMoved mine: Case, in data: BoardData) -> UndoStep? {
        guard let current = data.cases.first(where: { $0.id == mine.id }), current.version != mine.version else { return nil }
        return .refused(StatusMessage(.undoRefused, [.init("user", current.updatedBy), .init("id", current.id)], isError: true))
    }

    /// Someone saved the contact since the officer's change: its undo is refused.
    private static func refusal(ifMoved mine: Contact, in data: BoardData) -> UndoStep? {
        guard let current = data.contacts.first(where: { $0.id == mine.id }), current.version != mine.version else { return nil }
        return .refused(StatusMessage(.undoRefusedContact, [.init("id", current.id)], isError: true))
    }
}

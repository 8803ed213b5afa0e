import Foundation
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI

/// Carries out the board's effects: every change goes to the store (atomic save, audit line),
/// and what the store answers goes back into `update` as a `Reply`. It also keeps and removes
/// the draft, starts the search index and gives freed memory back. The UI never touches a file.
struct EffectRunner {
    let store: Store
    /// Where `x` writes briefs: `--export-dir`, else `exports/` in the data directory.
    let exportDirectory: URL?
    let indexBuilder: SearchIndexBuilder

    /// Performs `effects` and those their answers ask for; true when the board must quit.
    func perform(_ effects: [Effect], on state: inout AppState) -> Bool {
        var queue = effects
        // A conflict that merges by itself asks for another save; a burst of other writers
        // cannot keep this loop going for ever: past the budget, writes are dropped.
        var writeBudget = 20
        // One index for the data the effects leave, however many replies changed it.
        var buildsIndex = false
        while !queue.isEmpty {
            let effect = queue.removeFirst()
            if effect.takesTheLock {
                guard writeBudget > 0 else { continue }
                writeBudget -= 1
            }
            switch effect {
            case .quit: return true
            case .repaint, .suspend: break  // the terminal's own, carried out by the run loop
            case .keepDraft(let draft):
                if let data = try? JSONEncoder().encode(draft) { try? store.saveDraft(data) }
            case .removeDraft: store.removeDraft()
            case .buildSearchIndex: buildsIndex = true
            case .releaseFreedMemory: ReleaseFreedMemory.now()
            case .export(let request):
                let directory = BoardExporter.directory(explicit: exportDirectory, dataDirectory: store.directory)
                let outcome = BoardExporter.write(request, data: state.data, directory: directory, statusLanguage: state.language)
                queue += update(&state, .exportFinished(outcome))
            case .saveCase(let save): queue += update(&state, saveCase(save, year: state.today.year, language: state.language))
            case .saveContact(let save): queue += update(&state, saveContact(save, language: state.language))
            case .appendNote(let caseID, let text, let releasable):
                let note = Note(at: .now(), author: store.user, text: text, releasableToMexico: releasable)
                do {
                    queue += update(&state, .noteAppended(try store.appendNote(caseID: caseID, note: note)))
                } catch {
                    queue += update(&state, .saveFailed(reason: error.message(state.language)))
                }
            case .deleteCase(let record):
                queue += update(&state, deleteCase(record, language: state.language))
            case .deleteContact(let record):
                queue += update(&state, deleteContact(record, language: state.language))
            case .loadHistory(let subject):
                do {
                    let records = try store.history(entity: subject.entity, id: subject.id)
                    let lines = HistoryLine.markingUndos(records.reversed().map(HistoryLine.init))
                    queue += update(&state, .historyLoaded(subject, lines: lines))
                } catch {
                    queue += update(&state, .saveFailed(reason: error.message(state.language)))
                }
            }
        }
        if buildsIndex { indexBuilder.build(state.data.cases, generation: state.dataGeneration) }
        return false
    }

    /// One save; a new case (no base) gets its id from the store, the next free one of `year`.
    private func saveCase(_ request: CaseSave, year: Int, language: Language) -> Reply {
        var save = request
        if let text = save.note {
            save.record.notes.append(Note(at: .now(), author: store.user, text: text))
            save.note = nil
        }
        do {
            guard let base = save.base else { return .caseSaved(save, try store.create(save.record, year: year)) }
            return .caseSaved(save, try store.save(save.record, expectedVersion: base.version))
        } catch .conflict(_, theirs: .case(let theirs)) {
            return .saveConflict(save, theirs: theirs)
        } catch {
            return .saveFailed(reason: error.message(language))
        }
    }

    /// The undo of a creation: refused, as an undo save is, when someone changed the case since.
    private func deleteCase(_ record: WholeCase, language: Language) -> Reply {
        do {
            return .caseDeleted(try store.deleteCase(id: record.id, expectedVersion: record.version))
        } catch .conflict(_, theirs: .case(let theirs)) {
            return .saveConflict(CaseSave(record: record.record, base: record, isUndo: true), theirs: theirs)
        } catch {
            return .saveFailed(reason: error.message(language))
        }
    }

    /// The undo of a contact's creation: refused when someone changed it or a case names it.
    private func deleteContact(_ record: Contact, language: Language) -> Reply {
        do {
            return .contactDeleted(try store.deleteContact(id: record.id, expectedVersion: record.version))
        } catch .conflict(_, theirs: .contact(let theirs)) {
            return .contactConflict(ContactSave(record: record, base: record, isUndo: true), theirs: theirs)
        } catch .contactInUse(_, let caseID) {
            return .contactDeleteRefused(record, caseID: caseID)
        } catch {
            return .saveFailed(reason: error.message(language))
        }
    }

    /// One save; a new contact (no base) gets its id from the store, the next free one.
    private func saveContact(_ request: ContactSave, language: Language) -> Reply {
        var save = request
        if save.reachedNow {
            save.record.lastContact = .now()
            save.reachedNow = false
        }
        do {
            guard let base = save.base else { return .contactSaved(save, try store.create(contact: save.record)) }
            return .contactSaved(save, try store.save(contact: save.record, expectedVersion: base.version))
        } catch .conflict(_, theirs: .contact(let theirs)) {
            return .contactConflict(save, theirs: theirs)
        } catch {
            return .saveFailed(reason: error.message(language))
        }
    }
}

extension HistoryLine {
    init(_ record: AuditRecord) {
        let change: HistoryChange
        switch record.change {
        case .created: change = .created
        case .noteAdded: change = .noteAdded
        case .deleted: change = .deleted
        case .fields(let fields): change = .fields(fields)
        }
        self.init(
            at: record.at, user: record.user, version: record.version, change: change,
            values: record.values,
            notes: record.notes,
            deletedName: record.deletedName)
    }
}

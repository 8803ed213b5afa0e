/// Every word the board shows (EnlaceUI): pane names, headings, column titles, the help
/// overlay, hints and messages. Statuses and priorities are in `CommonPhrase`; data text is
/// never here. Spanish is Mexico's: "caso", "dependencia", "enlace", "fecha límite".
public enum UIPhrase: String, CatalogSection {
    case paneCases
    case textInOtherLanguage
    case paneAgencies
    case paneContacts
    case readOnlyBadge
    case readOnly
    // While a large board reads its case files after its first screen.
    case loadingCasesBadge
    case loadingCaseDetail
    case loadingContactCases
    case editingWaitsForCases
    case notLoaded
    case notWritable, damagedFilesNoticeOne, damagedFilesNotice, damagedFilesTitle, damagedFilesAdvice
    case helpShowDamagedFiles, noDamagedFiles
    case terminalTooSmall
    case shownOfTotal
    case sortedBy
    case sortDue
    case sortPriority
    case sortUpdated
    case sortID
    case sortOnlyCases
    /// A corrected note: who corrected it; the form that corrects one.
    case noteAmendedBy, formAmendNote
    /// `M`: the cases filter gains or loses `owner:me`.
    case myCasesOnlyCases, helpToggleMyCases
    case groupingOnlyContacts
    case showingLastGood
    case noLinks
    case linkNotFound
    case trailEmpty
    case nothingMatches
    /// A pane with no records at all: which key adds the first.
    case noCasesYet, noContactsYet
    case nothingSelected
    case usAgencies
    case mexicanAgencies
    case noPost
    case columnID
    case columnPriority
    case columnStatus
    case columnMarking
    case columnLead
    case columnDue
    /// The due column's header where the list is narrow.
    case columnDueShort
    case columnTitle
    case columnCode
    case columnName
    case columnCounterparts
    case columnAgency
    case columnRole
    case columnPost
    case columnLastContact
    case opened
    case due
    case overdueMark
    case post
    case tags
    case nextAction
    case summary
    case agencies
    case lead
    case contacts
    case linkedCases
    case notesHeading
    case notReleasableShort
    case unknownAgency
    case notOnBoard
    case countryUS
    case countryMX
    case parent
    case focus
    case formerly
    case until
    case counterparts
    case contactsHeading
    case openCasesHeading
    case casesHeading
    case andMore
    case role
    case phones
    case email
    case languages
    case lastContact
    case never
    case agency
    case contactNotes
    case helpTitle
    case disabledKeys
    case groupNavigation
    case groupPanes
    case groupLinks
    case groupView
    case groupFilter
    case groupFilterInput
    case groupGeneral
    case helpMoveDown
    case helpMoveUp
    case helpPageDown
    case helpPageUp
    case helpMoveToTop
    case helpMoveToBottom
    case helpNextPane
    case helpPreviousPane
    case helpShowCases
    case helpShowAgencies
    case helpShowContacts, helpShowLog
    case helpFollowLink
    case helpNextLink
    case helpPreviousLink
    case helpBack
    case helpScrollDetailDown
    case helpScrollDetailUp
    case helpToggleZoom
    case helpCycleSort
    case helpToggleGrouping
    case helpSwitchLanguage
    case helpStartFilter
    case helpFilterAccept
    case helpFilterCancel
    case helpFilterDeleteBackward
    case helpFilterDeleteWord
    case helpFilterDeleteToStart
    case helpFilterCursorLeft
    case helpFilterCursorRight
    case helpFilterCursorHome
    case helpFilterCursorEnd
    case helpToggleHelp
    case helpQuit
    case helpRepaint
    case helpSuspend
    case hintPanes
    case hintOpen
    case hintNextLink
    case hintBack
    case hintSort
    case hintFilter
    case hintHelp
    case hintQuit
    case hintKeep
    case hintClear
    case hintClearLine
    case hintClose
    case keySpace
    case keyControl
    case keyPageUp
    case keyPageDown
    case keyHome
    case keyEnd
    case keyEnter
    case keyEscape
    case keyBackspace
    case keyDelete
    case keyInsert
    case keyTab
    case keyBackTab
    case fieldTitle
    /// The form's flag that confirms texts marked out of date; the mark beside such a text.
    case fieldTextsChecked, mayBeOutdated
    /// The Spanish title and summary in the case form, beside the English ones.
    case fieldTitleEs, fieldSummaryEs
    case undoRefusedContact
    case undoRefusedContactInUse
    case helpEditLineBreak
    case helpEditMerged
    case hintEditMerged
    case fieldName
    case formNewContact
    case formEditContact
    case keptTheirsContact
    case conflictTitleSomeone
    case conflictTheirsSomeone
    case undoneCreation
    case historyDeleted
    case caseDeletedMeanwhile
    case helpContactReached
    case fieldStatus
    case fieldPriority
    case fieldMarking
    case fieldReleasable
    case fieldLead
    case fieldRegion
    /// The officer who answers for a case.
    case fieldOwner
    case fieldNote
    case yes
    case no
    case formNewCase
    /// Where a new record's id will be: the store gives it when the save answers.
    case newRecordID
    case formEditCase
    case formAddNote
    case formStatus
    case formPriority
    case formMarking
    case formNextAction
    case formReopenNote
    case pickMatches
    case notADate
    case required
    case discardQuestion
    case conflictTitle
    case conflictMine
    case conflictTheirs
    case historyTitle
    case historyCreated
    case historyNoteAdded
    case historyEmpty
    case historyNoteReleasable, historyNoteNotReleasable, historyDeletedName, historyUndoes, historyEmptyValue
    case historyEntryTitle, helpOpenHistoryEntry, helpHistoryBack, hintWholeEntry
    case conflictDifferenceLegend
    case notSaved, waitingForSave, waitingForAnotherSave
    case editOnlyCases
    case changesDiscarded
    case fixMarkedFields
    case nothingChanged
    case pickEverySide
    case keptTheirs
    case undone
    case savedCase
    case noteAdded
    case undoRefused
    case mergedWith
    case nothingToUndo
    case groupEditing
    case groupFormInput
    case groupConflictInput
    case helpAddNote
    case helpEditRecord
    case helpNewRecord
    case helpChangeStatus
    case helpChangePriority
    case helpChangeMarking
    case helpSetNextAction
    case helpUndo
    case helpShowHistory
    case helpEditAccept
    case helpEditCancel
    case helpEditNextField
    case helpEditPreviousField
    case helpEditNextPick
    case helpEditPreviousPick
    case helpEditComplete
    case helpEditDeleteForward
    case helpEditCursorLeft
    case helpEditCursorRight
    case helpConfirmDiscard
    case helpKeepEditing
    case helpPickMine
    case helpPickTheirs
    case helpSaveResolved
    case helpKeepTheirs
    case helpCloseHistory
    case hintSave
    case hintCancel
    case hintNextField
    case hintPick
    case hintDiscard
    case hintKeepEditing
    case hintMine
    case hintTheirs
    case draftOffer
    case helpExport
    case helpExportField
    case helpExportValue
    case helpExportConfirm
    case helpExportCancel
    case groupExportInput
    case helpRestoreDraft
    case helpDropDraft
    case groupDraftOffer
    case hintExportField
    case hintExportValue
    case hintExportWrite
    case exportTitle
    case exportFormat
    case exportLanguage
    case exportReleasable
    case exportYes
    case exportNo
    case exportWritten
    case exportFailed
    case exportOnlyCases
    // The quick-change menus of S, p and m, and the question before an undo out of view.
    case groupQuickStatus, groupQuickPriority, groupQuickMarking, groupUndoConfirmation
    case quickStatusNew, quickStatusActive, quickStatusWaiting, quickStatusClosed
    case quickPriorityLow, quickPriorityMedium, quickPriorityHigh, quickPriorityCritical
    case quickMarkingClear, quickMarkingGreen, quickMarkingAmber, quickMarkingAmberStrict, quickMarkingRed
    case helpQuickChangeCancel, quickStatusTitle, quickPriorityTitle, quickMarkingTitle, quickChangeCurrent
    case undoAskValue, undoAskFields, undoAskCreation, undoKept, helpConfirmUndo, helpCancelUndo

    public var english: String {
        switch self {
        case .paneCases: "Cases"
        case .textInOtherLanguage: "(text in Spanish)"
        case .paneAgencies: "Agencies"
        case .paneContacts: "Contacts"
        case .readOnlyBadge: "READ-ONLY"
        case .readOnly: "read-only display"
        case .loadingCasesBadge: "reading cases…"
        case .loadingCaseDetail: "Reading the whole case (summary, notes, contacts, links)…"
        case .loadingContactCases: "Reading which cases name this contact…"
        case .editingWaitsForCases: "Still reading the case files: editing and briefs open in a moment"
        case .notLoaded: "could not read the board again, showing what was read before: {reason}"
        case .notWritable: "you may not write {path}: ask its owner, or use --data"
        case .damagedFilesNoticeOne: "1 case file could not be read — press ! to see it"
        case .damagedFilesNotice: "{count} case files could not be read — press ! to see them"
        case .damagedFilesTitle: "Case files that could not be read"
        case .damagedFilesAdvice: "They were left as they are and are not shown: fix or restore them, then run enlace check."
        case .helpShowDamagedFiles: "case files that could not be read"
        case .noDamagedFiles: "every case file was read"
        case .terminalTooSmall: "terminal too small (need {width}×{height})"
        case .shownOfTotal: "{shown} / {total} {things}"
        case .sortedBy: "sorted by {order}"
        case .sortDue: "due date"
        case .sortPriority: "priority"
        case .sortUpdated: "last update"
        case .sortID: "id"
        case .sortOnlyCases: "s sorts the cases pane"
        case .noteAmendedBy: "amended by {login}"
        case .formAmendNote: "Amend a note of {id}"
        case .myCasesOnlyCases: "M shows your cases in the cases pane"
        case .helpToggleMyCases: "my cases only (owner:me), or all cases again"
        case .groupingOnlyContacts: "c groups the contacts pane"
        case .showingLastGood: "showing the last good result"
        case .noLinks: "no links here"
        case .linkNotFound: "{id} is not on this board"
        case .trailEmpty: "nothing to go back to"
        case .nothingMatches: "nothing matches"
        case .noCasesYet: "no cases yet — press {key} to add the first"
        case .noContactsYet: "no contacts yet — press {key} to add the first"
        case .nothingSelected: "nothing selected"
        case .usAgencies: "U.S. agencies"
        case .mexicanAgencies: "Mexican agencies"
        case .noPost: "No post"
        case .columnID: "ID"
        case .columnPriority: "PRIORITY"
        case .columnStatus: "STATUS"
        case .columnMarking: "TLP"
        case .columnLead: "LEAD"
        case .columnDue: "DUE"
        case .columnDueShort: "DUE"
        case .columnTitle: "TITLE"
        case .columnCode: "CODE"
        case .columnName: "NAME"
        case .columnCounterparts: "COUNTERPARTS"
        case .columnAgency: "AGENCY"
        case .columnRole: "ROLE"
        case .columnPost: "POST"
        case .columnLastContact: "LAST CONTACT"
        case .opened: "Opened"
        case .due: "Due"
        case .overdueMark: "OVERDUE"
        case .post: "Post"
        case .tags: "Tags"
        case .nextAction: "Next action"
        case .summary: "Summary"
        case .agencies: "Agencies"
        case .lead: "lead"
        case .contacts: "Contacts"
        case .linkedCases: "Linked cases"
        case .notesHeading: "Notes ({count})"
        case .notReleasableShort: "not releasable to Mexico"
        case .unknownAgency: "not in the registry"
        case .notOnBoard: "not on this board"
        case .countryUS: "United States"
        case .countryMX: "Mexico"
        case .parent: "Parent"
        case .focus: "Focus"
        case .formerly: "Formerly"
        case .until: "until {date}"
        case .counterparts: "Counterparts"
        case .contactsHeading: "Contacts ({count})"
        case .openCasesHeading: "Open cases ({count})"
        case .casesHeading: "Cases ({count})"
        case .andMore: "and {count} more"
        case .role: "Role"
        case .phones: "Phones"
        case .email: "Email"
        case .languages: "Languages"
        case .lastContact: "Last contact"
        case .never: "never"
        case .agency: "Agency"
        case .contactNotes: "Notes"
        case .helpTitle: "Keys"
        case .disabledKeys: "Read-only display; these keys do nothing: {keys}"
        case .groupNavigation: "Moving in the list"
        case .groupPanes: "Panes"
        case .groupLinks: "Links (the ▸ in the detail)"
        case .groupView: "View"
        case .groupFilter: "Filter"
        case .groupFilterInput: "While typing a filter"
        case .groupGeneral: "General"
        case .helpMoveDown: "next row"
        case .helpMoveUp: "previous row"
        case .helpPageDown: "next page"
        case .helpPageUp: "previous page"
        case .helpMoveToTop: "first row"
        case .helpMoveToBottom: "last row"
        case .helpNextPane: "next pane"
        case .helpPreviousPane: "previous pane"
        case .helpShowCases: "cases"
        case .helpShowAgencies: "agencies"
        case .helpShowContacts: "contacts"
        case .helpShowLog: "liaison log"
        case .helpFollowLink: "open the link under ▸ (agency, contact, linked case; a note: amend it)"
        case .helpNextLink: "move ▸ to the next link"
        case .helpPreviousLink: "move ▸ to the previous link"
        case .helpBack: "go back to where Enter was pressed; then clear the filter"
        case .helpScrollDetailDown: "scroll the detail down"
        case .helpScrollDetailUp: "scroll the detail up"
        case .helpToggleZoom: "detail full screen, or back to list and detail"
        case .helpCycleSort: "sort cases: due date, priority, last update, id"
        case .helpToggleGrouping: "group contacts by agency or by post"
        case .helpSwitchLanguage: "English / español"
        case .helpStartFilter: "filter the list as you type (query language)"
        case .helpFilterAccept: "keep the filter, back to the list"
        case .helpFilterCancel: "clear the filter"
        case .helpFilterDeleteBackward: "delete the character before the cursor"
        case .helpFilterDeleteWord: "delete the word before the cursor"
        case .helpFilterDeleteToStart: "delete up to the start"
        case .helpFilterCursorLeft: "cursor left"
        case .helpFilterCursorRight: "cursor right"
        case .helpFilterCursorHome: "cursor to the start"
        case .helpFilterCursorEnd: "cursor to the end"
        case .helpToggleHelp: "this help (? or Esc closes it)"
        case .helpQuit: "quit"
        case .helpRepaint: "redraw the screen"
        case .helpSuspend: "suspend to the shell (fg comes back)"
        case .hintPanes: "panes"
        case .hintOpen: "open ▸"
        case .hintNextLink: "next link"
        case .hintBack: "back"
        case .hintSort: "sort"
        case .hintFilter: "filter"
        case .hintHelp: "help"
        case .hintQuit: "quit"
        case .hintKeep: "keep"
        case .hintClear: "clear"
        case .hintClearLine: "clear line"
        case .hintClose: "close"
        case .keySpace: "Space"
        case .keyControl: "Ctrl-{key}"
        case .keyPageUp: "PgUp"
        case .keyPageDown: "PgDn"
        case .keyHome: "Home"
        case .keyEnd: "End"
        case .keyEnter: "Enter"
        case .keyEscape: "Esc"
        case .keyBackspace: "Backspace"
        case .keyDelete: "Del"
        case .keyInsert: "Ins"
        case .keyTab: "Tab"
        case .keyBackTab: "Shift-Tab"
        case .fieldTitle: "Title"
        case .fieldTextsChecked: "Translations checked"
        case .mayBeOutdated: "(may be out of date)"
        case .fieldTitleEs: "Spanish title"
        case .fieldSummaryEs: "Spanish summary"
        case .undoRefusedContact: "cannot undo: someone has changed {id} since"
        case .undoRefusedContactInUse: "cannot undo: case {caseID} names {id} now"
        case .helpEditLineBreak: "new line in a summary or note"
        case .helpEditMerged: "edit a merged value in the form"
        case .hintEditMerged: "edit"
        case .fieldName: "Name"
        case .formNewContact: "New contact {id}"
        case .formEditContact: "Edit contact {id}"
        case .keptTheirsContact: "kept the other version of {id}; your change was not saved"
        case .conflictTitleSomeone: "Someone else changed {id} while you edited it: pick a value for each field"
        case .conflictTheirsSomeone: "Theirs"
        case .undoneCreation: "undone: {id} is deleted; its history keeps it"
        case .historyDeleted: "deleted"
        case .caseDeletedMeanwhile: "{id} was deleted meanwhile: it cannot be saved"
        case .helpContactReached: "contacts pane: the contact was reached now"
        case .fieldStatus: "Status"
        case .fieldPriority: "Priority"
        case .fieldMarking: "Marking"
        case .fieldReleasable: "Releasable to Mexico"
        case .fieldLead: "Lead agency"
        case .fieldRegion: "Region"
        case .fieldOwner: "Owner"
        case .fieldNote: "Note"
        case .yes: "yes"
        case .no: "no"
        case .formNewCase: "New case {id}"
        case .newRecordID: "ID new"
        case .formEditCase: "Edit case {id}"
        case .formAddNote: "Note on {id}"
        case .formStatus: "Status of {id}"
        case .formPriority: "Priority of {id}"
        case .formMarking: "Marking of {id}"
        case .formNextAction: "Next action of {id}"
        case .formReopenNote: "reopening: say why in the note"
        case .pickMatches: "matches:"
        case .notADate: "not a date (2026-12-03, +3d, +2w, today, tomorrow)"
        case .required: "required"
        case .discardQuestion: "Throw away the changes? y yes · n no"
        case .conflictTitle: "{user} changed {id} while you edited it: pick a value for each field"
        case .conflictMine: "Mine"
        case .conflictTheirs: "Theirs ({user})"
        case .historyTitle: "History of {id}"
        case .historyCreated: "created"
        case .historyNoteAdded: "note added"
        case .historyEmpty: "no history recorded"
        case .historyNoteReleasable: "note, releasable to Mexico"
        case .historyNoteNotReleasable: "note, not releasable"
        case .historyDeletedName: "deleted (its creation undone): {name}"
        case .historyUndoes: "undoes v{version}"
        case .historyEmptyValue: "(empty)"
        case .historyEntryTitle: "History of {id}: v{version}"
        case .helpOpenHistoryEntry: "show the entry in focus whole"
        case .helpHistoryBack: "back to the list, or close the history"
        case .hintWholeEntry: "whole entry"
        case .conflictDifferenceLegend: "«…» marks where the two values differ"
        case .notSaved: "not saved: {reason}"
        case .waitingForSave: "waiting for {login}'s save…"
        case .waitingForAnotherSave: "waiting for another officer's save…"
        case .editOnlyCases: "this key works in the cases pane"
        case .changesDiscarded: "changes thrown away"
        case .fixMarkedFields: "fix the marked fields to save"
        case .nothingChanged: "nothing changed"
        case .pickEverySide: "pick a value for every field first"
        case .keptTheirs: "kept {user}'s version"
        case .undone: "undone: {id} is now version {version}"
        case .savedCase: "saved {id} (version {version})"
        case .noteAdded: "note added to {id}"
        case .undoRefused: "cannot undo: {user} has changed {id} since"
        case .mergedWith: "merged with {user}'s change"
        case .nothingToUndo: "nothing of yours to undo"
        case .groupEditing: "Editing (saved at once)"
        case .groupFormInput: "In a form"
        case .groupConflictInput: "Settling a conflict; history"
        case .helpAddNote: "add a note to the case"
        case .helpEditRecord: "edit the selected case or contact"
        case .helpNewRecord: "new case, or new contact in the contacts pane"
        case .helpChangeStatus: "change status (reopening asks for a note)"
        case .helpChangePriority: "change priority"
        case .helpChangeMarking: "change marking"
        case .helpSetNextAction: "next action and due date"
        case .helpUndo: "undo your last change"
        case .helpShowHistory: "history of the case or contact"
        case .helpEditAccept: "save"
        case .helpEditCancel: "close (asks before throwing changes away)"
        case .helpEditNextField: "next field"
        case .helpEditPreviousField: "previous field"
        case .helpEditNextPick: "next choice of a picker (else next field)"
        case .helpEditPreviousPick: "previous choice of a picker (else previous field)"
        case .helpEditComplete: "take the highlighted choice"
        case .helpEditDeleteForward: "delete the character under the cursor"
        case .helpEditCursorLeft: "cursor left; previous option"
        case .helpEditCursorRight: "cursor right; next option"
        case .helpConfirmDiscard: "yes, throw the changes away"
        case .helpKeepEditing: "no, keep editing"
        case .helpPickMine: "take my value"
        case .helpPickTheirs: "take their value"
        case .helpSaveResolved: "save the values picked"
        case .helpKeepTheirs: "give up my change, keep theirs"
        case .helpCloseHistory: "close the history"
        case .hintSave: "save"
        case .hintCancel: "cancel"
        case .hintNextField: "next field"
        case .hintPick: "pick"
        case .hintDiscard: "discard"
        case .hintKeepEditing: "keep editing"
        case .hintMine: "mine"
        case .hintTheirs: "theirs"
        case .draftOffer: "An unsaved draft of {id} was kept: r restores it, any other key drops it"
        case .helpExport: "Export the selected case as a brief"
        case .helpExportField: "Next or previous question"
        case .helpExportValue: "Change the answer"
        case .helpExportConfirm: "Write the brief"
        case .helpExportCancel: "Close without writing"
        case .groupExportInput: "Export prompt"
        case .helpRestoreDraft: "Restore the unsaved draft a signal kept"
        case .helpDropDraft: "Drop the draft (any other key does too)"
        case .groupDraftOffer: "Draft offer"
        case .hintExportField: "question"
        case .hintExportValue: "change"
        case .hintExportWrite: "write"
        case .exportTitle: "Export {id}"
        case .exportFormat: "Format"
        case .exportLanguage: "Language"
        case .exportReleasable: "Releasable to Mexico"
        case .exportYes: "yes"
        case .exportNo: "no"
        case .exportWritten: "Brief written: {path}"
        case .exportFailed: "Not exported: {reason}"
        case .exportOnlyCases: "export works on the cases pane"
        case .groupQuickStatus: "Status menu (S)"
        case .groupQuickPriority: "Priority menu (p)"
        case .groupQuickMarking: "Marking menu (m)"
        case .groupUndoConfirmation: "Undo question"
        case .quickStatusNew: "new"
        case .quickStatusActive: "active"
        case .quickStatusWaiting: "waiting"
        case .quickStatusClosed: "closed"
        case .quickPriorityLow: "low"
        case .quickPriorityMedium: "medium"
        case .quickPriorityHigh: "high"
        case .quickPriorityCritical: "critical"
        case .quickMarkingClear: "TLP:CLEAR"
        case .quickMarkingGreen: "TLP:GREEN"
        case .quickMarkingAmber: "TLP:AMBER"
        case .quickMarkingAmberStrict: "TLP:AMBER+STRICT"
        case .quickMarkingRed: "TLP:RED"
        case .helpQuickChangeCancel: "Close without changing"
        case .quickStatusTitle: "Status of {id}"
        case .quickPriorityTitle: "Priority of {id}"
        case .quickMarkingTitle: "Marking of {id}"
        case .quickChangeCurrent: "(now)"
        case .undoAskValue: "Undo {id}'s {field} {now} → {then}? y/n"
        case .undoAskFields: "Undo {id}'s change to {fields}? y/n"
        case .undoAskCreation: "Undo the creation of {id} (it is deleted)? y/n"
        case .undoKept: "nothing undone"
        case .helpConfirmUndo: "Undo it"
        case .helpCancelUndo: "Keep it (any other key does too)"
        }
    }

    public var spanish: String {
        switch self {
        case .paneCases: "Casos"
        case .textInOtherLanguage: "(texto en inglés)"
        case .paneAgencies: "Dependencias"
        case .paneContacts: "Contactos"
        case .readOnlyBadge: "SOLO LECTURA"
        case .readOnly: "pantalla de solo lectura"
        case .loadingCasesBadge: "leyendo casos…"
        case .loadingCaseDetail: "Leyendo el caso completo (resumen, notas, contactos, vínculos)…"
        case .loadingContactCases: "Leyendo qué casos nombran a este contacto…"
        case .editingWaitsForCases: "Aún se leen los archivos de casos: la edición y los informes se abren en un momento"
        case .notLoaded: "no se pudo volver a leer el tablero; se muestra lo leído antes: {reason}"
        case .notWritable: "no puede escribir en {path}: pídalo a quien lo administra, o use --data"
        case .damagedFilesNoticeOne: "1 archivo de caso no se pudo leer — pulse ! para verlo"
        case .damagedFilesNotice: "{count} archivos de casos no se pudieron leer — pulse ! para verlos"
        case .damagedFilesTitle: "Archivos de casos que no se pudieron leer"
        case .damagedFilesAdvice: "Se dejaron como estaban y no se muestran: corríjalos o restáurelos y ejecute enlace check."
        case .helpShowDamagedFiles: "archivos de casos que no se pudieron leer"
        case .noDamagedFiles: "se leyeron todos los archivos de casos"
        case .terminalTooSmall: "terminal demasiado pequeña (se necesita {width}×{height})"
        case .shownOfTotal: "{shown} / {total} {things}"
        case .sortedBy: "ordenados por {order}"
        case .sortDue: "fecha límite"
        case .sortPriority: "prioridad"
        case .sortUpdated: "última actualización"
        case .sortID: "id"
        case .sortOnlyCases: "s ordena el panel de casos"
        case .noteAmendedBy: "corregida por {login}"
        case .formAmendNote: "Corregir una nota de {id}"
        case .myCasesOnlyCases: "M muestra sus casos en el panel de casos"
        case .helpToggleMyCases: "solo mis casos (owner:me), o todos de nuevo"
        case .groupingOnlyContacts: "c agrupa el panel de contactos"
        case .showingLastGood: "se muestra el último resultado válido"
        case .noLinks: "no hay enlaces aquí"
        case .linkNotFound: "{id} no está en este tablero"
        case .trailEmpty: "no hay adónde regresar"
        case .nothingMatches: "sin coincidencias"
        case .noCasesYet: "todavía no hay casos; pulse {key} para agregar el primero"
        case .noContactsYet: "todavía no hay contactos; pulse {key} para agregar el primero"
        case .nothingSelected: "nada seleccionado"
        case .usAgencies: "Dependencias de EE. UU."
        case .mexicanAgencies: "Dependencias mexicanas"
        case .noPost: "Sin sede"
        case .columnID: "ID"
        case .columnPriority: "PRIORIDAD"
        case .columnStatus: "ESTADO"
        case .columnMarking: "TLP"
        case .columnLead: "LÍDER"
        case .columnDue: "FECHA LÍMITE"
        case .columnDueShort: "VENCE"
        case .columnTitle: "TÍTULO"
        case .columnCode: "CLAVE"
        case .columnName: "NOMBRE"
        case .columnCounterparts: "CONTRAPARTES"
        case .columnAgency: "DEPENDENCIA"
        case .columnRole: "CARGO"
        case .columnPost: "SEDE"
        case .columnLastContact: "ÚLTIMO CONTACTO"
        case .opened: "Abierto"
        case .due: "Fecha límite"
        case .overdueMark: "VENCIDO"
        case .post: "Sede"
        case .tags: "Etiquetas"
        case .nextAction: "Siguiente acción"
        case .summary: "Resumen"
        case .agencies: "Dependencias"
        case .lead: "líder"
        case .contacts: "Contactos"
        case .linkedCases: "Casos vinculados"
        case .notesHeading: "Notas ({count})"
        case .notReleasableShort: "no divulgable a México"
        case .unknownAgency: "no está en el registro"
        case .notOnBoard: "no está en este tablero"
        case .countryUS: "Estados Unidos"
        case .countryMX: "México"
        case .parent: "Depende de"
        case .focus: "Enfoque"
        case .formerly: "Antes"
        case .until: "hasta el {date}"
        case .counterparts: "Contrapartes"
        case .contactsHeading: "Contactos ({count})"
        case .openCasesHeading: "Casos abiertos ({count})"
        case .casesHeading: "Casos ({count})"
        case .andMore: "y {count} más"
        case .role: "Cargo"
        case .phones: "Teléfonos"
        case .email: "Correo"
        case .languages: "Idiomas"
        case .lastContact: "Último contacto"
        case .never: "nunca"
        case .agency: "Dependencia"
        case .contactNotes: "Notas"
        case .helpTitle: "Teclas"
        case .disabledKeys: "Pantalla de solo lectura; estas teclas no hacen nada: {keys}"
        case .groupNavigation: "Moverse en la lista"
        case .groupPanes: "Paneles"
        case .groupLinks: "Enlaces (el ▸ del detalle)"
        case .groupView: "Vista"
        case .groupFilter: "Filtro"
        case .groupFilterInput: "Mientras se escribe un filtro"
        case .groupGeneral: "General"
        case .helpMoveDown: "fila siguiente"
        case .helpMoveUp: "fila anterior"
        case .helpPageDown: "página siguiente"
        case .helpPageUp: "página anterior"
        case .helpMoveToTop: "primera fila"
        case .helpMoveToBottom: "última fila"
        case .helpNextPane: "panel siguiente"
        case .helpPreviousPane: "panel anterior"
        case .helpShowCases: "casos"
        case .helpShowAgencies: "dependencias"
        case .helpShowContacts: "contactos"
        case .helpShowLog: "registro de enlace"
        case .helpFollowLink: "abrir el enlace marcado con ▸ (dependencia, contacto, caso vinculado; una nota: corregirla)"
        case .helpNextLink: "mover ▸ al enlace siguiente"
        case .helpPreviousLink: "mover ▸ al enlace anterior"
        case .helpBack: "regresar a donde se oprimió Enter; después, borrar el filtro"
        case .helpScrollDetailDown: "desplazar el detalle hacia abajo"
        case .helpScrollDetailUp: "desplazar el detalle hacia arriba"
        case .helpToggleZoom: "detalle a pantalla completa, o de vuelta a lista y detalle"
        case .helpCycleSort: "ordenar casos: fecha límite, prioridad, última actualización, id"
        case .helpToggleGrouping: "agrupar contactos por dependencia o por sede"
        case .helpSwitchLanguage: "English / español"
        case .helpStartFilter: "filtrar la lista al escribir (lenguaje de consulta)"
        case .helpFilterAccept: "conservar el filtro y volver a la lista"
        case .helpFilterCancel: "borrar el filtro"
        case .helpFilterDeleteBackward: "borrar el carácter antes del cursor"
        case .helpFilterDeleteWord: "borrar la palabra antes del cursor"
        case .helpFilterDeleteToStart: "borrar hasta el inicio"
        case .helpFilterCursorLeft: "cursor a la izquierda"
        case .helpFilterCursorRight: "cursor a la derecha"
        case .helpFilterCursorHome: "cursor al inicio"
        case .helpFilterCursorEnd: "cursor al final"
        case .helpToggleHelp: "esta ayuda (? o Esc la cierra)"
        case .helpQuit: "salir"
        case .helpRepaint: "volver a dibujar la pantalla"
        case .helpSuspend: "suspender al shell (fg regresa)"
        case .hintPanes: "paneles"
        case .hintOpen: "abrir ▸"
        case .hintNextLink: "enlace sig."
        case .hintBack: "regresar"
        case .hintSort: "ordenar"
        case .hintFilter: "filtrar"
        case .hintHelp: "ayuda"
        case .hintQuit: "salir"
        case .hintKeep: "conservar"
        case .hintClear: "borrar"
        case .hintClearLine: "borrar línea"
        case .hintClose: "cerrar"
        case .keySpace: "Espacio"
        case .keyControl: "Ctrl-{key}"
        case .keyPageUp: "RePág"
        case .keyPageDown: "AvPág"
        case .keyHome: "Inicio"
        case .keyEnd: "Fin"
        case .keyEnter: "Enter"
        case .keyEscape: "Esc"
        case .keyBackspace: "Retroceso"
        case .keyDelete: "Supr"
        case .keyInsert: "Insert"
        case .keyTab: "Tab"
        case .keyBackTab: "Mayús-Tab"
        case .fieldTitle: "Título"
        case .fieldTextsChecked: "Traducciones revisadas"
        case .mayBeOutdated: "(puede estar desactualizado)"
        case .fieldTitleEs: "Título en español"
        case .fieldSummaryEs: "Resumen en español"
        case .undoRefusedContact: "no se puede deshacer: alguien modificó {id} después"
        case .undoRefusedContactInUse: "no se puede deshacer: el caso {caseID} ya menciona a {id}"
        case .helpEditLineBreak: "salto de línea en un resumen o nota"
        case .helpEditMerged: "editar un valor combinado en el formulario"
        case .hintEditMerged: "editar"
        case .fieldName: "Nombre"
        case .formNewContact: "Contacto nuevo {id}"
        case .formEditContact: "Editar contacto {id}"
        case .keptTheirsContact: "se conservó la otra versión de {id}; su cambio no se guardó"
        case .conflictTitleSomeone: "Otra persona modificó {id} mientras usted lo editaba: elija un valor para cada campo"
        case .conflictTheirsSomeone: "De la otra persona"
        case .undoneCreation: "deshecho: {id} quedó eliminado; su historial lo conserva"
        case .historyDeleted: "eliminado"
        case .caseDeletedMeanwhile: "{id} fue eliminado mientras tanto: no se puede guardar"
        case .helpContactReached: "panel de contactos: se contactó a la persona ahora"
        case .fieldStatus: "Estado"
        case .fieldPriority: "Prioridad"
        case .fieldMarking: "Clasificación"
        case .fieldReleasable: "Compartible con México"
        case .fieldLead: "Dependencia líder"
        case .fieldRegion: "Región"
        case .fieldOwner: "Responsable"
        case .fieldNote: "Nota"
        case .yes: "sí"
        case .no: "no"
        case .formNewCase: "Caso nuevo {id}"
        case .newRecordID: "ID nuevo"
        case .formEditCase: "Editar caso {id}"
        case .formAddNote: "Nota en {id}"
        case .formStatus: "Estado de {id}"
        case .formPriority: "Prioridad de {id}"
        case .formMarking: "Clasificación de {id}"
        case .formNextAction: "Siguiente acción de {id}"
        case .formReopenNote: "reapertura: explique el motivo en la nota"
        case .pickMatches: "coincidencias:"
        case .notADate: "no es una fecha (2026-12-03, +3d, +2w, hoy, mañana)"
        case .required: "obligatorio"
        case .discardQuestion: "¿Descartar los cambios? y sí · n no"
        case .conflictTitle: "{user} modificó {id} mientras usted lo editaba: elija un valor para cada campo"
        case .conflictMine: "Mío"
        case .conflictTheirs: "De {user}"
        case .historyTitle: "Historial de {id}"
        case .historyCreated: "creado"
        case .historyNoteAdded: "nota agregada"
        case .historyEmpty: "sin historial registrado"
        case .historyNoteReleasable: "nota, liberable a México"
        case .historyNoteNotReleasable: "nota, no liberable"
        case .historyDeletedName: "eliminado (se deshizo su creación): {name}"
        case .historyUndoes: "deshace la v{version}"
        case .historyEmptyValue: "(vacío)"
        case .historyEntryTitle: "Historial de {id}: v{version}"
        case .helpOpenHistoryEntry: "ver completa la entrada seleccionada"
        case .helpHistoryBack: "volver a la lista, o cerrar el historial"
        case .hintWholeEntry: "entrada completa"
        case .conflictDifferenceLegend: "«…» marca dónde difieren los dos valores"
        case .notSaved: "no se guardó: {reason}"
        case .waitingForSave: "esperando a que termine el guardado de {login}…"
        case .waitingForAnotherSave: "esperando a que termine el guardado de otro oficial…"
        case .editOnlyCases: "esta tecla funciona en el panel de casos"
        case .changesDiscarded: "cambios descartados"
        case .fixMarkedFields: "corrija los campos marcados para guardar"
        case .nothingChanged: "no hubo cambios"
        case .pickEverySide: "primero elija un valor para cada campo"
        case .keptTheirs: "se conservó la versión de {user}"
        case .undone: "deshecho: {id} queda en la versión {version}"
        case .savedCase: "se guardó {id} (versión {version})"
        case .noteAdded: "nota agregada a {id}"
        case .undoRefused: "no se puede deshacer: {user} modificó {id} después"
        case .mergedWith: "combinado con el cambio de {user}"
        case .nothingToUndo: "nada suyo que deshacer"
        case .groupEditing: "Edición (se guarda al momento)"
        case .groupFormInput: "En un formulario"
        case .groupConflictInput: "Resolver un conflicto; historial"
        case .helpAddNote: "agregar una nota al caso"
        case .helpEditRecord: "editar el caso o contacto seleccionado"
        case .helpNewRecord: "caso nuevo, o contacto nuevo en el panel de contactos"
        case .helpChangeStatus: "cambiar estado (reabrir pide una nota)"
        case .helpChangePriority: "cambiar prioridad"
        case .helpChangeMarking: "cambiar clasificación"
        case .helpSetNextAction: "siguiente acción y fecha límite"
        case .helpUndo: "deshacer su último cambio"
        case .helpShowHistory: "historial del caso o del contacto"
        case .helpEditAccept: "guardar"
        case .helpEditCancel: "cerrar (pregunta antes de descartar cambios)"
        case .helpEditNextField: "campo siguiente"
        case .helpEditPreviousField: "campo anterior"
        case .helpEditNextPick: "siguiente opción de la lista (si no, campo siguiente)"
        case .helpEditPreviousPick: "opción anterior de la lista (si no, campo anterior)"
        case .helpEditComplete: "tomar la opción resaltada"
        case .helpEditDeleteForward: "borrar el carácter bajo el cursor"
        case .helpEditCursorLeft: "cursor a la izquierda; opción anterior"
        case .helpEditCursorRight: "cursor a la derecha; opción siguiente"
        case .helpConfirmDiscard: "sí, descartar los cambios"
        case .helpKeepEditing: "no, seguir editando"
        case .helpPickMine: "tomar mi valor"
        case .helpPickTheirs: "tomar su valor"
        case .helpSaveResolved: "guardar los valores elegidos"
        case .helpKeepTheirs: "renunciar a mi cambio y conservar el suyo"
        case .helpCloseHistory: "cerrar el historial"
        case .hintSave: "guardar"
        case .hintCancel: "cancelar"
        case .hintNextField: "campo siguiente"
        case .hintPick: "elegir"
        case .hintDiscard: "descartar"
        case .hintKeepEditing: "seguir editando"
        case .hintMine: "mío"
        case .hintTheirs: "suyo"
        case .draftOffer: "Se conservó un borrador sin guardar de {id}: r lo restaura, cualquier otra tecla lo descarta"
        case .helpExport: "Exportar el caso seleccionado como informe"
        case .helpExportField: "Pregunta siguiente o anterior"
        case .helpExportValue: "Cambiar la respuesta"
        case .helpExportConfirm: "Escribir el informe"
        case .helpExportCancel: "Cerrar sin escribir"
        case .groupExportInput: "Exportación"
        case .helpRestoreDraft: "Restaurar el borrador sin guardar que conservó una señal"
        case .helpDropDraft: "Descartar el borrador (cualquier otra tecla también)"
        case .groupDraftOffer: "Oferta de borrador"
        case .hintExportField: "pregunta"
        case .hintExportValue: "cambiar"
        case .hintExportWrite: "escribir"
        case .exportTitle: "Exportar {id}"
        case .exportFormat: "Formato"
        case .exportLanguage: "Idioma"
        case .exportReleasable: "Liberable a México"
        case .exportYes: "sí"
        case .exportNo: "no"
        case .exportWritten: "Informe escrito: {path}"
        case .exportFailed: "No se exportó: {reason}"
        case .exportOnlyCases: "la exportación funciona en el panel de casos"
        case .groupQuickStatus: "Menú de estado (S)"
        case .groupQuickPriority: "Menú de prioridad (p)"
        case .groupQuickMarking: "Menú de clasificación (m)"
        case .groupUndoConfirmation: "Pregunta antes de deshacer"
        case .quickStatusNew: "nuevo"
        case .quickStatusActive: "activo"
        case .quickStatusWaiting: "en espera"
        case .quickStatusClosed: "cerrado"
        case .quickPriorityLow: "baja"
        case .quickPriorityMedium: "media"
        case .quickPriorityHigh: "alta"
        case .quickPriorityCritical: "crítica"
        case .quickMarkingClear: "TLP:CLEAR"
        case .quickMarkingGreen: "TLP:GREEN"
        case .quickMarkingAmber: "TLP:AMBER"
        case .quickMarkingAmberStrict: "TLP:AMBER+STRICT"
        case .quickMarkingRed: "TLP:RED"
        case .helpQuickChangeCancel: "Cerrar sin cambiar"
        case .quickStatusTitle: "Estado de {id}"
        case .quickPriorityTitle: "Prioridad de {id}"
        case .quickMarkingTitle: "Clasificación de {id}"
        case .quickChangeCurrent: "(actual)"
        case .undoAskValue: "¿Deshacer {field} de {id}: {now} → {then}? y/n"
        case .undoAskFields: "¿Deshacer el cambio de {fields} en {id}? y/n"
        case .undoAskCreation: "¿Deshacer la creación de {id} (se elimina)? y/n"
        case .undoKept: "no se deshizo nada"
        case .helpConfirmUndo: "Deshacerlo"
        case .helpCancelUndo: "Conservarlo (cualquier otra tecla también)"
        }
    }
}

import EnlaceModel

/// A form being filled in: a case (`n`/`e`), a note (`a`) or one quick change (`S`, `p`, `m`,
/// `d`). Its text survives reloads of the data; it is saved only when accepted and valid.
public struct EditForm: Sendable, Equatable {
    public var purpose: EditPurpose
    public internal(set) var fields: [FormField]
    /// The fields as the form opened, to know whether `Esc` throws anything away.
    var initialFields: [FormField]
    public internal(set) var focus = 0
    public internal(set) var problems: [FormFieldID: FieldProblem] = [:]
    /// `Esc` with changes asks first; this is the question on screen.
    public internal(set) var isConfirmingDiscard = false
    /// The candidate of the focused picker that `Ctrl-N` takes.
    public internal(set) var pickIndex = 0

    public init(purpose: EditPurpose, fields: [FormField], focus: Int = 0) {
        self.purpose = purpose
        self.fields = fields
        self.initialFields = fields
        self.focus = min(max(0, focus), max(0, fields.count - 1))
    }

    public var hasChanges: Bool { fields != initialFields }
    public var focusedField: FormField? { fields.indices.contains(focus) ? fields[focus] : nil }

    public func value(_ id: FormFieldID) -> FormValue? { fields.first { $0.id == id }?.value }
    public func text(_ id: FormFieldID) -> String { value(id)?.text ?? "" }
    func flag(_ id: FormFieldID) -> Bool {
        if case .flag(let value)? = value(id) { return value }
        return false
    }

    mutating func moveFocus(by offset: Int) {
        guard !fields.isEmpty else { return }
        focus = (focus + offset + fields.count) % fields.count
        pickIndex = 0
    }

    /// Edits the focused text field; does nothing on a flag or a choice.
    mutating func editText(_ change: (inout LineEditor) -> Void) {
        guard fields.indices.contains(focus), case .text(var editor) = fields[focus].value else { return }
        change(&editor)
        fields[focus].value = .text(editor)
        problems[fields[focus].id] = nil
        pickIndex = 0
    }

    /// Typing on a flag or a choice: Space flips or steps; a letter picks the first option that
    /// starts with it (`y`/`n`, `s` for `si`, on a flag).
    mutating func type(_ text: String) {
        guard fields.indices.contains(focus) else { return }
        switch fields[focus].value {
        case .text:
            let multiLine = fields[focus].id.isMultiLine
            editText { $0.insert(text, keepingLineBreaks: multiLine) }
        case .flag(let value):
            let lower = text.lowercased()
            if lower == " " { fields[focus].value = .flag(!value) }
            else if lower.hasPrefix("y") || lower.hasPrefix("s") { fields[focus].value = .flag(true) }
            else if lower.hasPrefix("n") { fields[focus].value = .flag(false) }
        case .choice(let options, let selected):
            if text == " " {
                fields[focus].value = .choice(options: options, selected: (selected + 1) % max(1, options.count))
            } else if let index = options.firstIndex(where: { $0.lowercased().hasPrefix(text.lowercased()) })
                        ?? options.firstIndex(where: { $0.lowercased().contains(text.lowercased()) }) {
                fields[focus].value = .choice(options: options, selected: index)
            }
        }
        problems[fields[focus].id] = nil
    }

    /// ←/→ on a choice steps through the options; on a flag flips it.
    mutating func step(by offset: Int) -> Bool {
        guard fields.indices.contains(focus) else { return false }
        switch fields[focus].value {
        case .text: return false
        case .flag(let value): fields[focus].value = .flag(!value)
        case .choice(let options, let selected):
            fields[focus].value = .choice(options: options, selected: (selected + offset + options.count) % max(1, options.count))
        }
        return true
    }

    mutating func setText(_ id: FormFieldID, _ text: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }) else { return }
        fields[index].value = .text(LineEditor(text))
    }

    /// Picks `option` (a raw value) in the choice field `id`, as a quick-change letter does.
    mutating func choose(_ id: FormFieldID, _ option: String) {
        guard let index = fields.firstIndex(where: { $0.id == id }),
              case .choice(let options, _) = fields[index].value,
              let selected = options.firstIndex(of: option) else { return }
        fields[index].value = .choice(options: options, selected: selected)
    }

    mutating func setProblems(_ problems: [FormFieldID: FieldProblem]) { self.problems = problems }
    mutating func setConfirmingDiscard(_ asking: Bool) { isConfirmingDiscard = asking }
    mutating func movePick(by offset: Int) { pickIndex = max(0, pickIndex + offset) }
}

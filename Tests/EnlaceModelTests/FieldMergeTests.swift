import EnlaceModel
import Testing

@Suite("three-way field merge of two edits of one case")
struct FieldMergeTests {
    let base = TestData.makeCase(nextAction: "call FGR", notes: ["first"])

    @Test("changes to different fields both land, on their version")
    func differentFields() {
        var mine = base
        mine.priority = .critical
        var theirs = base
        theirs.nextAction = "visit SEMAR"
        theirs.version = base.version + 1
        let result = FieldMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.priority == .critical)
        #expect(result.merged.nextAction == "visit SEMAR")
        #expect(result.merged.version == theirs.version)
    }

    @Test("the same field changed differently is a conflict that keeps theirs until picked")
    func sameFieldConflict() {
        var mine = base
        mine.nextAction = "mine"
        mine.status = .waiting
        var theirs = base
        theirs.nextAction = "theirs"
        let result = FieldMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts == [.nextAction])
        #expect(result.merged.nextAction == "theirs")
        #expect(result.merged.status == .waiting)
    }

    @Test("the same field changed to the same value is no conflict")
    func sameValue() {
        var mine = base
        mine.due = nil
        var theirs = base
        theirs.due = nil
        #expect(FieldMerge.merge(base: base, mine: mine, theirs: theirs).conflicts.isEmpty)
    }

    @Test("notes both sides added are all kept, theirs first")
    func notesUnion() {
        var mine = base
        mine.notes.append(Note(at: base.createdAt, author: "me", text: "mine"))
        var theirs = base
        theirs.notes.append(Note(at: base.createdAt, author: "them", text: "theirs"))
        let result = FieldMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.notes.map(\.text) == ["first", "theirs", "mine"])
    }

    @Test("nothing changed on my side takes theirs whole")
    func nothingMine() {
        var theirs = base
        theirs.title = "renamed"
        theirs.version = 7
        #expect(FieldMerge.merge(base: base, mine: base, theirs: theirs).merged == theirs)
    }

    @Test("CaseField.changed names exactly the fields that differ")
    func changedFields() {
        var other = base
        other.tags = ["x"]
        other.marking = .red
        other.version = 9
        #expect(CaseField.changed(from: base, to: other) == [.marking, .tags])
    }
}

@Suite("dates as officers type them")
struct DateInputTests {
    let today = TestData.day("2026-11-29")

    @Test("ISO dates, today and tomorrow, in both languages", arguments: [
        ("2026-12-03", "2026-12-03"), ("today", "2026-11-29"), ("Tomorrow", "2026-11-30"),
        ("hoy", "2026-11-29"), ("mañana", "2026-11-30"), (" 2027-01-01 ", "2027-01-01"),
    ])
    func words(input: String, expected: String) {
        #expect(DateInput.parse(input, today: today) == .day(TestData.day(expected)))
    }

    @Test("+3d and +2w count from today, across the month and year", arguments: [
        ("+3d", "2026-12-02"), ("+2w", "2026-12-13"), ("+40d", "2027-01-08"), ("-1d", "2026-11-28"), ("+0d", "2026-11-29"),
    ])
    func offsets(input: String, expected: String) {
        #expect(DateInput.parse(input, today: today) == .day(TestData.day(expected)))
    }

    @Test("blank means no date")
    func blank() {
        #expect(DateInput.parse("   ", today: today) == DateInput.Parsed.none)
    }

    @Test("what is not a date is refused", arguments: ["2026-13-01", "2026-02-30", "+d", "+3", "+3y", "soon", "+-3d", "+99999999d", "3d"])
    func refused(input: String) {
        #expect(DateInput.parse(input, today: today) == nil)
    }
}

@Suite("three-way merge of two edits of one contact")
struct ContactMergeTests {
    let base = Contact(id: "C-0001", name: "Ana", agency: "FGR", role: "prosecutor")

    @Test("different fields merge; the same field changed differently conflicts")
    func merge() {
        var mine = base
        mine.role = "chief"
        var theirs = base
        theirs.email = "ana@example.org"
        theirs.version = 2
        let clean = FieldMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(clean.conflicts.isEmpty)
        #expect(clean.merged.role == "chief" && clean.merged.email == "ana@example.org" && clean.merged.version == 2)
        theirs.role = "deputy"
        #expect(FieldMerge.merge(base: base, mine: mine, theirs: theirs).conflicts == [.role])
    }

    @Test("both reached the contact: the later time wins without a conflict")
    func lastContact() {
        var mine = base
        mine.lastContact = Timestamp(secondsSinceEpoch: 200)
        var theirs = base
        theirs.lastContact = Timestamp(secondsSinceEpoch: 100)
        let result = FieldMerge.merge(base: base, mine: mine, theirs: theirs)
        #expect(result.conflicts.isEmpty)
        #expect(result.merged.lastContact == Timestamp(secondsSinceEpoch: 200))
    }
}

import EnlaceText
import Glibc
import Testing

/// The width table against the system's own `wcwidth` (glibc in a UTF-8 locale), which is what
/// ncurses and the terminal measure with.
@Suite("Cell widths", .serialized)
struct CellWidthTests {
    /// libc's `wcwidth`, looked up at run time: `<wchar.h>` declares it only under
    /// `_XOPEN_SOURCE`, which the Glibc module is not built with.
    static func systemWidth(_ value: UInt32) -> Int {
        typealias WCWidth = @convention(c) (wchar_t) -> Int32
        guard let symbol = dlsym(nil /* RTLD_DEFAULT */, "wcwidth") else { return -2 }
        return Int(unsafeBitCast(symbol, to: WCWidth.self)(wchar_t(bitPattern: value)))
    }

    /// Why the table and the system may disagree on `scalar`; nil where they must agree.
    static func deliberateDifference(_ scalar: Unicode.Scalar, system: Int) -> String? {
        let value = scalar.value
        if value < 0x20 || (0x7F..<0xA0).contains(value) {
            return "a control: the system says -1, the table 0; SafeText shows it as a placeholder"
        }
        if value == 0x2028 || value == 0x2029 {
            return "line and paragraph separators: the system says -1; SafeText shows them as `�`, one cell"
        }
        guard let age = scalar.properties.age, scalar.properties.generalCategory != .unassigned,
              !scalar.properties.isNoncharacterCodePoint else {
            return "unassigned or a noncharacter: the system says -1 and no text should hold it"
        }
        if system == -1, age.major >= 15 {
            return "assigned in Unicode \(age.major).\(age.minor), newer than the system's tables (glibc 2.36 has 14.0)"
        }
        if age.major > 15 || (age.major == 15 && age.minor > 0) {
            return "assigned after Unicode 15.0, the data the table was generated from"
        }
        return nil
    }

    @Test("every scalar has the system's wcwidth, but for the listed deliberate differences")
    func matchesTheSystem() throws {
        let locale = try #require(setlocale(LC_CTYPE, "C.UTF-8"), "the C.UTF-8 locale is needed to ask wcwidth")
        _ = locale
        defer { setlocale(LC_CTYPE, "C") }
        try #require(Self.systemWidth(0x6F22) == 2, "wcwidth answers for CJK in a UTF-8 locale")
        var mismatches: [String] = []
        var deliberate = 0
        for value in UInt32(0)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let system = Self.systemWidth(value)
            let table = CellWidth.of(scalar)
            guard system != table else { continue }
            if Self.deliberateDifference(scalar, system: system) != nil {
                if scalar.properties.generalCategory != .unassigned { deliberate += 1 }
            } else if mismatches.count < 20 {
                mismatches.append("U+\(String(value, radix: 16, uppercase: true)): system \(system), table \(table)")
            }
        }
        #expect(mismatches.isEmpty, "\(mismatches.joined(separator: "; "))")
        // Controls, the two separators, and scalars newer than one side's Unicode data.
        #expect(deliberate > 0)
    }

    @Test("the ranges the old table had wrong follow the system", arguments: [
        (UInt32(0x4DC0), 2), (0x4DFF, 2), (0x3248, 2), (0xD7B0, 0), (0xD7FB, 0), (0x0600, 1), (0x0605, 1),
        (0x06DD, 1), (0x00AD, 1), (0x1160, 0), (0x200B, 0), (0x1F1E6, 1),
    ])
    func formerlyWrong(value: UInt32, cells: Int) throws {
        #expect(CellWidth.of(try #require(Unicode.Scalar(value))) == cells)
    }

    @Test("a flag is two cells: two regional indicators of one cell each, drawn as one")
    func flag() {
        #expect(CellWidth.of("🇲🇽" as Character) == 2)
        #expect(CellWidth.of("🇲🇽🇺🇸") == 4)
        #expect("🇲🇽🇺🇸".count == 2)
    }

    @Test("a ZWJ emoji sequence takes the cells of its first emoji, as tmux, kitty and WezTerm draw it")
    func zeroWidthJoinerSequence() {
        #expect(CellWidth.of("👨‍👩‍👧" as Character) == 2)
        #expect(CellWidth.of("👨‍👩‍👧‍👦" as Character) == 2)
        #expect(CellWidth.of("👩‍💻" as Character) == 2)
    }

    @Test("combining marks take no cell; spacing marks and jamo take what the terminal gives them")
    func combiningSequences() {
        #expect(CellWidth.of("e\u{301}" as Character) == 1)
        #expect(CellWidth.of("a\u{301}\u{323}\u{308}" as Character) == 1)
        #expect(CellWidth.of("\u{1100}\u{1161}\u{11A8}" as Character) == 2)  // 각 as jamo
        #expect(CellWidth.of("कि" as Character) == 2)
        #expect(CellWidth.of("می‌خواهم") == 7)  // the ZWNJ takes nothing
        #expect(CellWidth.of("東京") == 4)
    }
}

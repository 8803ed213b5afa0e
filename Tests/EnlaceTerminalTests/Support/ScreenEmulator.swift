import EnlaceText

/// A small VT100/xterm screen: enough of what ncurses sends for xterm-256color (cursor
/// addressing and moves, erasing, repeat, insert/delete, scrolling regions; colours and other
/// modes ignored) to read back what a user would see.
struct ScreenEmulator {
    let width: Int
    let height: Int
    private(set) var rows: [[Character]]
    private var x = 0
    private var y = 0
    private var pendingWrap = false
    private var top = 0
    private var bottom: Int
    private var last: Character = " "
    private var lastCell: (column: Int, row: Int)?
    private var joinsNext = false
    private var state: State = .ground
    private var parameters = ""
    private var decoder = UTF8Decoder()

    private enum State { case ground, escape, csi, osc, oscEscape, charset }

    private struct UTF8Decoder {
        var buffer: [UInt8] = []
        mutating func feed(_ byte: UInt8) -> Unicode.Scalar? {
            buffer.append(byte)
            var iterator = buffer.makeIterator()
            var codec = Unicode.UTF8()
            switch codec.decode(&iterator) {
            case .scalarValue(let scalar):
                buffer.removeAll()
                return scalar
            case .emptyInput: return nil
            case .error:
                // Incomplete so far, or invalid: give up after the longest sequence.
                if buffer.count >= 4 { buffer.removeAll(); return "\u{FFFD}" }
                return nil
            }
        }
    }

    init(width: Int = 80, height: Int = 24) {
        self.width = width
        self.height = height
        rows = Array(repeating: Array(repeating: " ", count: width), count: height)
        bottom = height - 1
    }

    /// The screen as text, a line a row, trailing blanks removed, wide characters once.
    var text: String {
        rows.map { row in
            var line = String(row.filter { $0 != "\u{0}" })
            while line.last == " " { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    mutating func feed(_ bytes: [UInt8]) {
        for byte in bytes { feed(byte) }
    }

    private mutating func feed(_ byte: UInt8) {
        switch state {
        case .ground: ground(byte)
        case .escape: escape(byte)
        case .csi:
            if (0x40...0x7E).contains(byte) {
                csi(final: Character(Unicode.Scalar(byte)))
                state = .ground
            } else {
                parameters.append(Character(Unicode.Scalar(byte)))
            }
        case .osc: if byte == 0x07 { state = .ground } else if byte == 0x1B { state = .oscEscape }
        case .oscEscape: state = byte == 0x5C ? .ground : .osc
        case .charset: state = .ground
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if byte < 0x80, !decoder.buffer.isEmpty { decoder.buffer.removeAll() }
        switch byte {
        case 0x1B: state = .escape
        case 0x0D: x = 0; pendingWrap = false
        case 0x0A: lineFeed()
        case 0x08: if x > 0 { x -= 1 }; pendingWrap = false
        case 0x09: x = min(width - 1, (x / 8 + 1) * 8)
        case 0x00..<0x20, 0x7F: break
        default:
            if let scalar = decoder.feed(byte) { put(scalar) }
        }
    }

    private mutating func escape(_ byte: UInt8) {
        state = .ground
        switch byte {
        case UInt8(ascii: "["): state = .csi; parameters = ""
        case UInt8(ascii: "]"), UInt8(ascii: "P"): state = .osc
        case UInt8(ascii: "("), UInt8(ascii: ")"): state = .charset
        case UInt8(ascii: "M"): reverseIndex()
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): x = 0; lineFeed()
        default: break
        }
    }

    private mutating func put(_ scalar: Unicode.Scalar) {
        let cells = CellWidth.of(scalar)
        // A mark, or (as tmux 3.3 and later do) a character after a ZERO WIDTH JOINER, goes into
        // the cell of the character before it.
        if cells == 0 || joinsNext, let (column, row) = lastCell {
            rows[row][column] = Character(String(rows[row][column]) + String(scalar))
            joinsNext = scalar == CellWidth.zeroWidthJoiner
            return
        }
        joinsNext = false
        if pendingWrap { x = 0; lineFeed(); pendingWrap = false }
        if cells == 2, x == width - 1 { x = 0; lineFeed() }
        rows[y][x] = Character(scalar)
        if cells == 2 { rows[y][x + 1] = "\u{0}" }
        lastCell = (x, y)
        last = Character(scalar)
        if x + cells >= width { x = width - 1; pendingWrap = true } else { x += cells }
    }

    private mutating func csi(final: Character) {
        let isPrivate = parameters.hasPrefix("?") || parameters.hasPrefix(">")
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        func number(_ index: Int, _ fallback: Int) -> Int {
            guard index < numbers.count, let value = numbers[index], value != 0 else { return fallback }
            return value
        }
        guard !isPrivate else { return }
        if final != "b" { pendingWrap = false }
        switch final {
        case "H", "f": y = min(height - 1, number(0, 1) - 1); x = min(width - 1, number(1, 1) - 1)
        case "A": y = max(0, y - number(0, 1))
        case "B": y = min(height - 1, y + number(0, 1))
        case "C": x = min(width - 1, x + number(0, 1))
        case "D": x = max(0, x - number(0, 1))
        case "G", "`": x = min(width - 1, number(0, 1) - 1)
        case "d": y = min(height - 1, number(0, 1) - 1)
        case "K":
            let mode = numbers.first.flatMap { $0 } ?? 0
            let range = mode == 0 ? x..<width : mode == 1 ? 0..<(x + 1) : 0..<width
            for column in range { rows[y][column] = " " }
        case "J":
            let mode = numbers.first.flatMap { $0 } ?? 0
            if mode == 0 {
                for column in x..<width { rows[y][column] = " " }
                for row in (y + 1)..<height { rows[row] = Array(repeating: " ", count: width) }
            } else if mode == 1 {
                for row in 0..<y { rows[row] = Array(repeating: " ", count: width) }
                for column in 0...x { rows[y][column] = " " }
            } else {
                rows = Array(repeating: Array(repeating: " ", count: width), count: height)
            }
        case "X": for column in x..<min(width, x + number(0, 1)) { rows[y][column] = " " }
        case "b": for _ in 0..<number(0, 1) { put(last.unicodeScalars.first ?? " ") }
        case "P":
            let count = min(number(0, 1), width - x)
            rows[y].removeSubrange(x..<(x + count))
            rows[y] += Array(repeating: " ", count: count)
        case "@":
            let count = min(number(0, 1), width - x)
            rows[y].insert(contentsOf: Array(repeating: " ", count: count), at: x)
            rows[y].removeLast(count)
        case "r": top = number(0, 1) - 1; bottom = number(1, height) - 1; x = 0; y = 0
        case "L": if (top...bottom).contains(y) { for _ in 0..<number(0, 1) { scrollDown(from: y) } }
        case "M": if (top...bottom).contains(y) { for _ in 0..<number(0, 1) { scrollUp(from: y) } }
        case "S": for _ in 0..<number(0, 1) { scrollUp(from: top) }
        case "T": for _ in 0..<number(0, 1) { scrollDown(from: top) }
        default: break
        }
    }

    private mutating func lineFeed() {
        if y == bottom { scrollUp(from: top) } else if y < height - 1 { y += 1 }
    }

    private mutating func reverseIndex() {
        if y == top { scrollDown(from: top) } else if y > 0 { y -= 1 }
    }

    private mutating func scrollUp(from row: Int) {
        rows.remove(at: row)
        rows.insert(Array(repeating: " ", count: width), at: bottom)
    }

    private mutating func scrollDown(from row: Int) {
        rows.remove(at: bottom)
        rows.insert(Array(repeating: " ", count: width), at: row)
    }
}

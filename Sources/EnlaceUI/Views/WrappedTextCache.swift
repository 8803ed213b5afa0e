import EnlaceText
import Synchronization

/// Long texts wrapped by earlier paints, so that a huge summary is wrapped once per width and
/// not on every keystroke while its case is selected.
///
/// A memo, shared by every copy of an `AppState`: what it answers depends only on the text and
/// the width asked about, so views stay functions of the state. A text is found again by `==`,
/// which costs nothing when both strings share their storage, as every read of a case's long
/// texts does (`Case` keeps texts of 64 KiB and more as the strings it was given); the lengths
/// are compared first, so a different text of another length costs nothing either.
final class WrappedTextCache: Sendable {
    /// Texts shorter than this (in UTF-8 bytes) are wrapped on every paint: as fast as a lookup.
    static let minimumSize = 4096
    /// The most texts kept, the least recently used given up first: a case's long texts at the
    /// width of the detail, and those of the case before it.
    static let capacity = 8

    private struct Entry {
        let text: String
        let width: Int
        let wrapped: WrappedText
    }

    private struct Memo {
        /// Most recently used last.
        var entries: [Entry] = []
        var textsWrapped = 0
        var linesMade = 0
    }

    private let memo = Mutex(Memo())

    init() {}

    /// How many long texts were wrapped (those shorter than `minimumSize` are not counted):
    /// a count of work, for tests.
    var textsWrapped: Int { memo.withLock { $0.textsWrapped } }

    /// How many lines of wrapped paragraphs a detail has made to be drawn or looked at: a count
    /// of work, for tests.
    var linesMade: Int { memo.withLock { $0.linesMade } }

    func countLineMade() { memo.withLock { $0.linesMade += 1 } }

    /// `WordWrap.wrapped(text, width:)`, from an earlier call with the same text and width when
    /// the text is long.
    func wrapped(_ text: String, width: Int) -> WrappedText {
        let size = text.utf8.count
        guard size >= Self.minimumSize, width > 0 else { return WordWrap.wrapped(text, width: width) }
        let found: WrappedText? = memo.withLock { memo in
            guard let index = memo.entries.lastIndex(where: { $0.width == width && $0.text.utf8.count == size && $0.text == text })
            else { return nil }
            let entry = memo.entries.remove(at: index)
            // Kept with this string: an equal text in other storage is found at once next time.
            memo.entries.append(Entry(text: text, width: width, wrapped: entry.wrapped))
            return entry.wrapped
        }
        if let found { return found }
        // Wrapped outside the lock: it takes a while, and nothing else waits for it.
        let wrapped = WordWrap.wrapped(text, width: width)
        memo.withLock { memo in
            memo.textsWrapped += 1
            memo.entries.append(Entry(text: text, width: width, wrapped: wrapped))
            if memo.entries.count > Self.capacity { memo.entries.removeFirst(memo.entries.count - Self.capacity) }
        }
        return wrapped
    }
}

extension WrappedTextCache: Equatable {
    /// A memo never makes two states differ.
    static func == (lhs: WrappedTextCache, rhs: WrappedTextCache) -> Bool { true }
}

import ArgumentParser
import EnlaceModel
import EnlaceStore
import Foundation

/// Shell completion of the ids a data directory holds: case ids, contact ids and agency codes.
///
/// Runs on every Tab, so it reads as little as it can and writes nothing (no lock, no list
/// index, no `.cache`): case ids are the names of the files under `cases/`, which a directory
/// listing gives without opening one; contact ids and agency codes are read from
/// `contacts.json` and `agencies.json`. A directory it cannot read completes to nothing.
enum DataCompletion {
    /// The completion kinds the commands use.
    static let caseIDs = CompletionKind.custom { words, _, prefix in caseIDs(words: words, prefix: prefix) }
    static let contactIDs = CompletionKind.custom { words, _, prefix in contactIDs(words: words, prefix: prefix) }
    static let agencyCodes = CompletionKind.custom { words, _, prefix in agencyCodes(words: words, prefix: prefix) }
    static let filter = CompletionKind.custom { words, _, prefix in filterTerms(words: words, prefix: prefix) }

    /// The data directory the command line being completed names: its `--data`, else the
    /// usual rule (`$ENLACE_DATA`, `$XDG_DATA_HOME/enlace`, `~/.local/share/enlace`).
    static func directory(words: [String]) -> URL {
        var explicit: String?
        for (index, word) in words.enumerated() {
            if word == "--data", index + 1 < words.count { explicit = words[index + 1] }
            if word.hasPrefix("--data=") { explicit = String(word.dropFirst("--data=".count)) }
        }
        return DataDirectory.locate(explicit: explicit.flatMap { $0.isEmpty ? nil : $0 })
    }

    /// `MX-2026-0001`… from the names of `cases/*.json`; a deleted case's hidden tombstone is not one.
    static func caseIDs(words: [String], prefix: String) -> [String] {
        let cases = directory(words: words).appendingPathComponent("cases").path
        let names = (try? FileManager.default.contentsOfDirectory(atPath: cases)) ?? []
        let ids = names.compactMap { name -> String? in
            guard !name.hasPrefix("."), name.hasSuffix(".json") else { return nil }
            return String(name.dropLast(".json".count))
        }
        return matching(ids, prefix: prefix)
    }

    /// `C-0001`… from `contacts.json`.
    static func contactIDs(words: [String], prefix: String) -> [String] {
        matching(values(of: "id", in: directory(words: words).appendingPathComponent("contacts.json")), prefix: prefix)
    }

    /// `DEA`, `FGR`… from `agencies.json`.
    static func agencyCodes(words: [String], prefix: String) -> [String] {
        matching(values(of: "code", in: directory(words: words).appendingPathComponent("agencies.json")), prefix: prefix)
    }

    /// A `--filter` term: a field name (`status:`) or `overdue`, and after `agency:` or `lead:`
    /// the board's agency codes (the last of a list: `agency:DEA,F` → `agency:DEA,FGR`).
    static func filterTerms(words: [String], prefix: String) -> [String] {
        let negation = prefix.hasPrefix("-") ? "-" : ""
        let term = prefix.dropFirst(negation.count)
        guard let colon = term.firstIndex(of: ":") else {
            return matching(QueryField.validNames.map { $0 == Query.overdueKeyword ? $0 : $0 + ":" }, prefix: String(term))
                .map { negation + $0 }
        }
        guard let field = QueryField(named: String(term[..<colon])), field == .agency || field == .lead else { return [] }
        let value = term[term.index(after: colon)...]
        let listed = value.lastIndex(of: ",").map { value[...$0] } ?? ""
        let typed = value.dropFirst(listed.count)
        let head = negation + term[...colon] + listed
        return agencyCodes(words: words, prefix: String(typed)).map { head + $0 }
    }

    /// `names` that start with `prefix`, in any case, sorted.
    static func matching(_ names: [String], prefix: String) -> [String] {
        let typed = prefix.lowercased()
        return names.filter { $0.lowercased().hasPrefix(typed) }.sorted()
    }

    /// The string `key` of each object of the JSON array in `file`; none when it is not one.
    static func values(of key: String, in file: URL) -> [String] {
        // The same bound as the store's: a completion never reads a file the board would refuse.
        guard let size = (try? FileManager.default.attributesOfItem(atPath: file.path))?[.size] as? Int,
              size <= 64 * 1024 * 1024,
              let data = try? Data(contentsOf: file),
              let objects = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return objects.compactMap { $0[key] as? String }
    }
}

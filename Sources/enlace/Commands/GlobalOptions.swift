import ArgumentParser
import EnlaceStore
import EnlaceText
import Foundation

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .phrase(.dataHelp, value: .directoryValue))
    var data: String?

    @Option(name: .long, help: .phrase(.langHelp, value: .languageValue))
    var lang: Language?

    @Option(name: .long, help: .phrase(.lockTimeoutHelp, value: .secondsValue))
    var lockTimeout: Double = 5

    var dataDirectory: URL { DataDirectory.locate(explicit: data) }

    /// The store of the data directory, waiting `--lock-timeout` (between 0 and an hour) for the lock.
    func store(mode: Store.Mode = .readWrite) -> Store {
        let seconds = lockTimeout.isFinite ? min(max(lockTimeout, 0), 3600) : 5
        return Store(directory: dataDirectory, mode: mode, lockTimeout: .milliseconds(Int(seconds * 1000)))
    }

    /// The language before the board is read (for errors that come first).
    var preliminaryLanguage: Language { Language.choose(explicit: lang, boardDefault: nil) }

    /// The language once the board's default is known.
    func language(boardDefault: String) -> Language {
        Language.choose(explicit: lang, boardDefault: Language(rawValue: boardDefault))
    }
}

extension Language: ExpressibleByArgument {}

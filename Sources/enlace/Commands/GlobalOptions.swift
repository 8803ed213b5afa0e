import ArgumentParser
import EnlaceStore
import EnlaceText
import Foundation

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: .phrase(.dataHelp, value: .directoryValue), completion: .directory)
    var data: String?

    @Option(name: .long, help: .phrase(.langHelp, value: .languageValue))
    var lang: Language?

    // Unconditional: `--lock-timeout -5` is a value to refuse as not positive, not a missing one.
    @Option(name: .long, parsing: .unconditional, help: .phrase(.lockTimeoutHelp, value: .secondsValue))
    var lockTimeout: Double = 5

    var dataDirectory: URL { DataDirectory.locate(explicit: data) }

    /// `--lock-timeout` is a real wait: `inf` would hang a script, `nan` or `0` fail at once.
    func validate() throws {
        // An empty --data (an unset shell variable) must not quietly mean the default board.
        if data?.isEmpty == true { throw ValidationError(CLIError.emptyDataOption.message(preliminaryLanguage)) }
        guard lockTimeout.isFinite, lockTimeout > 0, lockTimeout <= 3600 else {
            throw ValidationError(CLIHelpPhrase.invalidLockTimeout(preliminaryLanguage))
        }
    }

    /// The store of the data directory, waiting `--lock-timeout` seconds for the lock.
    func store(mode: Store.Mode = .readWrite) -> Store {
        Store(directory: dataDirectory, mode: mode, lockTimeout: .milliseconds(Int((lockTimeout * 1000).rounded(.up))))
    }

    /// The language before the board is read (for errors that come first).
    var preliminaryLanguage: Language { Language.choose(explicit: lang, boardDefault: nil) }

    /// The language once the board's default is known.
    func language(boardDefault: String) -> Language {
        Language.choose(explicit: lang, boardDefault: Language(rawValue: boardDefault))
    }
}

extension Language: ExpressibleByArgument {}

import ArgumentParser
import EnlaceStore
import EnlaceText
import Foundation

/// Options every command takes: where the data is and which language to speak.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: "The data directory (else $ENLACE_DATA, else $XDG_DATA_HOME/enlace).")
    var data: String?

    @Option(name: .long, help: "Language: en or es (else the board's default, else LANG).")
    var lang: Language?

    var dataDirectory: URL { DataDirectory.locate(explicit: data) }

    /// The language before the board is read (for errors that come first).
    var preliminaryLanguage: Language { Language.choose(explicit: lang, boardDefault: nil) }

    /// The language once the board's default is known.
    func language(boardDefault: String) -> Language {
        Language.choose(explicit: lang, boardDefault: Language(rawValue: boardDefault))
    }
}

extension Language: ExpressibleByArgument {}

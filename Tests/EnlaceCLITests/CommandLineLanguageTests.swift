@testable import enlace
import EnlaceText
import Testing

/// The language of help and usage errors, settled before ArgumentParser parses.
@Suite("The command line's language before parsing")
struct CommandLineLanguageTests {
    @Test("--lang anywhere on the command line chooses, in either spelling, the last one winning")
    func explicit() {
        #expect(CommandLineLanguage.explicit(in: ["list", "cases", "--lang", "es"]) == .es)
        #expect(CommandLineLanguage.explicit(in: ["--lang=es", "list"]) == .es)
        #expect(CommandLineLanguage.explicit(in: ["--lang", "es", "list", "--lang=en"]) == .en)
        #expect(CommandLineLanguage.explicit(in: ["list"]) == nil)
    }

    @Test("a --lang after -- or with a value that is no language chooses nothing")
    func notALanguage() {
        #expect(CommandLineLanguage.explicit(in: ["note", "X", "--", "--lang", "es"]) == nil)
        #expect(CommandLineLanguage.explicit(in: ["--lang", "fr"]) == nil)
        #expect(CommandLineLanguage.explicit(in: ["--lang"]) == nil)
    }

    @Test("without --lang the locale variables choose, as everywhere in Enlace")
    func environment() {
        #expect(CommandLineLanguage.choose(arguments: ["list"], environment: ["LANG": "es_MX.UTF-8"]) == .es)
        #expect(CommandLineLanguage.choose(arguments: ["list"], environment: ["LC_ALL": "C", "LANG": "es_MX.UTF-8"]) == .en)
        #expect(CommandLineLanguage.choose(arguments: ["--lang", "en"], environment: ["LANG": "es_MX.UTF-8"]) == .en)
        #expect(CommandLineLanguage.choose(arguments: [], environment: [:]) == .en)
    }

    @Test("a request for help is parsed without its --lang, any other command line as given")
    func argumentsToParse() {
        #expect(CommandLineLanguage.argumentsToParse(["--help", "--lang", "es"]) == ["--help"])
        #expect(CommandLineLanguage.argumentsToParse(["--lang=es", "-h"]) == ["-h"])
        #expect(CommandLineLanguage.argumentsToParse(["help", "list", "--lang", "es"]) == ["help", "list"])
        #expect(CommandLineLanguage.argumentsToParse(["list", "--lang", "es"]) == ["list", "--lang", "es"])
        #expect(CommandLineLanguage.argumentsToParse(["--lang", "fr", "--help"]) == ["--lang", "fr", "--help"])
        #expect(CommandLineLanguage.argumentsToParse(["note", "X", "--", "--help", "--lang", "es"])
            == ["note", "X", "--", "--help", "--lang", "es"])
    }
}

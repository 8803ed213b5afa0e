@testable import enlace
import EnlaceText
import Testing

/// The table that puts ArgumentParser's English into Spanish, one phrase at a time.
@Suite("ArgumentParser's words in Spanish")
struct ArgumentParserWordingTests {
    struct Sample: CustomTestStringConvertible, Sendable {
        let english: String
        let spanish: String
        var testDescription: String { english }
    }

    static let errors: [Sample] = [
        Sample(english: "Unknown option '--filtr'. Did you mean '--filter'?",
               spanish: "Opción desconocida '--filtr'. ¿Quiso decir '--filter'?"),
        Sample(english: "Unknown option '--bogus'", spanish: "Opción desconocida '--bogus'"),
        Sample(english: "Missing expected argument '<tipo>'", spanish: "Falta el argumento '<tipo>'"),
        Sample(english: "Missing value for '--filter <consulta>'", spanish: "Falta el valor de '--filter <consulta>'"),
        Sample(english: "Unexpected argument 'c'", spanish: "Argumento inesperado 'c'"),
        Sample(english: "2 unexpected arguments: 'x', 'y'", spanish: "2 argumentos inesperados: 'x', 'y'"),
        Sample(english: "The option '--json' does not take any value, but 'yes' was specified.",
               spanish: "La opción '--json' no lleva valor, pero se indicó 'yes'."),
        Sample(english: "The value 'fr' is invalid for '--lang <idioma>'. Please provide one of 'en' and 'es'.",
               spanish: "El valor 'fr' no es válido para '--lang <idioma>'. Indique uno de estos: 'en', 'es'."),
        Sample(english: "The value 'pdf' is invalid for '--format <formato>'. Please provide one of 'md', 'txt', 'html' or 'json'.",
               spanish: "El valor 'pdf' no es válido para '--format <formato>'. Indique uno de estos: 'md', 'txt', 'html', 'json'."),
        Sample(english: "The value 'x' is invalid for '--rotate <segundos>'",
               spanish: "El valor 'x' no es válido para '--rotate <segundos>'"),
    ]

    @Test("each usage error of ArgumentParser has its Spanish, values kept", arguments: errors)
    func error(sample: Sample) {
        #expect(ArgumentParserWording.error(sample.english, in: .es) == sample.spanish)
        #expect(ArgumentParserWording.error(sample.english, in: .en) == sample.english)
    }

    @Test("every usage error in the table is matched by one of the samples")
    func everyErrorRuleHasASample() {
        for phrase in ArgumentParserWording.errorRules {
            let matched = Self.errors.contains { sample in
                ArgumentParserWording.errorRules.first {
                    ArgumentParserWording.replacing($0, at: .line, in: sample.english, language: .es) != nil
                } == phrase
            }
            #expect(matched, "no sample for \(phrase)")
        }
    }

    @Test("a message the table does not know is left as it is")
    func unknownMessage() {
        #expect(ArgumentParserWording.error("--rotate: indica un número entero", in: .es) == "--rotate: indica un número entero")
    }

    static let helpLines: [Sample] = [
        Sample(english: "OVERVIEW: Lista casos.", spanish: "DESCRIPCIÓN: Lista casos."),
        Sample(english: "USAGE: enlace <subcommand>", spanish: "USO: enlace <subcomando>"),
        Sample(english: "ARGUMENTS:", spanish: "ARGUMENTOS:"),
        Sample(english: "OPTIONS:", spanish: "OPCIONES:"),
        Sample(english: "SUBCOMMANDS:", spanish: "SUBCOMANDOS:"),
        Sample(english: "  See 'enlace help <subcommand>' for detailed help.",
               spanish: "  Más ayuda: 'enlace help <subcomando>'."),
        Sample(english: "Segundos. (default: 5.0)", spanish: "Segundos. (predeterminado: 5.0)"),
        Sample(english: "Idioma. (values: en, es)", spanish: "Idioma. (valores: en, es)"),
        Sample(english: "Modo. (values: a, b; default: a)", spanish: "Modo. (valores: a, b; predeterminado: a)"),
        Sample(english: "Show help information.", spanish: "Muestra esta ayuda."),
        Sample(english: "Show subcommand help information.", spanish: "Muestra la ayuda de un subcomando."),
        Sample(english: "board (default)", spanish: "board (predeterminado)"),
        Sample(english: "<subcommands>", spanish: "<subcomandos>"),
    ]

    @Test("each heading and fixed phrase of a help screen has its Spanish", arguments: helpLines)
    func helpLine(sample: Sample) {
        #expect(ArgumentParserWording.helpText(sample.english, in: .es) == sample.spanish)
        #expect(ArgumentParserWording.helpText(sample.english, in: .en) == sample.english)
    }

    @Test("every phrase of the help table is matched by one of the samples")
    func everyHelpRuleHasASample() {
        for (phrase, place) in ArgumentParserWording.helpRules {
            let matched = Self.helpLines.contains {
                ArgumentParserWording.replacing(phrase, at: place, in: $0.english, language: .es) != nil
            }
            #expect(matched, "no sample for \(phrase)")
        }
    }

    @Test("a help text of Enlace's own is left alone, even where it says 'default'")
    func ownTextUntouched() {
        let text = "Abre el tablero (the default board, values: none)."
        #expect(ArgumentParserWording.helpText(text, in: .es) == text)
    }

    @Test("ArgumentParser's list of allowed values loses its English 'and' and 'or'")
    func listedChoices() {
        #expect(ArgumentParserWording.listed("'en' and 'es'") == "'en', 'es'")
        #expect(ArgumentParserWording.listed("'a', 'b' or 'c'") == "'a', 'b', 'c'")
    }
}

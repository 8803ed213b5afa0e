import Foundation
import Testing

/// `--help` and usage errors of the real binary, in English and in Spanish: by `--lang es`
/// and by `LANG=es_MX.UTF-8`.
@Suite("Help and usage errors in both languages")
struct HelpLanguageTests {
    /// What ArgumentParser writes itself in English; none of it may be left in a Spanish screen.
    static let parserEnglish = [
        "OVERVIEW:", "USAGE:", "ARGUMENTS:", "OPTIONS:", "SUBCOMMANDS:", "Show help information",
        "Show subcommand help", "<subcommand", "for detailed help", "(default", "(values:", "default:",
    ]

    /// The two ways of asking for Spanish.
    enum SpanishBy: String, CaseIterable, Sendable {
        case option = "--lang es", locale = "LANG=es_MX.UTF-8"
    }

    static func run(_ arguments: [String], spanishBy: SpanishBy?, columns: Int? = nil) throws -> EnlaceProcess.Outcome {
        var environment: [String: String] = columns.map { ["COLUMNS": "\($0)"] } ?? [:]
        var arguments = arguments
        switch spanishBy {
        case .option: arguments += ["--lang", "es"]
        case .locale: environment["LANG"] = "es_MX.UTF-8"
        case nil: break
        }
        return try EnlaceProcess.run(arguments, environment: environment)
    }

    static func expectSpanish(_ text: String, _ context: String) {
        for phrase in parserEnglish {
            #expect(!text.contains(phrase), "\(context): English '\(phrase)' left in:\n\(text)")
        }
    }

    @Test("enlace --help is in English by default")
    func rootHelpEnglish() throws {
        let outcome = try Self.run(["--help"], spanishBy: nil)
        #expect(outcome.status == 0)
        let help = outcome.standardOutput
        for line in ["USAGE: enlace <subcommand>", "SUBCOMMANDS:", "  -h, --help              Show help information.",
                     "  board (default)         Open the board (the default).",
                     "  See 'enlace help <subcommand>' for detailed help."] {
            #expect(help.contains(line), "missing '\(line)' in:\n\(help)")
        }
    }

    @Test("enlace --help in Spanish", arguments: SpanishBy.allCases)
    func rootHelpSpanish(by: SpanishBy) throws {
        let outcome = try Self.run(["--help"], spanishBy: by)
        #expect(outcome.status == 0)
        let help = outcome.standardOutput
        for line in ["DESCRIPCIÓN: Un tablero en la terminal", "Códigos de salida: 0 hecho;", "USO: enlace <subcomando>",
                     "OPCIONES:", "  -h, --help              Muestra esta ayuda.", "SUBCOMANDOS:",
                     "  board (predeterminado)  Abre el tablero", "  list                    Lista casos, contactos o",
                     "  Más ayuda: 'enlace help <subcomando>'."] {
            #expect(help.contains(line), "missing '\(line)' in:\n\(help)")
        }
        Self.expectSpanish(help, "enlace --help")
    }

    @Test("enlace list --help is in English by default, with its values and defaults")
    func listHelpEnglish() throws {
        let outcome = try Self.run(["list", "--help"], spanishBy: nil)
        #expect(outcome.status == 0)
        let help = outcome.standardOutput
        for line in ["OVERVIEW: List cases, contacts or agencies, optionally filtered.",
                     "USAGE: enlace list <kind> [--filter <query>] [--json] [--data <dir>]", "ARGUMENTS:",
                     "  <kind>                  What to list: cases, contacts or agencies.", "(values:",
                     "  --lock-timeout <seconds>", "(default: 5.0)"] {
            #expect(help.contains(line), "missing '\(line)' in:\n\(help)")
        }
    }

    @Test("enlace list --help in Spanish, with its values and defaults", arguments: SpanishBy.allCases)
    func listHelpSpanish(by: SpanishBy) throws {
        let outcome = try Self.run(["list", "--help"], spanishBy: by)
        #expect(outcome.status == 0)
        let help = outcome.standardOutput
        for line in ["DESCRIPCIÓN: Lista casos, contactos o dependencias, con filtro opcional.",
                     "USO: enlace list <tipo> [--filter <consulta>] [--json] [--data <directorio>]", "ARGUMENTOS:",
                     "  <tipo>                  Qué listar: cases (casos), contacts (contactos) o",
                     "(valores: cases, contacts,", "  --filter <consulta>     Una consulta, como en el filtro del tablero:",
                     "  --lock-timeout <segundos>", "(predeterminado: 5.0)", "  -h, --help              Muestra esta ayuda."] {
            #expect(help.contains(line), "missing '\(line)' in:\n\(help)")
        }
        Self.expectSpanish(help, "enlace list --help")
    }

    @Test("--lang en wins over a Spanish locale")
    func explicitEnglish() throws {
        let outcome = try EnlaceProcess.run(["list", "--help", "--lang", "en"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(outcome.standardOutput.hasPrefix("OVERVIEW: List cases"))
    }

    @Test("a usage error is one line in English by default, and exits 1")
    func usageErrorEnglish() throws {
        let outcome = try Self.run(["list"], spanishBy: nil)
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "enlace: Missing expected argument '<kind>' (see enlace list --help)\n")
    }

    @Test("a usage error is one line in Spanish, and exits 1", arguments: SpanishBy.allCases)
    func usageErrorSpanish(by: SpanishBy) throws {
        let outcome = try Self.run(["list"], spanishBy: by)
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "enlace: Falta el argumento '<tipo>' (vea enlace list --help)\n")
    }

    /// A command line for each usage error ArgumentParser gives, and the start of its Spanish.
    static let usageErrors: [(arguments: [String], spanish: String)] = [
        (["list", "cases", "--filtr", "x"], "Opción desconocida '--filtr'. ¿Quiso decir '--filter'?"),
        (["list", "cases", "--bogus"], "Opción desconocida '--bogus'"),
        (["list"], "Falta el argumento '<tipo>'"),
        (["generate"], "Falta el argumento '--cases <cantidad>'"),
        (["list", "cases", "--filter"], "Falta el valor de '--filter <consulta>'"),
        (["note", "MX-2026-0001", "texto", "sobra"], "Argumento inesperado 'sobra'"),
        (["list", "cases", "x", "y"], "2 argumentos inesperados: 'x', 'y'"),
        (["list", "cases", "--json=yes"], "La opción '--json' no lleva valor, pero se indicó 'yes'."),
        (["list", "things"], "El valor 'things' no es válido para '<tipo>'. Indique uno de estos: 'cases', 'contacts', 'agencies'."),
        (["brief", "--format", "pdf"], "El valor 'pdf' no es válido para '--format <formato>'. Indique uno de estos: 'md', 'txt', 'html', 'json'."),
        (["kiosk", "--rotate", "x"], "El valor 'x' no es válido para '--rotate <segundos>'"),
    ]

    @Test("every usage error ArgumentParser gives is in Spanish, one line, exit code 1",
          arguments: usageErrors.indices)
    func everyUsageErrorSpanish(index: Int) throws {
        let (arguments, spanish) = Self.usageErrors[index]
        let directory = try TemporaryDirectory()
        let outcome = try EnlaceProcess.run(
            arguments + ["--data", directory.path + "/none"], environment: ["LANG": "es_MX.UTF-8"])
        #expect(outcome.status == 1)
        #expect(outcome.standardError == "enlace: \(spanish) (vea enlace \(arguments[0]) --help)\n", "\(arguments)")
    }

    /// Every subcommand the root help lists, and `help` itself.
    static func subcommands() throws -> [String] {
        let help = try EnlaceProcess.run(["--help"]).standardOutput
        let section = help.components(separatedBy: "SUBCOMMANDS:\n").last ?? ""
        // A wrapped description continues on a line indented further: not a name.
        let names = section.split(separator: "\n", omittingEmptySubsequences: false).prefix { !$0.isEmpty && $0.hasPrefix("  ") }
            .filter { !$0.hasPrefix("   ") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }
            .filter { !$0.isEmpty }
        return names + ["help"]
    }

    /// The prose of an unwrapped help screen: the overview's lines and each description.
    static func prose(of help: String) -> [String] {
        help.split(separator: "\n").compactMap { line -> String? in
            let text = line.hasPrefix("  ") ? (line.count > 26 ? String(line.dropFirst(26)) : "") : String(line)
            return text.split(separator: " ").count >= 2 ? text : nil
        }
    }

    @Test("every subcommand's help in Spanish has no text of its English help and fits 60 columns")
    func everySubcommandSpanish() throws {
        let names = try Self.subcommands()
        #expect(names.count >= 11, "subcommands found: \(names)")
        for name in [""] + names {
            let arguments = name.isEmpty ? ["--help"] : (name == "help" ? ["help", "help"] : [name, "--help"])
            let context = "enlace \(arguments.joined(separator: " "))"
            let english = try Self.run(arguments, spanishBy: nil, columns: 100_000).standardOutput
            let spanish = try Self.run(arguments, spanishBy: .option, columns: 100_000).standardOutput
            #expect(spanish.contains("USO: enlace"), "\(context):\n\(spanish)")
            Self.expectSpanish(spanish, context)
            let englishProse = Self.prose(of: english)
            #expect(!englishProse.isEmpty, "\(context): no English text found in:\n\(english)")
            for text in englishProse {
                #expect(!spanish.contains(text), "\(context): English '\(text)' left in:\n\(spanish)")
            }

            let narrow = try Self.run(arguments, spanishBy: .option, columns: 60)
            #expect(narrow.status == 0, "\(context): \(narrow.standardError)")
            // ArgumentParser never wraps the usage line; everything else fits.
            for line in narrow.standardOutput.split(separator: "\n") where !line.hasPrefix("USO:") {
                #expect(line.count <= 60, "\(context): too wide: '\(line)'")
            }
        }
    }
}

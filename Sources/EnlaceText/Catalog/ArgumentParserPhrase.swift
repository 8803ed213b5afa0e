/// The words swift-argument-parser writes itself: the headings of `--help` and its usage
/// errors.
///
/// Unlike every other section, the English text is not ours: it is ArgumentParser's own
/// (version 1.8.2), character for character, with `{name}` where it puts a value. The command
/// line finds these texts in ArgumentParser's output and replaces them by the Spanish; a test
/// runs the real binary to catch a new ArgumentParser that words them differently.
public enum ArgumentParserPhrase: String, CatalogSection {
    case overview, usage, argumentsHeading, optionsHeading, subcommandsHeading
    case helpFlag, helpCommandAbstract, subcommandValue, subcommandsValue, defaultSubcommand
    case defaultValue, possibleValues, possibleValuesAndDefault, detailedHelp
    case unknownOptionWithSuggestion, unknownOption, missingArgument, missingValue
    case unexpectedArgument, unexpectedArguments, valueNotTaken
    case invalidValueWithChoices, invalidValue

    public var english: String {
        switch self {
        case .overview: "OVERVIEW: {text}"
        case .usage: "USAGE: {usage}"
        case .argumentsHeading: "ARGUMENTS:"
        case .optionsHeading: "OPTIONS:"
        case .subcommandsHeading: "SUBCOMMANDS:"
        case .helpFlag: "Show help information."
        case .helpCommandAbstract: "Show subcommand help information."
        case .subcommandValue: "<subcommand>"
        case .subcommandsValue: "<subcommands>"
        case .defaultSubcommand: "(default)"
        case .defaultValue: "(default: {value})"
        case .possibleValues: "(values: {values})"
        case .possibleValuesAndDefault: "(values: {values}; default: {value})"
        case .detailedHelp: "See '{command} <subcommand>' for detailed help."
        case .unknownOptionWithSuggestion: "Unknown option '{option}'. Did you mean '{suggestion}'?"
        case .unknownOption: "Unknown option '{option}'"
        case .missingArgument: "Missing expected argument '{argument}'"
        case .missingValue: "Missing value for '{option}'"
        case .unexpectedArgument: "Unexpected argument '{argument}'"
        case .unexpectedArguments: "{count} unexpected arguments: '{arguments}'"
        case .valueNotTaken: "The option '{option}' does not take any value, but '{value}' was specified."
        case .invalidValueWithChoices: "The value '{value}' is invalid for '{argument}'. Please provide one of {choices}."
        case .invalidValue: "The value '{value}' is invalid for '{argument}'"
        }
    }

    public var spanish: String {
        switch self {
        case .overview: "DESCRIPCIÓN: {text}"
        case .usage: "USO: {usage}"
        case .argumentsHeading: "ARGUMENTOS:"
        case .optionsHeading: "OPCIONES:"
        case .subcommandsHeading: "SUBCOMANDOS:"
        case .helpFlag: "Muestra esta ayuda."
        case .helpCommandAbstract: "Muestra la ayuda de un subcomando."
        case .subcommandValue: "<subcomando>"
        case .subcommandsValue: "<subcomandos>"
        case .defaultSubcommand: "(predeterminado)"
        case .defaultValue: "(predeterminado: {value})"
        case .possibleValues: "(valores: {values})"
        case .possibleValuesAndDefault: "(valores: {values}; predeterminado: {value})"
        case .detailedHelp: "Más ayuda: '{command} <subcomando>'."
        case .unknownOptionWithSuggestion: "Opción desconocida '{option}'. ¿Quiso decir '{suggestion}'?"
        case .unknownOption: "Opción desconocida '{option}'"
        case .missingArgument: "Falta el argumento '{argument}'"
        case .missingValue: "Falta el valor de '{option}'"
        case .unexpectedArgument: "Argumento inesperado '{argument}'"
        case .unexpectedArguments: "{count} argumentos inesperados: '{arguments}'"
        case .valueNotTaken: "La opción '{option}' no lleva valor, pero se indicó '{value}'."
        case .invalidValueWithChoices: "El valor '{value}' no es válido para '{argument}'. Indique uno de estos: {choices}."
        case .invalidValue: "El valor '{value}' no es válido para '{argument}'"
        }
    }
}

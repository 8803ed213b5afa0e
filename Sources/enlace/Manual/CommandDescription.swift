/// The part of ArgumentParser's `--experimental-dump-help` JSON (its `ToolInfoV0`) the manual
/// page is made from: the commands, their texts and their arguments, as `--help` shows them.
struct CommandDescription: Decodable, Equatable {
    struct Document: Decodable {
        let command: CommandDescription
    }

    struct Argument: Decodable, Equatable {
        struct Name: Decodable, Equatable {
            let kind: String
            let name: String
        }

        let kind: String
        let names: [Name]?
        let valueName: String?
        let abstract: String?
        let discussion: String?
        let defaultValue: String?
        let allValues: [String]?
        let isOptional: Bool
        let isRepeating: Bool
        let shouldDisplay: Bool

        /// `--data`, `-o, --output`: each name as it is typed.
        var spelledNames: [String] {
            (names ?? []).map { $0.kind == "short" ? "-" + $0.name : ($0.kind == "longWithSingleDash" ? "-" : "--") + $0.name }
        }
    }

    let commandName: String
    let abstract: String?
    let discussion: String?
    let defaultSubcommand: String?
    let shouldDisplay: Bool
    let subcommands: [CommandDescription]?
    let arguments: [Argument]?
}

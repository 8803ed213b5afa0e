import ArgumentParser
import Foundation

/// `enlace.1`, the manual page, made from the command definitions themselves (ArgumentParser's
/// description of them), so that it names every command and option `--help` names.
enum ManualPage {
    /// The description of `enlace` and its subcommands, in the command line's language.
    static func describeCommands() throws -> CommandDescription {
        do {
            _ = try EnlaceCommand.parseAsRoot(["--experimental-dump-help"])
        } catch {
            let json = EnlaceCommand.fullMessage(for: error)
            return try JSONDecoder().decode(CommandDescription.Document.self, from: Data(json.utf8)).command
        }
        throw CocoaError(.coderValueNotFound)
    }

    /// The page in roff (`man 7 man`). No date: the page changes only when the commands do.
    static func render(_ root: CommandDescription, version: String) -> String {
        var lines = [
            #".TH ENLACE 1 "" "enlace \#(version)" "User Commands""#,
            ".SH NAME",
            "enlace \\- " + escape(root.abstract ?? ""),
            ".SH SYNOPSIS",
            ".B enlace",
            "[\\fIcommand\\fR] [\\fIoptions\\fR]",
            ".SH DESCRIPTION",
            escapeLine(root.abstract ?? ""),
        ]
        // Every command, a group's own commands after it (`enlace log add`).
        func flattened(_ commands: [CommandDescription], under path: String) -> [(name: String, command: CommandDescription)] {
            commands.filter(\.shouldDisplay).flatMap { command in
                let isDefault = path.isEmpty && command.commandName == root.defaultSubcommand
                let name = path + (isDefault ? "[" + command.commandName + "]" : command.commandName)
                return [(name, command)] + flattened(command.subcommands ?? [], under: name + " ")
            }
        }
        lines += [".SH COMMANDS"]
        for (name, command) in flattened(root.subcommands ?? [], under: "") {
            lines += [".SS \"enlace \(name)\""]
            lines += [".B enlace " + name]
            lines += [synopsis(of: command)]
            lines += [".PP", escapeLine(command.abstract ?? "")]
            if let discussion = command.discussion, !discussion.isEmpty { lines += [".PP", escapeLine(discussion)] }
            for argument in (command.arguments ?? []) where argument.shouldDisplay {
                lines += [".TP", label(of: argument), escapeLine(description(of: argument))]
            }
        }
        if let discussion = root.discussion, !discussion.isEmpty {
            lines += [".SH EXIT STATUS", escapeLine(discussion)]
        }
        lines += [
            ".SH ENVIRONMENT",
            ".TP", "\\fBENLACE_DATA\\fR", "The data directory when \\fB\\-\\-data\\fR is not given.",
            ".TP", "\\fBLC_ALL\\fR, \\fBLC_MESSAGES\\fR, \\fBLANG\\fR", "The language when \\fB\\-\\-lang\\fR is not given.",
            ".TP", "\\fBNO_COLOR\\fR", "A monochrome board.",
            ".SH SEE ALSO",
            "The README of the Enlace source, and \\fBenlace \\fIcommand\\fB \\-\\-help\\fR.",
        ]
        return lines.joined(separator: "\n") + "\n"
    }

    /// `[--filter <query>] [--json]`, as ArgumentParser's usage line, in roff.
    static func synopsis(of command: CommandDescription) -> String {
        // `--help` is every command's; the synopsis names what is particular to this one.
        (command.arguments ?? []).filter { $0.shouldDisplay && !$0.spelledNames.contains("--help") }.map { argument in
            var text: String
            switch argument.kind {
            case "positional": text = "\\fI" + escape(argument.valueName ?? "") + "\\fR"
            case "option":
                text = "\\fB" + escape(argument.spelledNames.last ?? "") + "\\fR \\fI" + escape(argument.valueName ?? "") + "\\fR"
            default: text = "\\fB" + escape(argument.spelledNames.last ?? "") + "\\fR"
            }
            if argument.isRepeating { text += " ..." }
            return argument.isOptional ? "[" + text + "]" : text
        }.joined(separator: " ")
    }

    /// `\fB-o\fR, \fB--output\fR \fIfile\fR`, the tag of an argument's paragraph.
    static func label(of argument: CommandDescription.Argument) -> String {
        guard argument.kind != "positional" else { return "\\fI" + escape(argument.valueName ?? "") + "\\fR" }
        let names = argument.spelledNames.map { "\\fB" + escape($0) + "\\fR" }.joined(separator: ", ")
        guard argument.kind == "option" else { return names }
        return names + " \\fI" + escape(argument.valueName ?? "") + "\\fR"
    }

    /// The argument's help, with its values and default as `--help` gives them.
    static func description(of argument: CommandDescription.Argument) -> String {
        var text = argument.abstract ?? ""
        if let discussion = argument.discussion, !discussion.isEmpty { text += " " + discussion }
        if let values = argument.allValues, !values.isEmpty { text += " (values: " + values.joined(separator: ", ") + ")" }
        if let value = argument.defaultValue, !value.isEmpty { text += " (default: " + value + ")" }
        return text
    }

    /// Text safe inside a roff line: a backslash is `\e`, a hyphen `\-`.
    static func escape(_ text: String) -> String {
        // Beyond ASCII, groff's named Unicode escape: the page reads the same without preconv.
        text.replacingOccurrences(of: "\\", with: "\\e").replacingOccurrences(of: "-", with: "\\-")
            .unicodeScalars.map { scalar in
                scalar.isASCII ? String(scalar) : "\\[u" + String(String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)) + "]"
            }.joined()
    }

    /// Text as a line of its own: a line that starts with `.` or `'` would be read as a request.
    static func escapeLine(_ text: String) -> String {
        let escaped = escape(text)
        return escaped.hasPrefix(".") || escaped.hasPrefix("'") ? "\\&" + escaped : escaped
    }
}

private extension String {
    func leftPadded(to width: Int) -> String { String(repeating: "0", count: max(0, width - count)) + self }
}

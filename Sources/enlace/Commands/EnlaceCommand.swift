import ArgumentParser

/// `enlace`: the board, and the commands around it.
struct EnlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enlace",
        abstract: CommandLineLanguage.text(.enlaceAbstract),
        discussion: CommandLineLanguage.text(.enlaceDiscussion),
        subcommands: [
            BoardCommand.self, KioskCommand.self, InitCommand.self, ListCommand.self, ShowCommand.self,
            BriefCommand.self, ImportCommand.self, NoteCommand.self, LogCommand.self, ReportCommand.self, CheckCommand.self,
            GenerateCommand.self, VersionCommand.self, ManualCommand.self,
        ],
        defaultSubcommand: BoardCommand.self
    )
}

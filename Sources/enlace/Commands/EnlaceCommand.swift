import ArgumentParser

/// `enlace`: the board, and the commands around it.
struct EnlaceCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "enlace",
        abstract: "A terminal case-coordination board for liaison officers.",
        discussion: """
            Exit codes: 0 done; 1 bad usage or unknown id; 2 damaged or invalid data; \
            3 conflict or lock timeout.
            """,
        subcommands: [
            BoardCommand.self, KioskCommand.self, InitCommand.self, ListCommand.self, ShowCommand.self,
            BriefCommand.self, ImportCommand.self, NoteCommand.self, CheckCommand.self, GenerateCommand.self,
        ],
        defaultSubcommand: BoardCommand.self
    )
}

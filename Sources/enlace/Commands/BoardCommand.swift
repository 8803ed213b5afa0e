import ArgumentParser

/// `enlace`: the board.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: "Open the board (the default).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print("the board is not built yet")
    }
}

/// `enlace kiosk`: the read-only wall display.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: "The read-only display for an operations room.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        print("the kiosk is not built yet")
    }
}

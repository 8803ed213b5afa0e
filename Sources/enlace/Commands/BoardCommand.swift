import ArgumentParser
import EnlaceStore
import Foundation

/// `enlace`: the board. Where no data directory exists yet, it is made from the sample board,
/// so that the first run shows something to work with.
struct BoardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "board", abstract: "Open the board (the default).")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let directory = global.dataDirectory
        let store: Store
        if FileManager.default.fileExists(atPath: directory.appendingPathComponent(DataDirectory.boardFile).path) {
            store = Store(directory: directory)
        } else {
            store = try reportingFailures(in: global.preliminaryLanguage) { try Store.create(at: directory, sample: true) }
        }
        try BoardSession(store: store, readOnly: false, explicitLanguage: global.lang).run()
    }
}

/// `enlace kiosk`: the read-only wall display.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: "The read-only display for an operations room.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        let store = Store(directory: global.dataDirectory, mode: .readOnly)
        try BoardSession(store: store, readOnly: true, explicitLanguage: global.lang).run()
    }
}

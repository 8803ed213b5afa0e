import EnlaceStore
import Foundation
import Testing

@Suite("Where the data directory is")
struct DataDirectoryTests {
    let environment = ["ENLACE_DATA": "/srv/enlace", "XDG_DATA_HOME": "/home/ana/.data", "HOME": "/home/ana"]

    @Test("--data wins over every variable")
    func explicitWins() {
        let url = DataDirectory.locate(explicit: "/mnt/board", environment: environment, currentDirectory: "/tmp")
        #expect(url.path == "/mnt/board")
    }

    @Test("a relative --data is taken from the current directory")
    func relativeExplicit() {
        let url = DataDirectory.locate(explicit: "boards/../post", environment: [:], currentDirectory: "/home/ana")
        #expect(url.path == "/home/ana/post")
    }

    @Test("$ENLACE_DATA comes next")
    func enlaceData() {
        #expect(DataDirectory.locate(explicit: nil, environment: environment, currentDirectory: "/").path == "/srv/enlace")
    }

    @Test("then $XDG_DATA_HOME/enlace")
    func xdg() {
        var environment = environment
        environment["ENLACE_DATA"] = ""
        #expect(DataDirectory.locate(explicit: nil, environment: environment, currentDirectory: "/").path
            == "/home/ana/.data/enlace")
    }

    @Test("then ~/.local/share/enlace; a relative $XDG_DATA_HOME is ignored")
    func home() {
        let environment = ["XDG_DATA_HOME": "relative/data", "HOME": "/home/ana"]
        #expect(DataDirectory.locate(explicit: nil, environment: environment, currentDirectory: "/").path
            == "/home/ana/.local/share/enlace")
    }

    @Test("without $HOME the password entry's home is used")
    func passwordHome() {
        #expect(DataDirectory.locate(explicit: nil, environment: [:], home: "/var/lib/ana", currentDirectory: "/").path
            == "/var/lib/ana/.local/share/enlace")
    }
}

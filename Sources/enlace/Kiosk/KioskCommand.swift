import ArgumentParser
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// `enlace kiosk`: the read-only wall display (issue 5).
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: "The read-only display for an operations room.")

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Seconds between page turns when the cases do not fit.")
    var rotate: Int = 15

    @Option(name: .customLong("max-marking"), help: "The most restrictive marking shown in full; cases above it show only as restricted.")
    var maxMarking: String = Marking.green.rawValue

    @Flag(name: .long, help: "Show only cases and notes releasable to Mexico.")
    var releasable = false

    @Option(name: .customLong("exit-key"), help: "The one key that quits (e.g. ctrl-x, F10); without it the keyboard cannot quit.")
    var exitKey: String?

    func validate() throws {
        let language = global.preliminaryLanguage
        guard (1...3600).contains(rotate) else { throw ArgumentParser.ValidationError(KioskPhrase.invalidRotate(language)) }
        guard Marking(loosely: maxMarking) != nil else {
            throw ArgumentParser.ValidationError(KioskPhrase.invalidMarking(language, ["value": SafeText.line(maxMarking)]))
        }
        if let exitKey, KioskKeys.parse(exitKey) == nil {
            throw ArgumentParser.ValidationError(KioskPhrase.invalidExitKey(language, ["value": SafeText.line(exitKey)]))
        }
    }

    func run() throws {
        let directory = global.dataDirectory
        try KioskSession(
            directory: directory,
            policy: KioskPolicy(ceiling: Marking(loosely: maxMarking) ?? .green, releasableOnly: releasable),
            rotateSeconds: rotate,
            exitKey: exitKey.flatMap(KioskKeys.parse),
            explicitLanguage: global.lang
        ).run()
    }
}

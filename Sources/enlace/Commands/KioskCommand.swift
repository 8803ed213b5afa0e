import ArgumentParser
import EnlaceApp
import EnlaceModel
import EnlaceStore
import EnlaceText
import EnlaceUI
import Foundation

/// `enlace kiosk`: the read-only wall display.
struct KioskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "kiosk", abstract: CommandLineLanguage.text(.kioskAbstract))

    @OptionGroup var global: GlobalOptions

    // Unconditional: `--rotate -5` is a value to refuse as not positive, not a missing one.
    @Option(name: .long, parsing: .unconditional, help: .phrase(.kioskRotateHelp, value: .secondsValue))
    var rotate: Int = 15

    @Option(name: .customLong("max-marking"), help: .phrase(.kioskMaxMarkingHelp, value: .markingValue))
    var maxMarking: String = Marking.green.rawValue

    @Flag(name: .long, help: .phrase(.kioskReleasableHelp))
    var releasable = false

    @Option(name: .customLong("exit-key"), help: .phrase(.kioskExitKeyHelp, value: .keyValue))
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
        let options = KioskOptions(
            policy: KioskPolicy(ceiling: Marking(loosely: maxMarking) ?? .green, releasableOnly: releasable),
            rotateSeconds: rotate, exitKey: exitKey.flatMap(KioskKeys.parse), explicitLanguage: global.lang)
        try TerminalDriver.run(language: global.preliminaryLanguage) { terminal in
            KioskRuntime.run(terminal: terminal, directory: global.dataDirectory, options: options)
        }
    }
}

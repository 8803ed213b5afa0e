import Foundation

/// The few options of `enlace-bench`: `--name value` pairs, repeated ones collected, and what
/// follows `--` kept as a command.
struct BenchOptions {
    private var values: [String: [String]] = [:]
    var command: [String] = []

    init(_ arguments: [String]) {
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if argument == "--" {
                command = Array(arguments[(index + 1)...])
                break
            }
            if argument.hasPrefix("--"), index + 1 < arguments.count {
                values[String(argument.dropFirst(2)), default: []].append(arguments[index + 1])
                index += 2
            } else {
                index += 1
            }
        }
    }

    func string(_ name: String) -> String? { values[name]?.last }
    func strings(_ name: String) -> [String] { values[name] ?? [] }
    func int(_ name: String, default value: Int) -> Int { string(name).flatMap(Int.init) ?? value }

    var runs: Int { max(1, int("runs", default: 5)) }

    var data: URL {
        get throws {
            guard let path = string("data") else { throw BenchError.missing("--data DIR") }
            return URL(fileURLWithPath: path)
        }
    }
}

enum BenchError: Error, CustomStringConvertible {
    case missing(String)
    case failed(String)

    var description: String {
        switch self {
        case .missing(let what): "missing \(what)"
        case .failed(let what): what
        }
    }
}

import EnlaceStore
import EnlaceText
import Foundation

/// Runs `body` as `reportingFailures` does, with one message for a directory that is not a
/// board (`CLIError.noDataDirectory`), so that every command that reads or writes it refuses
/// it in the same words and with the same exit code.
func reportingDataFailures<T>(in language: @autoclosure () -> Language, directory: URL, _ body: () throws -> T) throws -> T {
    try reportingFailures(in: language()) { () throws -> T in
        do {
            return try body()
        } catch StoreError.notADataDirectory {
            throw CLIError.noDataDirectory(path: directory.path)
        }
    }
}

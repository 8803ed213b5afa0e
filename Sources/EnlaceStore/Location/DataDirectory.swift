import Foundation

/// Where the data directory is, and what is in it.
public enum DataDirectory {
    public static let boardFile = "board.json"
    public static let agenciesFile = "agencies.json"
    public static let contactsFile = "contacts.json"
    public static let casesDirectory = "cases"
    public static let logDirectory = "log"
    public static let auditFile = "audit.jsonl"
    public static let lockFile = ".lock"

    /// The rule of DESIGN.md, as a pure function: `--data DIR`, else `$ENLACE_DATA`, else
    /// `$XDG_DATA_HOME/enlace`, else `~/.local/share/enlace`.
    ///
    /// An empty variable counts as unset, and a relative `XDG_DATA_HOME` is ignored, as the XDG
    /// base directory specification asks. A relative `--data` or `$ENLACE_DATA` is taken from
    /// `currentDirectory`. `home` is `$HOME`; the caller passes the password entry's home when
    /// `$HOME` is unset.
    public static func locate(
        explicit: String?, environment: [String: String], home: String? = nil, currentDirectory: String
    ) -> URL {
        func nonEmpty(_ value: String?) -> String? {
            guard let value, !value.isEmpty else { return nil }
            return value
        }
        func absolute(_ path: String) -> URL {
            let expanded = path == "~" || path.hasPrefix("~/")
                ? (nonEmpty(environment["HOME"]) ?? home ?? "/") + path.dropFirst()
                : path
            if expanded.hasPrefix("/") { return URL(fileURLWithPath: expanded).standardizedFileURL }
            return URL(fileURLWithPath: currentDirectory).appendingPathComponent(expanded).standardizedFileURL
        }
        if let explicit = nonEmpty(explicit) { return absolute(explicit) }
        if let variable = nonEmpty(environment["ENLACE_DATA"]) { return absolute(variable) }
        if let xdg = nonEmpty(environment["XDG_DATA_HOME"]), xdg.hasPrefix("/") {
            return URL(fileURLWithPath: xdg).appendingPathComponent("enlace").standardizedFileURL
        }
        let homeDirectory = nonEmpty(environment["HOME"]) ?? home ?? "/"
        return URL(fileURLWithPath: homeDirectory)
            .appendingPathComponent(".local/share/enlace").standardizedFileURL
    }

    /// `locate` for this process: its arguments' `--data`, its environment, its home.
    public static func locate(explicit: String?) -> URL {
        locate(
            explicit: explicit, environment: ProcessInfo.processInfo.environment,
            home: passwordHome(), currentDirectory: FileManager.default.currentDirectoryPath)
    }

    private static func passwordHome() -> String? {
        guard let entry = getpwuid(geteuid()), let directory = entry.pointee.pw_dir else { return nil }
        return String(cString: directory)
    }
}

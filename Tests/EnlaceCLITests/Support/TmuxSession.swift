import Foundation

/// The real `enlace` in a real terminal: a tmux server on a private socket, so tests never
/// touch anybody else's tmux, and only the server this session started is killed.
final class TmuxSession {
    let socket: String
    let session = "enlace"

    /// Starts `command` (a shell command line) in a detached session of `width`×`height`.
    init(command: String, width: Int = 120, height: Int = 40, environment: [String: String] = [:]) throws {
        socket = "enlace-test-\(getpid())-\(UUID().uuidString.prefix(8))"
        let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(TmuxSession.quote($0.value));" }.joined(separator: " ")
        try startServer(["-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)",
                  "env TERM=xterm-256color LANG=C.UTF-8 sh -c \(TmuxSession.quote(exports + " " + command + "; status=$?; echo; echo ENLACE-EXITED=$status; exec sh"))"])
    }

    /// Kills this session's server and removes its socket file, which a killed tmux server
    /// leaves behind in the user's tmux directory.
    deinit {
        let socketPath = (try? tmux(["display-message", "-p", "#{socket_path}"]))?.trimmingCharacters(in: .whitespacesAndNewlines)
        _ = try? tmux(["kill-server"])
        if let socketPath, socketPath.hasSuffix("/" + socket) { unlink(socketPath) }
    }

    /// Sends keys in tmux's notation (`"Down"`, `"C-c"`, `"q"`), or literal text with `literal`.
    func send(_ keys: String..., literal: Bool = false) throws {
        try tmux(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
    }

    /// The screen as text, a line a row.
    func screen(attributes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", session] + (attributes ? ["-e"] : []))
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
    }

    /// Polls the screen until `condition` holds on a settled screen or `timeout` passes; returns
    /// the last screen. Settled: the same on two captures in a row, so what the test then reads
    /// elsewhere on it is not a frame that tmux had only half received.
    @discardableResult
    func waitFor(timeout: Duration = .seconds(10), _ what: String = "", _ condition: (String) -> Bool) throws -> String {
        let clock = ContinuousClock()
        let deadline = clock.now.advanced(by: timeout)
        var last = ""
        var previous: String?
        while clock.now < deadline {
            last = try screen()
            if condition(last), last == previous { return last }
            previous = last
            Thread.sleep(forTimeInterval: 0.05)
        }
        throw TmuxError.timedOut(waitingFor: what, screen: last)
    }

    /// Waits until the screen shows `text`.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitFor(timeout: timeout, text) { $0.contains(text) }
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String { try tmuxOutput(arguments) }

    fileprivate func tmuxOutput(_ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/tmux")
        process.arguments = ["-L", socket] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        guard process.terminationStatus == 0 else { throw TmuxError.failed(arguments: arguments, output: text) }
        return text
    }

    /// Starts the server. The tmux server is a daemon that inherits its client's descriptors;
    /// one that held a pipe of this test process (or Foundation's child-watching descriptor)
    /// would keep it open forever, so the client is started by bash with every descriptor
    /// above 2 closed, on /dev/null, and waited for with waitpid.
    private func startServer(_ arguments: [String]) throws {
        let closeAndRun = #"for fd in /proc/$$/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done; exec "$@""#
        let argv = ["/bin/bash", "-c", closeAndRun, "bash", "/usr/bin/tmux", "-L", socket] + arguments
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        for descriptor: Int32 in 0...2 {
            posix_spawn_file_actions_addopen(&actions, descriptor, "/dev/null", descriptor == 0 ? O_RDONLY : O_WRONLY, 0)
        }
        // The test runner's threads block signals; a server that inherited that mask would
        // ignore SIGTERM and never reap its panes. Start it with the default signal state.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var cArguments = argv.map { strdup($0) } + [nil]
        defer { for argument in cArguments { free(argument) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/bin/bash", &actions, &attributes, &cArguments, environ) == 0 else {
            throw TmuxError.failed(arguments: arguments, output: "posix_spawn failed")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) == -1 && errno == EINTR {}
        guard status == 0 else { throw TmuxError.failed(arguments: arguments, output: "exit status \(status)") }
    }

    static func quote(_ text: String) -> String { "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    static var isAvailable: Bool { FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux") }
}

enum TmuxError: Error, CustomStringConvertible {
    case failed(arguments: [String], output: String)
    case timedOut(waitingFor: String, screen: String)

    var description: String {
        switch self {
        case let .failed(arguments, output): "tmux \(arguments.joined(separator: " ")) failed: \(output)"
        case let .timedOut(what, screen): "timed out waiting for \(what); the screen was:\n\(screen)"
        }
    }
}

extension TmuxSession {
    /// A tmux format of the pane, such as `#{cursor_flag}` or `#{pane_title}`.
    func display(_ format: String) throws -> String {
        try tmuxOutput(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .newlines)
    }

    /// The pid of the program the pane's shell started.
    func childProcess() throws -> pid_t {
        let shell = try display("#{pane_pid}")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/pgrep")
        process.arguments = ["-P", shell, "enlace"]
        let output = Pipe()
        process.standardOutput = output
        try process.run()
        process.waitUntilExit()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        guard let pid = text.split(separator: "\n").first.flatMap({ pid_t($0) }) else {
            throw TmuxError.failed(arguments: ["pgrep", "-P", shell], output: text)
        }
        return pid
    }
}

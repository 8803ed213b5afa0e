import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Reliability {
    /// A writer that dies holding the lock, and a writer that gives up waiting.
    @Suite("A killed or slow lock holder")
    struct LockHolderTests {
        static let caseID = "MX-2026-0001"

        /// A real `enlace note` stopped at the rename of its save, the lock held: strace delays the
        /// call by a minute. Returns once the holder has announced itself in `.lock`.
        final class StoppedWriter {
            let tracer: ChildProcess
            let pid: Int32
            let data: String

            init(_ data: String) throws {
                self.data = data
                tracer = try ChildProcess(
                    Strace.path ?? "/usr/bin/strace",
                    ["-f", "-o", "/dev/null", "-e", "trace=rename,renameat,renameat2",
                     "-e", "inject=rename,renameat,renameat2:delay_enter=60000000",
                     "--", Enlace.binary, "note", LockHolderTests.caseID, "the held note", "--data", data],
                    environment: Enlace.environment())
                var announced: Int32?
                // The holder writes "login pid" into the sidecar once it has the lock, and its
                // temp file exists once it is at the rename.
                let ready = Poll.until(within: .seconds(30)) {
                    announced = LockHolderTests.holder(of: data)?.pid
                    return announced != nil && !BoardSnapshot(data).tempFiles.isEmpty
                }
                guard ready, let announced else { throw Failure.neverHeldTheLock }
                pid = announced
            }

            /// SIGKILL to the holder; strace goes too, since a tracee killed in a ptrace stop keeps
            /// its files (and its lock) open until its tracer lets it finish dying.
            func kill() {
                _ = Glibc.kill(pid, SIGKILL)
                _ = Glibc.kill(tracer.pid, SIGKILL)
                _ = tracer.waitForExit(within: .seconds(10))
            }

            deinit {
                kill()
                tracer.stop()
            }

            enum Failure: Error { case neverHeldTheLock }
        }

        /// The login and pid a holder wrote into `.lock`, if any.
        static func holder(of data: String) -> (login: String, pid: Int32)? {
            guard let text = try? String(contentsOfFile: data + "/.lock", encoding: .utf8) else { return nil }
            let parts = text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: " ")
            guard parts.count == 2, let pid = Int32(parts[1]) else { return nil }
            return (String(parts[0]), pid)
        }

        static var login: String {
            guard let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name else { return "" }
            return String(cString: name)
        }

        /// Whether process `pid` has `path` open (it is waiting for the lock on it).
        static func process(_ pid: Int32, hasOpen path: String) -> Bool {
            let directory = "/proc/\(pid)/fd"
            let descriptors = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
            return descriptors.contains { (try? FileManager.default.destinationOfSymbolicLink(atPath: directory + "/" + $0)) == path }
        }

        static func notes(_ data: String) -> [String] {
            let show = try? Enlace.run(["show", caseID, "--json", "--data", data])
            let object = show.flatMap { JSONFile.object(Data($0.standardOutput.utf8)) }
            return ((object?["notes"] as? [[String: Any]]) ?? []).compactMap { $0["text"] as? String }
        }

        @Test(
            "a writer killed while it holds the lock does not hold up the next: that one saves within a second",
            .enabled(if: Strace.isAvailable, "strace is not installed: a writer cannot be stopped inside its save"))
        func killedHolder() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let held = try StoppedWriter(data)
            let casePath = data + "/cases/\(Self.caseID).json"
            let before = try Data(contentsOf: URL(fileURLWithPath: casePath))

            let next = try ChildProcess(
                Enlace.binary, ["note", Self.caseID, "the next note", "--lock-timeout", "60", "--data", data],
                environment: Enlace.environment())
            defer { next.stop() }
            // The next writer is waiting: it has the sidecar open, and nothing was saved.
            #expect(Poll.until(within: .seconds(30)) { Self.process(next.pid, hasOpen: data + "/.lock") })
            #expect(next.isRunning)
            #expect(try Data(contentsOf: URL(fileURLWithPath: casePath)) == before)

            let killedAt = ContinuousClock.now
            held.kill()
            let saved = Poll.until(within: .seconds(10), interval: .milliseconds(2)) {
                (try? Data(contentsOf: URL(fileURLWithPath: casePath))) != before
            }
            let waited = ContinuousClock.now - killedAt
            #expect(saved)
            #expect(waited < .seconds(1), "the next writer saved \(waited) after the holder was killed")
            #expect(next.waitForExit(within: .seconds(30)))
            let outcome = next.outcome()
            #expect(outcome.succeeded, "\(outcome)")
            #expect(Self.notes(data).filter { $0 == "the next note" }.count == 1)
            #expect(!Self.notes(data).contains("the held note"))
            #expect(BoardSnapshot(data).tempFiles.isEmpty, "the load by show removes the killed writer's temp file")
        }

        @Test(
            "a writer that waits longer than --lock-timeout exits 3 naming the holder's login and pid, and saves nothing",
            .enabled(if: Strace.isAvailable, "strace is not installed: a writer cannot be stopped inside its save"))
        func timeoutNamesHolder() throws {
            let scratch = try ScratchDirectory()
            let data = try scratch.sampleBoard()
            let held = try StoppedWriter(data)
            let before = BoardSnapshot(data).withoutTemps

            let started = ContinuousClock.now
            let waiting = try Enlace.run(["note", Self.caseID, "a note that waits", "--lock-timeout", "0.5", "--data", data])
            let waited = ContinuousClock.now - started
            #expect(waiting.status == 3, "\(waiting)")
            #expect(waiting.errorLines.count == 1, "\(waiting)")
            let line = waiting.errorLines.first ?? ""
            #expect(line.contains(data + "/.lock"), "\(line)")
            #expect(line.contains(Self.login) && line.contains("pid \(held.pid)"), "\(line)")
            #expect(waited >= .milliseconds(500), "gave up after \(waited)")
            #expect(BoardSnapshot(data).withoutTemps == before)
            held.kill()
        }
    }
}

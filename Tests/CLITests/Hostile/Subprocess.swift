import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Hostile {
/// Runs the real `tilstandsrapport` binary as a child process (posix_spawn, waited for on a thread of its own,
/// so it can be killed at a chosen moment and its peak memory sampled from /proc).
struct Subprocess {
    /// The package root, from this file's path.
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The binary built beside the running test bundle (same build folder, so the same code), or nil.
    /// `TILSTANDSRAPPORT_BINARY` runs the suites against another build (e.g. an older one, to see a test fail before a fix).
    static let binary: String? = {
        if let chosen = ProcessInfo.processInfo.environment["TILSTANDSRAPPORT_BINARY"], access(chosen, X_OK) == 0 { return chosen }
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("tilstandsrapport").path
        if access(beside, X_OK) == 0 { return beside }
        let path = packageRoot.appendingPathComponent(".build/debug/tilstandsrapport").path
        return access(path, X_OK) == 0 ? path : nil
    }()

    struct Result {
        var status: Int32?
        var signal: Int32?
        var stdout: String
        var stderr: String
        /// Peak resident memory of the child in KiB (VmHWM from /proc, sampled every millisecond while it runs;
        /// wait4's ru_maxrss is useless here, as posix_spawn's vfork makes it include this test process's own peak).
        var maxRSSKiB: Int
        var seconds: Double
    }

    let pid: pid_t
    let stdoutPath: String
    let stderrPath: String
    let started: ContinuousClock.Instant

    /// Starts `executable` with `arguments` (use absolute paths: the child keeps this process's folder).
    /// Every signal starts with its default action in the child, whatever this test process ignores.
    init(_ executable: String, _ arguments: [String]) {
        let token = UUID().uuidString
        stdoutPath = NSTemporaryDirectory() + "tilstandsrapport-hostile-\(token).out"
        stderrPath = NSTemporaryDirectory() + "tilstandsrapport-hostile-\(token).err"
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var all = sigset_t(), none = sigset_t()
        sigfillset(&all)
        sigemptyset(&none)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setsigmask(&attributes, &none)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }
        var child: pid_t = 0
        let result = posix_spawn(&child, executable, &actions, &attributes, argv, environ)
        precondition(result == 0, "posix_spawn failed: \(result)")
        pid = child
        started = .now
    }

    /// Sends SIGKILL.
    func kill() { _ = Glibc.kill(pid, SIGKILL) }

    /// The child's VmHWM in KiB, while it runs.
    private func highWaterMark() -> Int? {
        guard let status = FileManager.default.contents(atPath: "/proc/\(pid)/status").map({ String(decoding: $0, as: UTF8.self) }),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.filter(\.isNumber))
    }

    /// Waits for the child (blocking), sampling its memory every millisecond, and collects what it printed;
    /// with `deadline`, sends SIGKILL when it is still running that many seconds after it started.
    func wait(killAfter deadline: Double? = nil) -> Result {
        var status: Int32 = 0
        var peak = 0
        var killed = false
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid || (done < 0 && errno != EINTR) { break }
            if let mark = highWaterMark() { peak = max(peak, mark) }
            let elapsed = ContinuousClock.now - started
            if let deadline, !killed, elapsed >= .microseconds(Int64(deadline * 1_000_000)) {
                kill()
                killed = true
                continue
            }
            usleep(killed ? 200 : 1_000)
        }
        let elapsed = ContinuousClock.now - started
        let read = { (path: String) -> String in
            defer { unlink(path) }
            return FileManager.default.contents(atPath: path).map { String(decoding: $0, as: UTF8.self) } ?? ""
        }
        let signalled = (status & 0x7F) != 0 && (status & 0x7F) != 0x7F
        return Result(status: signalled ? nil : (status >> 8) & 0xFF, signal: signalled ? status & 0x7F : nil,
                      stdout: read(stdoutPath), stderr: read(stderrPath), maxRSSKiB: peak,
                      seconds: Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
    }

    /// Runs `body` on a thread of its own, so sleeping and waiting neither block the test runner's few threads
    /// nor get delayed by them (kill timing stays accurate while other tests keep the cores busy).
    static func onOwnThread<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in
            Thread { continuation.resume(returning: body()) }.start()
        }
    }

    /// Runs to completion.
    static func run(_ executable: String, _ arguments: [String]) async -> Result {
        await onOwnThread { Subprocess(executable, arguments).wait() }
    }

    /// Starts the program, sends SIGKILL after `delay` seconds (if still running), and waits.
    static func run(_ executable: String, _ arguments: [String], killAfter delay: Double) async -> Result {
        await onOwnThread { Subprocess(executable, arguments).wait(killAfter: delay) }
    }
}
}

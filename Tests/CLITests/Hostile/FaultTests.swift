import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

extension Hostile {
/// Issue 16's fault test: every input of the project replaced in turn by a FIFO, a folder, a dangling link and an
/// unreadable file. `check` runs as the real binary with a deadline, so an input that blocks (a FIFO opened for
/// reading waits for a writer) is a killed process and a failed test, never a hung suite.
///
/// Unreadable files: root reads any file whatever its mode, so as root the binary is run as `nobody` through
/// `setpriv`; without `setpriv` that case is skipped with a message.
@Suite struct FaultTests {
    enum Fault: String, CaseIterable, Sendable {
        case fifo, folder, danglingLink, unreadable
    }

    /// Every file the program reads in the sample project, plus a template in `maler/` and the approvals file.
    static let inputs: [String] = HostileProject.sampleFiles.map(\.path).filter { !$0.hasPrefix(".") }.sorted()
        + ["maler/oppsummering.md.mustache", "godkjenninger.txt"]

    /// What `check` must print for each fault, or nil for an input where the fault is not a fault.
    static func expected(_ fault: Fault, input: String) -> (status: Int32, line: String?) {
        switch fault {
        case .fifo: return (1, "\(input):1:1: feil[INN098]: Dette er et navngitt rør (FIFO), ikke en vanlig fil. Den blir ikke lest.")
        case .folder where input.hasPrefix("maler/"):
            return (0, nil) // a folder in maler/ is a folder of templates, not a fault
        case .folder: return (1, "\(input):1:1: feil[INN091]: Dette er en mappe, ikke en fil.")
        case .danglingLink: return (1, "\(input):1:1: feil[INN099]: Dette er en lenke (snarvei) til noe som ikke finnes (er en delt mappe eller disk koblet fra?).")
        case .unreadable: return (1, "\(input):1:1: feil[INN092]: Filen kan ikke leses: programmet mangler leserettighet.")
        }
    }

    static func apply(_ fault: Fault, to input: String, in project: HostileProject) {
        let path = project.path(input)
        unlink(path)
        switch fault {
        case .fifo: mkfifo(path, 0o644)
        case .folder: try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        case .danglingLink: symlink("/mnt/ikke-koblet-til/" + (input as NSString).lastPathComponent, path)
        case .unreadable:
            project.write(input, "---\ntittel: x\n---\n")
            chmod(path, 0o000)
        }
    }

    @Test(arguments: Fault.allCases)
    func everyInputWithTheFaultIsRefusedAtOnce(_ fault: Fault) async throws {
        guard let binary = Subprocess.binary else {
            Issue.record("no tilstandsrapport binary beside the tests; build it first")
            return
        }
        let asRoot = geteuid() == 0
        if fault == .unreadable, asRoot, access("/usr/bin/setpriv", X_OK) != 0 {
            print("[Hostile] skipped: unreadable files cannot be tested as root without /usr/bin/setpriv")
            return
        }
        for input in Self.inputs {
            let project = HostileProject()
            project.write("maler/oppsummering.md.mustache", "## {{tekst.tittel}}\n\n{{{tekst.innhold}}}\n")
            Self.apply(fault, to: input, in: project)
            let (executable, arguments) = fault == .unreadable && asRoot
                ? ("/usr/bin/setpriv", ["--reuid=65534", "--regid=65534", "--clear-groups", "--", binary, "check", project.root.path])
                : (binary, ["check", project.root.path])
            let result = await Subprocess.run(executable, arguments, killAfter: 30)
            let (status, line) = Self.expected(fault, input: input)
            #expect(result.signal == nil, "\(fault) \(input): killed (blocked?) after \(result.seconds) s")
            #expect(result.status == status, "\(fault) \(input)\n\(result.stderr.prefix(2000))")
            if let line {
                #expect(result.stderr.components(separatedBy: "\n").contains(line), "\(fault) \(input)\n\(result.stderr.prefix(2000))")
            }
            #expect(result.seconds < 10, "\(fault) \(input): \(result.seconds) s")
        }
    }
}
}

import Foundation
import ReportBuilding
import Testing
@testable import TilstandsrapportCLI

/// `godkjenninger.txt` under attack: edited by hand, broken, linked elsewhere, and written by many `godkjenn` runs at once.
@Suite struct ApprovalsFileWriteTests {
    typealias Flow = ApprovalFlowTests

    @Test func aTamperedRecordIsAnErrorAtItsLineAndApprovesNothing() throws {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        #expect(Flow.run(["godkjenn", "ny", "bemanning-tillitsvalgte", "--av", Flow.union], in: folder).status == 0)
        let file = try #require(folder.read("ny/godkjenninger.txt"))
        // Someone «corrects» the approved copy so that it matches an edit they are about to make.
        let tampered = file.replacingOccurrences(of: "| Samarbeidet med ledelsen er godt.", with: "| Samarbeidet med ledelsen er svært godt.")
        folder.write("ny/godkjenninger.txt", tampered)
        Flow.edit(folder, "ny/tekster/bemanning-tillitsvalgte.md") { $0.replacingOccurrences(of: "er godt.", with: "er svært godt.") }
        let check = Flow.run(["check", "ny"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains("godkjenninger.txt:15:9: feil[INN143]: Den godkjente teksten stemmer ikke med sjekksummen (sha256): godkjenningen er endret etter at den ble registrert, og gjelder ikke."),
                "\(check.error)")
        let build = Flow.run(["build", "ny"], in: folder)
        #expect(build.status == 1)
        #expect(build.error.hasSuffix("Ingenting ble skrevet.\n"))
        // Nothing is added to a file with an error: it stays exactly as the user left it.
        let refused = Flow.run(["godkjenn", "ny", "okonomi", "--av", Flow.leader], in: folder)
        #expect(refused.status == 1)
        #expect(refused.error.contains("feil[CLI058]: godkjenninger.txt har feil eller kan ikke leses (se over), så ingenting blir lagt til."), "\(refused.error)")
        #expect(folder.read("ny/godkjenninger.txt") == tampered)
    }

    @Test(arguments: [
        ("godkjenning: okonomi\nrapportår: 2025\n| tekst\n", "godkjenninger.txt:1:14: feil[INN141]: Godkjenningen mangler «godkjent av», «tidspunkt» og «sha256», og gjelder ikke."),
        ("rapportår: 2025\n", "godkjenninger.txt:1:1: feil[INN140]: Linjen hører ikke til noen godkjenning."),
        ("<<<<<<< HEAD\n", "godkjenninger.txt:1:1: feil[INN140]: Linjen mangler kolon mellom navn og verdi."),
        ("\u{0}\u{1}\u{FF}binær", "godkjenninger.txt:1:1: feil[INN094]"),
        ("godkjenning: okonomi\nrapportår: tjuefemten\ngodkjent av: Ola; leder\ntidspunkt: i går\nsha256: abc\n| x\n",
         "godkjenninger.txt:2:12: feil[INN142]: Ugyldig «rapportår» i godkjenningen, som ikke gjelder."),
    ])
    func aBrokenApprovalsFileIsAnErrorWithItsPositionNeverACrash(_ text: String, _ expected: String) {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        folder.write("ny/godkjenninger.txt", text)
        let check = Flow.run(["check", "ny"], in: folder)
        #expect(check.status == 1)
        #expect(check.error.contains(expected), "\(check.error)")
        let status = Flow.run(["status", "ny"], in: folder)
        #expect(status.output.contains("Økonomi"))
        #expect(Flow.run(["endringer", "ny"], in: folder).status == 1)
    }

    @Test func aLinkInPlaceOfTheApprovalsFileIsNeverWrittenThrough() throws {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        folder.write("andre/godkjenninger.txt", "# andres fil\n")
        try FileManager.default.createSymbolicLink(atPath: folder.path("ny/godkjenninger.txt"), withDestinationPath: folder.path("andre/godkjenninger.txt"))
        let run = Flow.run(["godkjenn", "ny", "okonomi", "--av", Flow.leader], in: folder)
        #expect(run.status == 3)
        #expect(run.error.contains("feil[CLI062]: «ny/godkjenninger.txt» er ikke en vanlig fil"), "\(run.error)")
        #expect(folder.read("andre/godkjenninger.txt") == "# andres fil\n")
    }

    @Test func aKilledRunsTemporaryFileIsRemovedByTheNextAndNeverRead() throws {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        folder.write("ny/.godkjenninger.txt.999-1.tmp", "halvskrevet")
        #expect(Flow.run(["godkjenn", "ny", "okonomi", "--av", Flow.leader], in: folder).status == 0)
        #expect(!folder.listing("ny").contains { $0.hasPrefix(".godkjenninger") })
        #expect(!folder.listing("ny").contains(".tilstandsrapport-sperre"))
    }

    @Test func aGroupWritableApprovalsFileKeepsItsPermissions() throws {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        #expect(Flow.run(["godkjenn", "ny", "okonomi", "--av", Flow.leader], in: folder).status == 0)
        chmod(folder.path("ny/godkjenninger.txt"), 0o664)
        #expect(Flow.run(["godkjenn", "ny", "innsats", "--av", Flow.leader], in: folder).status == 0)
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.path("ny/godkjenninger.txt"))
        #expect((attributes[.posixPermissions] as? Int) == 0o664)
    }

    /// Eight people approve at the same moment: each run holds the project folder's lock from reading the file to
    /// writing it, so every record is there and none is lost to another run's write.
    @Test func concurrentApprovalsNeverLoseARecord() throws {
        let folder = TemporaryFolder()
        Flow.project(in: folder)
        let chapters = ["leseveiledning", "oppsummering", "om-barnevernet", "virksomheten", "bemanning", "tilstand", "medvirkning", "samarbeid"]
        let statuses = Statuses()
        DispatchQueue.concurrentPerform(iterations: chapters.count) { index in
            statuses.set(index, Flow.run(["godkjenn", "ny", chapters[index], "--av", Flow.leader], in: folder).status)
        }
        #expect(statuses.all(count: chapters.count) == [Int32](repeating: 0, count: chapters.count))
        let file = try #require(folder.read("ny/godkjenninger.txt"))
        for chapter in chapters {
            #expect(file.components(separatedBy: "\ngodkjenning: \(chapter)\n").count == 2, "\(chapter) recorded once")
        }
        let check = Flow.run(["check", "ny"], in: folder)
        #expect(check.status == 0, "\(check.error)")
        let changes = Flow.run(["endringer", "ny"], in: folder, width: 200)
        #expect(changes.output.components(separatedBy: "Uendret siden godkjenningen.").count == chapters.count + 1, "\(changes.output)")
    }

    /// Exit statuses written from concurrent runs.
    final class Statuses: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [Int: Int32] = [:]

        func set(_ index: Int, _ value: Int32) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        func all(count: Int) -> [Int32] {
            lock.lock()
            defer { lock.unlock() }
            return (0..<count).map { values[$0] ?? -1 }
        }
    }
}

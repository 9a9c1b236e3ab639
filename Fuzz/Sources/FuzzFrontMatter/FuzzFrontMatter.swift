import Foundation
import FuzzSupport
import ReportInputs

// Input: first byte picks a chapter id of the sample project (modulo their count); the rest is the
// bytes of `tekster/<id>.md` (front matter, then Markdown). The project holds the sample settings and
// texts but not data/: the loader reads the data files independently of the texts, and they are 3/4 of
// the time of a load (FuzzBuild covers texts together with data).
let project = SampleProject(including: { !$0.hasPrefix("data/") })
let ids = FuzzSupport.sampleChapterIDs
let loader = ProjectLoader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let id = ids[Int(bytes[0]) % ids.count]
    let file = "tekster/\(id).md"
    project.write(Array(bytes.dropFirst()), to: file)
    defer { project.restore(file) }
    _ = loader.load(project.root)
    return 0
}

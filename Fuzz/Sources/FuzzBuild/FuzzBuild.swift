import Foundation
import FuzzSupport
import ReportBuilding

// Input: byte 0 picks one file of the sample project (modulo the file count: the settings, a
// data/*.csv or a tekster/*.md, in sorted path order); the rest of the input replaces that file.
// The whole build runs. Invariant: when there are no error diagnostics, the HTML contains no
// `<script` (any case) and no href/src/action attribute that a browser reads as a javascript:,
// vbscript: or file: URL. (`javascript:` as escaped prose text is harmless and allowed.)
let project = SampleProject()
let files = project.paths
let pipeline = ReportBuilder()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    guard size >= 1 else { return 0 }
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let file = files[Int(bytes[0]) % files.count]
    project.write(Array(bytes.dropFirst()), to: file)
    defer { project.restore(file) }
    let build = pipeline.build(project: project.root)
    if build.diagnostics.contains(where: \.isError) { return 0 }
    for output in build.files where output.name.hasSuffix(".html") {
        if HTMLInvariants.containsScriptTag(output.bytes) {
            FuzzSupport.fail("\(output.name) contains <script (file \(file))", input: bytes)
        }
        if let url = HTMLInvariants.dangerousURLAttribute(output.bytes) {
            FuzzSupport.fail("\(output.name) has dangerous URL attribute \(url.debugDescription) (file \(file))", input: bytes)
        }
    }
    return 0
}

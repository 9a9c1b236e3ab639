import Foundation
import FuzzSupport
import ReportInputs

// Input: the bytes of `tilstandsrapport.txt`. The rest of the project is the sample project, so the
// settings are also checked against the data (report year) and the texts (chapter order).
let project = SampleProject()
let loader = ProjectLoader()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    project.write(bytes, to: "tilstandsrapport.txt")
    let loaded = loader.load(project.root)
    if loaded.isValid && loaded.settings == nil {
        FuzzSupport.fail("project is valid without settings", input: bytes)
    }
    return 0
}

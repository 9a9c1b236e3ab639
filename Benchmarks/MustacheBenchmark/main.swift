// Renders the shared Mustache workload (a chapter-sized report over 3 000 units) and prints renders
// per second and output MB/s. Run: swift run -c release MustacheBenchmark [path/to/bench/mustache]
import Foundation
import Mustache

func benchFolder() -> URL {
    if CommandLine.arguments.count > 1 { return URL(fileURLWithPath: CommandLine.arguments[1]) }
    let candidates = [
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared/bench/mustache"),
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared/bench/mustache"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("context.json").path) }
        ?? candidates[0]
}

func md5Hex(of bytes: [UInt8]) -> String {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("mustache-bench-\(getpid()).out")
    defer { try? FileManager.default.removeItem(at: file) }
    guard (try? Data(bytes).write(to: file)) != nil else { return "?" }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = ["md5sum", file.path]
    let pipe = Pipe()
    process.standardOutput = pipe
    guard (try? process.run()) != nil else { return "?" }
    process.waitUntilExit()
    let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    return String(output.prefix(32))
}

// `--nested N`: compiles a template of N nested sections (it must end in MUS015 at level 51) and prints
// the time and the process's peak memory.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--nested", let depth = Int(CommandLine.arguments[2]) {
    let source = String(repeating: "{{#a}}", count: depth) + "x" + String(repeating: "{{/a}}", count: depth)
    let start = DispatchTime.now().uptimeNanoseconds
    var outcome = "compiled"
    do { _ = try Template(name: "dyp.mustache", source: source) } catch { outcome = error.diagnostic.code }
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    print(String(format: "%d nested sections (%d bytes): %@ in %.1f ms, peak memory %d KB", depth, source.utf8.count, outcome, time * 1000, usage.ru_maxrss))
    exit(0)
}

let folder = benchFolder()
do {
    let json = try String(contentsOf: folder.appendingPathComponent("context.json"), encoding: .utf8)
    let context = try TemplateValue(json: json)
    var sources: [String: String] = [:]
    for name in ["report", "unit", "indicator"] {
        sources[name] = try String(contentsOf: folder.appendingPathComponent("\(name).mustache"), encoding: .utf8)
    }
    let library = TemplateLibrary(templates: sources)
    let template = try library.template(named: "report")
    // The peers' figures use the spec's default (HTML) escaping.
    let options = RenderOptions(kind: .html)

    var output = try template.render(context, options: options, library: library) // warm-up
    var times: [Double] = []
    for _ in 0..<7 {
        let start = DispatchTime.now().uptimeNanoseconds
        output = try template.render(context, options: options, library: library)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
    }
    times.sort()
    let median = times[times.count / 2]
    let megabytes = Double(output.utf8.count) / 1_000_000
    let digest = md5Hex(of: Array(output.utf8))
    print("Mustache benchmark: \(folder.standardizedFileURL.path)")
    print(String(format: "output %.2f MB, median %.1f ms (best %.1f ms) over %d renders", megabytes, median * 1000, times[0] * 1000, times.count))
    print(String(format: "%.1f renders/s, %.1f MB/s of output", 1 / median, megabytes / median))
    print("md5 \(digest) \(digest.hasPrefix("4bd68a75") ? "(matches the other engines' output)" : "(DIFFERS from the other engines' 4bd68a75…)")")
    print("peers: swift-mustache 2.1.1 2.43 renders/s; goal ≥ 24.3 renders/s (10×)")
} catch {
    print("Mustache benchmark failed: \(error)")
    exit(1)
}

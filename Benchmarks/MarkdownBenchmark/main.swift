// Markdown → HTML throughput on the shared inputs, and the growth of every pathological family.
// Run: swift run -c release MarkdownBenchmark [path/to/shared]
import Foundation
import Markdown

/// cmark-gfm's usual four extensions (table, strikethrough, autolink, tasklist), as in the peers' figures.
let fourExtensions = ParseOptions(tables: true, strikethrough: true, autolinks: true, taskLists: true, tagFilter: false, footnotes: false)

// `--render` writes the HTML of standard input (all six extensions, unsafe), for comparing by hand.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--render" {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    print(HTMLWriter(options: .unsafe).render(MarkdownParser.parse([UInt8](input), options: .gfm)), terminator: "")
    exit(0)
}

// `--file PATH` renders one file as cmark-gfm's command line would (the four extensions), writes the HTML to
// standard output and the time to standard error: for a profiler, and for the side-by-side run below.
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--file" {
    let bytes = [UInt8](FileManager.default.contents(atPath: CommandLine.arguments[2]) ?? Data())
    let start = DispatchTime.now().uptimeNanoseconds
    let options = ParseOptions(tables: true, strikethrough: true, autolinks: true, taskLists: true, tagFilter: false, footnotes: false)
    let html = HTMLWriter(options: .unsafe).renderUTF8(MarkdownParser.parse(bytes, options: options))
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    html.withUnsafeBufferPointer { buffer in
        var written = 0
        while written < buffer.count {
            guard let base = buffer.baseAddress else { break }
            let result = write(1, base + written, buffer.count - written)
            if result <= 0 { break }
            written += result
        }
    }
    FileHandle.standardError.write(Data(String(format: "%d bytes in %.1f ms, %d bytes of HTML\n", bytes.count, time * 1000, html.count).utf8))
    exit(0)
}

func sharedFolder() -> URL {
    if CommandLine.arguments.count > 1 { return URL(fileURLWithPath: CommandLine.arguments[1]) }
    let candidates = [
        URL(fileURLWithPath: FileManager.default.currentDirectoryPath).appendingPathComponent("../shared"),
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("../shared"),
    ]
    return candidates.first { FileManager.default.fileExists(atPath: $0.appendingPathComponent("bench/markdown").path) } ?? candidates[0]
}

func seconds(_ body: () -> Void) -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ runs: Int, _ body: () -> Void) -> Double {
    body() // warm-up
    var times = (0..<runs).map { _ in seconds(body) }
    times.sort()
    return times[times.count / 2]
}

if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--nodes" {
    let bytes = [UInt8](FileManager.default.contents(atPath: CommandLine.arguments[2]) ?? Data())
    let document = MarkdownParser.parse(bytes, options: fourExtensions)
    var literalBytes = 0, literals = 0
    for node in document.nodes where !node.literal.isEmpty { literals += 1; literalBytes += node.literal.count }
    print("\(document.nodes.count) nodes, \(literals) literals, \(literalBytes) literal bytes")
    exit(0)
}

let shared = sharedFolder()
print("Markdown benchmark (release), inputs from \(shared.standardizedFileURL.path)")
for file in ["report.md", "spec-concat.md"] {
    guard let data = FileManager.default.contents(atPath: shared.appendingPathComponent("bench/markdown/\(file)").path) else {
        print("missing \(file)")
        exit(1)
    }
    let bytes = [UInt8](data)
    var html = ""
    let time = median(5) { html = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(bytes, options: fourExtensions)) }
    let megabytes = Double(bytes.count) / 1_000_000
    print(String(format: "%@: %.2f MB in %.1f ms (median of 5) = %.1f MB/s; %d bytes of HTML", file, megabytes, time * 1000, megabytes / time, html.utf8.count))
}
print("peers on this kind of machine: cmark-gfm 36.9 MB/s (report.md), 6.9 MB/s (spec-concat.md); Ink 4.3 MB/s")

// Side by side with cmark-gfm, when it is installed: whole processes (start-up, reading, parsing, writing HTML
// to /dev/null) with the same four extensions, median of 5, and peak memory (maximum resident set size).
func findCmark() -> String? {
    for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let path = "\(folder)/cmark-gfm"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
    }
    return nil
}

/// Wall time and peak resident memory (KB) of one child process. The memory comes from `/usr/bin/time`, which
/// forks for real: a child spawned straight from here would report this process's own peak (the spawn shares
/// our memory until it executes the program, and Linux counts that towards the child's maximum).
func measureProcess(_ path: String, _ arguments: [String]) -> (seconds: Double, peakKB: Int) {
    let timeTool = "/usr/bin/time"
    guard FileManager.default.isExecutableFile(atPath: timeTool) else { return measureSpawn(path, arguments) }
    let report = FileManager.default.temporaryDirectory.appendingPathComponent("markdown-benchmark-\(getpid()).time").path
    let (seconds, _) = measureSpawn(timeTool, ["-f", "%M", "-o", report, path] + arguments)
    let text = (try? String(contentsOfFile: report, encoding: .utf8)) ?? ""
    try? FileManager.default.removeItem(atPath: report)
    return (seconds, Int(text.split(separator: "\n").last.map(String.init) ?? "") ?? 0)
}

func measureSpawn(_ path: String, _ arguments: [String]) -> (seconds: Double, peakKB: Int) {
    var pid: pid_t = 0
    var actions: posix_spawn_file_actions_t = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    let argv: [UnsafeMutablePointer<CChar>?] = ([path] + arguments).map { strdup($0) } + [nil]
    let start = DispatchTime.now().uptimeNanoseconds
    guard posix_spawn(&pid, path, &actions, nil, argv, environ) == 0 else { return (0, 0) }
    var status: Int32 = 0
    var usage = rusage()
    _ = wait4(pid, &status, 0, &usage)
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    for pointer in argv { free(pointer) }
    posix_spawn_file_actions_destroy(&actions)
    return (time, usage.ru_maxrss)
}

/// The program measured against cmark-gfm's command line: `MarkdownRender` (Markdown + Glibc, no Foundation),
/// preferably built with the Swift runtime linked in (see the README), else this benchmark's own `--file` mode.
func ourDriver(_ me: String) -> (path: String, arguments: [String], description: String) {
    let folder = me.split(separator: "/", omittingEmptySubsequences: false).dropLast().joined(separator: "/")
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path
    var candidates = ["\(root)/.build-static/release/MarkdownRender", "\(folder)/MarkdownRender"]
    if let chosen = ProcessInfo.processInfo.environment["MARKDOWN_RENDER"] { candidates.insert(chosen, at: 0) }
    for path in candidates where FileManager.default.isExecutableFile(atPath: path) {
        // A binary that names libswiftCore.so loads the Swift runtime dynamically at start-up.
        let binary = FileManager.default.contents(atPath: path) ?? Data()
        let dynamic = binary.range(of: Data("libswiftCore.so".utf8)) != nil
        return (path, [], "\(path) (MarkdownRender: Markdown + Glibc, no Foundation; Swift runtime "
            + (dynamic ? "linked dynamically)" : "linked statically, --static-swift-stdlib)"))
    }
    return (me, ["--file"], "\(me) --file (this benchmark with Foundation; build MarkdownRender for the small driver)")
}

if let cmark = findCmark() {
    let me = CommandLine.arguments[0].hasPrefix("/") ? CommandLine.arguments[0]
        : FileManager.default.currentDirectoryPath + "/" + CommandLine.arguments[0]
    let driver = ourDriver(me)
    let cmarkArguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tasklist", "--unsafe"]
    print("\nSide by side with \(cmark) \(cmarkArguments.joined(separator: " ")) FILE (whole processes, HTML to /dev/null,")
    print("one warm-up, then 7 interleaved runs each, medians; peak memory by /usr/bin/time). Ours: \(driver.description)")
    for file in ["report.md", "spec-concat.md"] {
        let path = shared.appendingPathComponent("bench/markdown/\(file)").path
        var ours: [(Double, Int)] = [], theirs: [(Double, Int)] = []
        for run in 0..<8 {
            let our = measureProcess(driver.path, driver.arguments + [path])
            let their = measureProcess(cmark, cmarkArguments + [path])
            if run > 0 { ours.append(our); theirs.append(their) }
        }
        let ourTime = ours.map(\.0).sorted()[3], theirTime = theirs.map(\.0).sorted()[3]
        let ourPeak = ours.map(\.1).max() ?? 0, theirPeak = theirs.map(\.1).max() ?? 0
        print(String(format: "%@: ours %.1f ms, %d KB; cmark-gfm %.1f ms, %d KB; time %.2f×, memory %.2f×",
                     file, ourTime * 1000, ourPeak, theirTime * 1000, theirPeak, ourTime / theirTime, Double(ourPeak) / Double(theirPeak)))
    }
    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("markdown-benchmark-empty.md")
    _ = FileManager.default.createFile(atPath: empty.path, contents: Data("x\n".utf8))
    var ourStarts: [Double] = [], theirStarts: [Double] = []
    for _ in 0..<21 {
        ourStarts.append(measureProcess(driver.path, driver.arguments + [empty.path]).seconds)
        theirStarts.append(measureProcess(cmark, [empty.path]).seconds)
    }
    print(String(format: "process start-up (a one-line file, median of 21 interleaved): ours %.1f ms, cmark-gfm %.1f ms",
                 ourStarts.sorted()[10] * 1000, theirStarts.sorted()[10] * 1000))
} else {
    print("\ncmark-gfm not installed: no side-by-side figures (apt-get install cmark-gfm)")
}

// Scaling: each family at n and 10n; k = log(t(10n)/t(n)) / log(bytes(10n)/bytes(n)) ≈ 1 when linear.
func repeated(_ text: String, _ count: Int) -> String { String(repeating: text, count: count) }
let families: [(String, (Int) -> String, Int)] = [
    ("nested strong emphasis", { repeated("*a **a ", $0) + "b" + repeated(" a** a*", $0) }, 65_000),
    ("emphasis closers without openers", { repeated("a_ ", $0) }, 65_000),
    ("emphasis openers without closers", { repeated("_a ", $0) }, 65_000),
    ("link closers without openers", { repeated("a]", $0) }, 65_000),
    ("link openers without closers", { repeated("[a", $0) }, 65_000),
    ("mismatched openers and closers", { repeated("*a_ ", $0) }, 50_000),
    ("run lengths multiple of 3", { "a**b" + repeated("c* ", $0) }, 50_000),
    ("link openers and emphasis closers", { repeated("[ a_", $0) }, 50_000),
    ("repeated [ (](", { repeated("[ (](", $0) }, 80_000),
    ("repeated ![[]()", { repeated("![[]()", $0) }, 160_000),
    ("openers then mixed closers", { repeated("*a ", $0) + repeated("_a*_ ", $0) }, 20_000),
    ("nested brackets", { repeated("[", $0) + "a" + repeated("]", $0) }, 50_000),
    ("backtick runs", { n in var t = "e"; for l in 1..<n { t += repeated("`", l) + "e" }; return t }, 5_000),
    ("unclosed <destinations", { repeated("[a](<b", $0) }, 30_000),
    ("unclosed destinations", { repeated("[a](b", $0) }, 30_000),
    ("unclosed HTML comments", { "</" + repeated("<!--", $0) }, 300_000),
    ("nested block quotes", { repeated("> ", $0) + "a" }, 50_000),
    ("deeply nested lists", { n in (0..<n).map { repeated("  ", $0) + "* a\n" }.joined() }, 1_000),
    ("blank lines after nested list", { repeated("- ", $0) + "x" + repeated("\n", $0) }, 30_000),
    ("same inside a block quote", { "> " + repeated("- ", $0) + "x\n" + repeated(">\n", $0) }, 30_000),
    ("emphasis in deep block quote", { repeated(">", $0) + repeated("a*", $0) }, 100_000),
    ("many reference definitions", { n in (1..<n).map { "[\($0)]: u\n" }.joined() + repeated("[0] ", 5_000) }, 80_000),
    ("table rows with CR and VT", { repeated("aaa\rbbb\n-\u{0B}\n", $0) }, 30_000),
    ("table missing cells", { repeated("x|", $0) + "\n" + repeated("-|", $0) + "\n" + repeated("x|\n", $0) }, 10_000),
]
print("\nPathological families: time at n and 10n (10n = the full size in pathological.md), scaling exponent k (1 = linear, 2 = quadratic)")
for (name, make, n) in families {
    let small = make(n / 10), large = make(n)
    let smallBytes = Array(small.utf8), largeBytes = Array(large.utf8)
    let tSmall = median(3) { _ = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(smallBytes, options: fourExtensions)) }
    let tLarge = median(3) { _ = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(largeBytes, options: fourExtensions)) }
    let k = log(tLarge / tSmall) / log(Double(largeBytes.count) / Double(smallBytes.count))
    let flag = k > 1.5 && tLarge > 0.02 ? "  <-- superlinear" : ""
    print(String(format: "%-34@ %8.1f ms %8.1f ms  k = %.2f%@", name as NSString, tSmall * 1000, tLarge * 1000, k, flag as NSString))
}

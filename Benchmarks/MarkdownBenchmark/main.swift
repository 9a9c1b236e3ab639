// Markdown → HTML throughput on the shared inputs, and the growth of every pathological family.
// Run: swift run -c release MarkdownBenchmark [path/to/shared]
import Foundation
import Markdown

// `--render` writes the HTML of standard input (all six extensions, unsafe), for comparing by hand.
if CommandLine.arguments.count > 1, CommandLine.arguments[1] == "--render" {
    let input = FileHandle.standardInput.readDataToEndOfFile()
    print(HTMLWriter(options: .unsafe).render(MarkdownParser.parse([UInt8](input), options: .gfm)), terminator: "")
    exit(0)
}

// `--file PATH` times one file only (handy under a profiler).
if CommandLine.arguments.count > 2, CommandLine.arguments[1] == "--file" {
    let bytes = [UInt8](FileManager.default.contents(atPath: CommandLine.arguments[2]) ?? Data())
    let start = DispatchTime.now().uptimeNanoseconds
    let html = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(bytes, options: .gfm))
    let time = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    print(String(format: "%d bytes in %.1f ms, %d bytes of HTML", bytes.count, time * 1000, html.utf8.count))
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

let shared = sharedFolder()
print("Markdown benchmark (release), inputs from \(shared.standardizedFileURL.path)")
for file in ["report.md", "spec-concat.md"] {
    guard let data = FileManager.default.contents(atPath: shared.appendingPathComponent("bench/markdown/\(file)").path) else {
        print("missing \(file)")
        exit(1)
    }
    let bytes = [UInt8](data)
    var html = ""
    let time = median(5) { html = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(bytes, options: .gfm)) }
    let megabytes = Double(bytes.count) / 1_000_000
    print(String(format: "%@: %.2f MB in %.1f ms (median of 5) = %.1f MB/s; %d bytes of HTML", file, megabytes, time * 1000, megabytes / time, html.utf8.count))
}
print("peers on this kind of machine: cmark-gfm 36.9 MB/s (report.md), 6.9 MB/s (spec-concat.md); Ink 4.3 MB/s")

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
    let tSmall = median(3) { _ = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(smallBytes, options: .gfm)) }
    let tLarge = median(3) { _ = HTMLWriter(options: .unsafe).render(MarkdownParser.parse(largeBytes, options: .gfm)) }
    let k = log(tLarge / tSmall) / log(Double(largeBytes.count) / Double(smallBytes.count))
    let flag = k > 1.5 && tLarge > 0.02 ? "  <-- superlinear" : ""
    print(String(format: "%-34@ %8.1f ms %8.1f ms  k = %.2f%@", name as NSString, tSmall * 1000, tLarge * 1000, k, flag as NSString))
}

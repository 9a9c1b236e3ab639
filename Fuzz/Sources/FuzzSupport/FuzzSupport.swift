import CLibFuzzerDriver
import EmbeddedResources
import ReportBuilding
import Foundation

/// Runs libFuzzer with this process's arguments on the executable's `LLVMFuzzerTestOneInput`; never returns.
///
/// Each target's `main.swift` calls this. (SwiftPM links executables with `--defsym main=<Target>_main`,
/// so libFuzzer's own `main` is not used; this does what it would do.)
public func runLibFuzzer() -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, LLVMFuzzerTestOneInput))
}

/// Helpers shared by the fuzz targets.
public enum FuzzSupport {
    /// Stops the process so libFuzzer records the input as a crash, with `message` on stderr.
    public static func fail(_ message: String, input: [UInt8]) -> Never {
        var text = "FUZZ INVARIANT VIOLATED: \(message)\n"
        text += "input (\(input.count) bytes, UTF-8 lossy): \(String(decoding: input.prefix(2000), as: UTF8.self).debugDescription)\n"
        FileHandle.standardError.write(Data(text.utf8))
        abort()
    }

    /// The sample project's files, relative to the project root (`tilstandsrapport.txt`, `data/bemanning.csv` …).
    public static let sampleFiles: [(path: String, bytes: [UInt8])] = EmbeddedResources.files(under: "SampleData/").map {
        (path: String($0.path.dropFirst("SampleData/".count)), bytes: $0.bytes)
    }

    /// The built-in bokmål templates by name, as the program's `ReportBuilder` picks them.
    public static let builtInTemplates: [String: String] = BuiltInTemplates.embedded.sets[.bokmål] ?? [:]

    /// Chapter ids of the sample project's texts (`tekster/<id>.md`), sorted.
    public static let sampleChapterIDs: [String] = sampleFiles.compactMap { file in
        guard file.path.hasPrefix("tekster/"), file.path.hasSuffix(".md") else { return nil }
        return String(file.path.dropFirst("tekster/".count).dropLast(3))
    }.sorted()
}

/// A copy of the sample project in a temporary folder, one per process; removed at exit.
///
/// A fuzz iteration replaces one file with `write(_:to:)`, runs, then puts the original back with `restore(_:)`,
/// so every iteration starts from the pristine sample project.
public final class SampleProject: @unchecked Sendable {
    public let root: URL
    private var originals: [String: [UInt8]] = [:]

    nonisolated(unsafe) private static var created: [URL] = []

    /// Copies the sample project's files for which `include` (given the relative path) is true.
    public init(including include: (String) -> Bool = { _ in true }) {
        let base = URL(fileURLWithPath: NSTemporaryDirectory(), isDirectory: true)
        root = base.appendingPathComponent("tilstandsrapport-fuzz-\(getpid())-\(UUID().uuidString.prefix(8))", isDirectory: true)
        let fm = FileManager.default
        for file in FuzzSupport.sampleFiles where include(file.path) {
            let url = root.appendingPathComponent(file.path)
            try! fm.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try! Data(file.bytes).write(to: url)
            originals[file.path] = file.bytes
        }
        if SampleProject.created.isEmpty {
            atexit {
                for url in SampleProject.created { try? FileManager.default.removeItem(at: url) }
            }
        }
        SampleProject.created.append(root)
    }

    /// Every file of the project, relative to the root, sorted.
    public var paths: [String] { originals.keys.sorted() }

    /// Replaces (or creates) the file at `relative` with `bytes`.
    public func write(_ bytes: [UInt8], to relative: String) {
        let url = root.appendingPathComponent(relative)
        guard FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) else {
            fatalError("fuzz harness: cannot write \(url.path)")
        }
    }

    /// Puts back the sample's own file at `relative` (or removes a file the sample does not have).
    public func restore(_ relative: String) {
        if let original = originals[relative] {
            write(original, to: relative)
        } else {
            try? FileManager.default.removeItem(at: root.appendingPathComponent(relative))
        }
    }
}

/// Cheap checks on rendered HTML.
public enum HTMLInvariants {
    /// True when `html` contains `<script` in any letter case.
    public static func containsScriptTag(_ html: [UInt8]) -> Bool {
        let needle = Array("<script".utf8)
        guard html.count >= needle.count else { return false }
        var i = 0
        while i <= html.count - needle.count {
            if html[i] == 0x3C {
                var match = true
                for j in 1..<needle.count where html[i + j] | 0x20 != needle[j] { match = false; break }
                if match { return true }
            }
            i += 1
        }
        return false
    }

    /// The first `href`/`src`/`action`/`formaction` attribute whose value a browser would read as a
    /// `javascript:`, `vbscript:` or `file:` URL, or nil. Values are entity-decoded and
    /// tab/newline-stripped the way a browser reads them.
    public static func dangerousURLAttribute(_ html: [UInt8]) -> String? {
        let names: [[UInt8]] = ["href", "src", "action", "formaction", "xlink:href"].map { Array($0.utf8) }
        var i = 0
        let n = html.count
        // Only attributes of real tags count: `&lt;img src=javascript:…` in escaped text is harmless text
        // (a first run of this checker flagged exactly that). Attribute values never hold a raw `>`, as the
        // writer escapes it.
        // Nor does text inside another attribute's quoted value (an image's alt text, found by the second run).
        var inTag = false
        var quote: UInt8? = nil
        while i < n {
            if let open = quote {
                if html[i] == open { quote = nil }
                i += 1
                continue
            }
            if inTag, html[i] == 0x22 || html[i] == 0x27 { quote = html[i]; i += 1; continue }
            if html[i] == 0x3C, i + 1 < n, (html[i + 1] | 0x20) >= 0x61, (html[i + 1] | 0x20) <= 0x7A { inTag = true }
            if html[i] == 0x3E { inTag = false }
            // An attribute starts after whitespace inside a tag.
            if inTag, html[i] == 0x20 || html[i] == 0x0A || html[i] == 0x09 {
                for name in names where i + 1 + name.count + 1 < n {
                    var ok = true
                    for j in 0..<name.count where html[i + 1 + j] | 0x20 != name[j] { ok = false; break }
                    guard ok else { continue }
                    var k = i + 1 + name.count
                    guard html[k] == 0x3D else { continue } // '='
                    k += 1
                    guard k < n else { continue }
                    let quote = html[k]
                    var value: [UInt8] = []
                    if quote == 0x22 || quote == 0x27 {
                        k += 1
                        while k < n, html[k] != quote { value.append(html[k]); k += 1 }
                    } else {
                        while k < n, html[k] != 0x20, html[k] != 0x3E { value.append(html[k]); k += 1 }
                    }
                    let decoded = decodeEntities(value)
                    if isDangerousURL(decoded) { return String(decoding: value, as: UTF8.self) }
                }
            }
            i += 1
        }
        return nil
    }

    /// A scheme needs its colon: `javascript` alone is a relative link (found by a longer run: `[a](javascript)`).
    static func isDangerousURL(_ value: [UInt8]) -> Bool {
        var scheme: [UInt8] = []
        var sawColon = false
        for byte in value {
            if byte <= 0x20 {
                if scheme.isEmpty || byte == 0x09 || byte == 0x0A || byte == 0x0D { continue }
                return false
            }
            if byte == 0x3A {
                sawColon = true
                break
            }
            scheme.append(byte | 0x20)
            if scheme.count > 16 { return false }
        }
        guard sawColon else { return false }
        let name = String(decoding: scheme, as: UTF8.self)
        return name == "javascript" || name == "vbscript" || name == "file"
    }

    /// Decodes `&amp;`-style named references for the few ASCII letters that matter and numeric references.
    static func decodeEntities(_ value: [UInt8]) -> [UInt8] {
        guard value.contains(0x26) else { return value }
        var out: [UInt8] = []
        var i = 0
        let named: [String: UInt8] = ["amp": 0x26, "colon": 0x3A, "tab": 0x09, "newline": 0x0A, "lt": 0x3C, "gt": 0x3E, "quot": 0x22, "apos": 0x27]
        while i < value.count {
            if value[i] == 0x26, let semi = value[(i + 1)...].prefix(12).firstIndex(of: 0x3B) {
                let body = String(decoding: value[(i + 1)..<semi], as: UTF8.self)
                var scalar: UInt32? = nil
                if body.hasPrefix("#x") || body.hasPrefix("#X") { scalar = UInt32(body.dropFirst(2), radix: 16) }
                else if body.hasPrefix("#") { scalar = UInt32(body.dropFirst(1)) }
                else if let byte = named[body.lowercased()] { scalar = UInt32(byte) }
                if let scalar, let unicode = Unicode.Scalar(scalar) {
                    out.append(contentsOf: Array(String(Character(unicode)).utf8))
                    i = semi + 1
                    continue
                }
            }
            out.append(value[i])
            i += 1
        }
        return out
    }

    /// True when `bytes` is valid UTF-8.
    public static func isValidUTF8(_ bytes: [UInt8]) -> Bool {
        String(validating: bytes, as: UTF8.self) != nil
    }
}

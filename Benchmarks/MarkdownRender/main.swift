// The small command-line driver the side-by-side benchmark measures, the counterpart of cmark-gfm's
// `cmark-gfm -e table -e strikethrough -e autolink -e tasklist --unsafe FILE`: reads FILE, renders it
// with the same four extensions and raw HTML passed through, writes the HTML to standard output.
// Only `Markdown` and Glibc: no Foundation, so the process maps no ICU (cmark-gfm's CLI is likewise a
// small C program over its library). Built for the benchmark with
// `swift build -c release --product MarkdownRender --static-swift-stdlib --scratch-path .build-static`.
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Markdown

/// The whole file, or nil when it cannot be opened or read.
func readFile(_ path: String) -> [UInt8]? {
    let descriptor = open(path, O_RDONLY)
    guard descriptor >= 0 else { return nil }
    defer { close(descriptor) }
    var status = stat()
    let size = fstat(descriptor, &status) == 0 ? Int(status.st_size) : 0
    var bytes = [UInt8](repeating: 0, count: max(size, 0) + 1)
    var filled = 0
    while true {
        if filled == bytes.count { bytes.append(contentsOf: repeatElement(0, count: bytes.count)) }
        let result = bytes.withUnsafeMutableBufferPointer { buffer -> Int in
            guard let base = buffer.baseAddress else { return -1 }
            return read(descriptor, base + filled, buffer.count - filled)
        }
        if result < 0 { return nil }
        if result == 0 { break }
        filled += result
    }
    bytes.removeSubrange(filled...)
    return bytes
}

func writeAll(_ bytes: [UInt8], to descriptor: Int32 = 1) -> Bool {
    bytes.withUnsafeBufferPointer { buffer in
        var written = 0
        while written < buffer.count, let base = buffer.baseAddress {
            let result = write(descriptor, base + written, buffer.count - written)
            if result <= 0 { return false }
            written += result
        }
        return true
    }
}

let arguments = CommandLine.arguments
guard arguments.count == 2 else {
    _ = writeAll(Array("usage: MarkdownRender FILE.md\n".utf8), to: 2)
    exit(2)
}
guard let input = readFile(arguments[1]) else {
    _ = writeAll(Array("MarkdownRender: cannot read \(arguments[1])\n".utf8), to: 2)
    exit(1)
}
let options = ParseOptions(tables: true, strikethrough: true, autolinks: true, taskLists: true, tagFilter: false, footnotes: false)
let html = HTMLWriter(options: .unsafe).renderUTF8(MarkdownParser.parse(input, options: options))
exit(writeAll(html) ? 0 : 1)

import Foundation

/// Compares text with a golden file; `UPDATE_GOLDENS=1` rewrites the file and reports a failure,
/// so a re-recorded golden is always looked at before it is committed.
public enum Golden {
    /// The outcome of a comparison.
    public enum Outcome: Equatable {
        case matches
        case recorded(path: String)
        case differs(firstDifferentLine: Int, expected: String, actual: String)
        case missing(path: String)
    }

    /// Compares `actual` with the file at `path`.
    public static func compare(_ actual: String, withFileAt path: URL) -> Outcome {
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try? FileManager.default.createDirectory(
                at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
            try? actual.write(to: path, atomically: true, encoding: .utf8)
            return .recorded(path: path.path)
        }
        guard let expected = try? String(contentsOf: path, encoding: .utf8) else {
            return .missing(path: path.path)
        }
        if expected == actual { return .matches }
        let expectedLines = expected.components(separatedBy: "\n")
        let actualLines = actual.components(separatedBy: "\n")
        for index in 0..<max(expectedLines.count, actualLines.count) {
            let left = index < expectedLines.count ? expectedLines[index] : "<end of file>"
            let right = index < actualLines.count ? actualLines[index] : "<end of file>"
            if left != right {
                return .differs(firstDifferentLine: index + 1, expected: left, actual: right)
            }
        }
        return .differs(firstDifferentLine: 0, expected: "", actual: "")
    }
}

import Foundation

/// Finds the shared conformance suites and benchmark inputs (`../shared` beside the repository).
///
/// Outside CI a missing folder means "skip, with a clear message"; with `CI=true` it is a failure,
/// so a CI run can never pass by silently running nothing.
public enum ConformanceSuite {
    /// Raised when a suite is required (CI) but missing.
    public struct Missing: Error, CustomStringConvertible {
        public let path: String
        public var description: String { "conformance folder missing in CI: \(path)" }
    }

    /// The repository root, found from this file's own path.
    public static var repositoryRoot: URL {
        URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent() // TestSupport
            .deletingLastPathComponent() // Tests
            .deletingLastPathComponent()
    }

    /// The shared folder: `$TILSTANDSRAPPORT_SHARED` if set, else `../shared` beside the repository.
    public static var sharedRoot: URL {
        if let override = ProcessInfo.processInfo.environment["TILSTANDSRAPPORT_SHARED"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        return repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    }

    /// True when running under CI (`CI=true`).
    public static var isCI: Bool {
        let value = ProcessInfo.processInfo.environment["CI"]?.lowercased()
        return value == "true" || value == "1"
    }

    /// The folder `shared/<relativePath>`, or nil (after printing why) when it is missing outside CI.
    /// Throws `Missing` when it is missing in CI.
    public static func directory(_ relativePath: String) throws -> URL? {
        let url = sharedRoot.appendingPathComponent(relativePath)
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue {
            return url
        }
        if isCI { throw Missing(path: url.path) }
        print("SKIP: \(url.path) not found; conformance tests for it were skipped (they run in CI).")
        return nil
    }
}

import EmbeddedResources

/// One file of a sample project, with its path relative to the project folder (`data/bemanning.csv`).
public struct ProjectFile: Sendable, Hashable {
    public var path: String
    public var bytes: [UInt8]

    public init(path: String, bytes: [UInt8]) {
        self.path = path
        self.bytes = bytes
    }
}

/// The files `init` writes. The program's own set is `embedded` (`SampleData/`); tests pass their own.
public struct SampleProject: Sendable, Hashable {
    public var files: [ProjectFile]

    public init(files: [ProjectFile]) {
        self.files = files
    }

    /// The files of `SampleData/` compiled into the program.
    public static var embedded: SampleProject {
        let prefix = "SampleData/"
        return SampleProject(files: EmbeddedResources.files(under: prefix).map {
            ProjectFile(path: String($0.path.dropFirst(prefix.count)), bytes: $0.bytes)
        })
    }
}

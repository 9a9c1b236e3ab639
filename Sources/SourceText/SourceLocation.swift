/// A 1-based position in a named source file, with the column counted in characters as an editor shows them.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    /// The file's name as the user knows it (relative to the project folder where possible).
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column, counted in characters (æ is one column).
    public var column: Int

    /// Creates a location.
    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and terminals recognise.
    public var description: String { "\(file):\(line):\(column)" }
}

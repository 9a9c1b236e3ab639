// swift-tools-version:6.0
import PackageDescription

// One self-contained binary with no third-party packages: every module here is ours.
// Dependencies flow one way: SourceText/Escaping/NumberFormatting → CSV, Mustache, Markdown, Charts, DisclosureControl, TextDiff →
// ReportModel → ReportInputs, ReportRendering → ReportBuilding → TilstandsrapportCLI → tilstandsrapport. Workbooks
// and SSB downloads: ZIPArchive → Spreadsheet (+ SourceText, CSV) → StatBank → ReportInputs.
let package = Package(
    name: "tilstandsrapport",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tilstandsrapport", targets: ["tilstandsrapport"]),
        // For the fuzz package in Fuzz/, which builds every parser with -sanitize=fuzzer.
        .library(name: "TilstandsrapportKit", targets: ["CSV", "Mustache", "Markdown", "ReportInputs", "ReportRendering", "ReportBuilding", "TilstandsrapportCLI",
                                                        "EmbeddedResources", "ZIPArchive", "Spreadsheet", "StatBank", "WorkbookFixtures"]),
    ],
    targets: [
        .target(name: "SourceText"),
        .target(name: "Escaping"),
        .target(name: "NumberFormatting"),
        .target(name: "CSV", dependencies: ["SourceText"]),
        .target(name: "ZIPArchive"),
        .target(name: "Spreadsheet", dependencies: ["SourceText", "ZIPArchive", "CSV"]),
        .target(name: "StatBank", dependencies: ["SourceText", "CSV", "Spreadsheet"]),
        .target(name: "Mustache", dependencies: ["SourceText", "Escaping"]),
        .target(name: "Markdown", dependencies: ["SourceText", "Escaping"]),
        .target(name: "Charts", dependencies: ["Escaping", "NumberFormatting"]),
        // Paragraph and word differences between two versions of a text (what changed since an approval).
        .target(name: "TextDiff"),
        // The attacker's search runs millions of steps in the property test: optimised even in debug builds.
        .target(name: "DisclosureControl", swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .target(name: "ReportModel", dependencies: ["SourceText", "NumberFormatting", "DisclosureControl"]),
        .target(name: "ReportInputs", dependencies: ["SourceText", "CSV", "ReportModel", "Markdown", "Spreadsheet", "StatBank"]),
        .target(name: "ReportRendering", dependencies: ["SourceText", "Escaping", "ReportModel", "Mustache", "Markdown", "Charts"]),
        // Building a report as a library call (load → compute → render → files in memory), for the command line,
        // a preview server or a batch runner alike.
        .target(name: "ReportBuilding", dependencies: ["SourceText", "ReportModel", "ReportInputs", "ReportRendering", "Mustache", "EmbeddedResources", "TextDiff"]),
        .target(name: "TilstandsrapportCLI", dependencies: ["SourceText", "ReportModel", "ReportBuilding", "EmbeddedResources", "TextDiff"]),
        .executableTarget(name: "tilstandsrapport", dependencies: ["TilstandsrapportCLI", "ReportBuilding"]),

        // Templates/ and SampleData/ compiled into the binary: the plugin runs the tool, which writes
        // one Swift file with every file's bytes; `EmbeddedResources` exposes them read-only. Its folder links
        // to both folders (excluded from its sources) so that adding a file there makes SwiftPM re-plan.
        .target(name: "EmbeddedResources", exclude: ["Templates", "SampleData"], plugins: ["EmbedResources"]),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["EmbedResourcesTool"]),
        .executableTarget(name: "EmbedResourcesTool"),

        .executableTarget(name: "MustacheBenchmark", dependencies: ["Mustache"], path: "Benchmarks/MustacheBenchmark"),
        .executableTarget(name: "MarkdownBenchmark", dependencies: ["Markdown"], path: "Benchmarks/MarkdownBenchmark"),
        // What the side-by-side run measures against cmark-gfm's command line: Markdown and Glibc only, no Foundation.
        .executableTarget(name: "MarkdownRender", dependencies: ["Markdown"], path: "Benchmarks/MarkdownRender"),
        .executableTarget(name: "SpreadsheetBenchmark", dependencies: ["Spreadsheet", "ZIPArchive", "WorkbookFixtures"],
                          path: "Benchmarks/SpreadsheetBenchmark"),
        .executableTarget(
            name: "ReportBenchmark",
            dependencies: ["ReportBuilding", "EmbeddedResources", "ReportInputs", "ReportModel"],
            path: "Benchmarks/ReportBenchmark"
        ),

        .target(name: "TestSupport", path: "Tests/TestSupport"),
        .testTarget(name: "SourceTextTests", dependencies: ["SourceText"]),
        .testTarget(name: "EscapingTests", dependencies: ["Escaping"]),
        .testTarget(name: "NumberFormattingTests", dependencies: ["NumberFormatting"]),
        .testTarget(name: "CSVTests", dependencies: ["CSV", "TestSupport"]),
        .target(name: "WorkbookFixtures", dependencies: ["ZIPArchive"], path: "Tests/WorkbookFixtures"),
        .testTarget(name: "ZIPArchiveTests", dependencies: ["ZIPArchive", "WorkbookFixtures"], exclude: ["Fixtures"]),
        .testTarget(name: "StatBankTests", dependencies: ["StatBank", "SourceText", "WorkbookFixtures"], exclude: ["Fixtures"]),
        .testTarget(name: "SpreadsheetTests", dependencies: ["Spreadsheet", "CSV", "SourceText", "WorkbookFixtures"], exclude: ["Fixtures"]),
        .testTarget(name: "MustacheTests", dependencies: ["Mustache", "TestSupport"]),
        .testTarget(name: "MarkdownTests", dependencies: ["Markdown", "TestSupport"]),
        .testTarget(name: "ChartsTests", dependencies: ["Charts", "TestSupport"]),
        .testTarget(name: "TextDiffTests", dependencies: ["TextDiff"]),
        // The property test enumerates millions of assignments: optimised even in debug builds, like the engine.
        .testTarget(name: "DisclosureControlTests", dependencies: ["DisclosureControl"], swiftSettings: [.unsafeFlags(["-O"], .when(configuration: .debug))]),
        .testTarget(name: "ReportModelTests", dependencies: ["ReportModel", "TestSupport"]),
        .testTarget(name: "ReportInputsTests", dependencies: ["ReportInputs", "TestSupport", "StatBank", "Spreadsheet", "WorkbookFixtures"], exclude: ["Fixtures"]),
        .testTarget(name: "ReportBuildingTests", dependencies: ["ReportBuilding", "ReportInputs", "ReportModel", "EmbeddedResources", "TestSupport"]),
        .testTarget(name: "ReportRenderingTests", dependencies: ["ReportRendering", "ReportInputs", "Mustache", "TestSupport"], exclude: ["Golden"]),
        .testTarget(
            name: "CLITests",
            dependencies: ["TilstandsrapportCLI", "ReportBuilding", "ReportInputs", "ReportModel", "TextDiff", "EmbeddedResources", "TestSupport"],
            exclude: ["Commands", "Hostile/all-input-findings.txt"]
        ),
    ]
)

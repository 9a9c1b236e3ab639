// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for the parsers and the whole build. Not part of the root package, so the normal
// build never needs sanitizers. Build and run with Scripts/fuzz (see README.md here); it builds with
//
//   swift build --package-path Fuzz -c debug --scratch-path .build-fuzz -Xswiftc -sanitize=address \
//       -Xswiftc -sanitize-coverage=edge,indirect-calls,trace-cmp,inline-8bit-counters,pc-table -Xswiftc -use-ld=lld
//
// That is the instrumentation `-sanitize=fuzzer` adds, but without linking libFuzzer into every program:
// the root package's build tool (EmbedResourcesTool) is built with the same flags and has no fuzz entry
// point. libFuzzer is linked into the fuzz targets only (linkerSettings below). `-use-ld=lld` because
// gold crashes on the ASan-instrumented debug info. Each target's file exports `LLVMFuzzerTestOneInput`.
// One name per line, so that branches adding targets merge without conflicts.
let fuzzers = [
    "FuzzCSV",
    "FuzzSettings",
    "FuzzFrontMatter",
    "FuzzMustache",
    "FuzzMarkdown",
    "FuzzBuild",
    "FuzzJSON",
    "FuzzInflate",
    "FuzzWorkbook",
    "FuzzStatBank",
]

let package = Package(
    name: "TilstandsrapportFuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tilstandsrapport", path: ".."),
    ],
    targets: [
        .target(name: "CLibFuzzerDriver"),
        .target(
            name: "FuzzSupport",
            dependencies: ["CLibFuzzerDriver", .product(name: "TilstandsrapportKit", package: "tilstandsrapport")]
        ),
    ] + fuzzers.map { name in
        .executableTarget(
            name: name,
            dependencies: ["FuzzSupport", .product(name: "TilstandsrapportKit", package: "tilstandsrapport")],
            // Links libFuzzer (its driver, which main.swift calls) into the fuzz targets only.
            linkerSettings: [.unsafeFlags(["-sanitize=fuzzer,address"])]
        )
    }
)

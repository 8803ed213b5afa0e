// swift-tools-version:6.0
import PackageDescription

// Targets follow DESIGN.md: data flows one way, and only EnlaceTerminal imports CNcursesw.
// One change: EnlaceText imports EnlaceModel, so that the words for the model's values and
// errors live with the catalog, once, for the board, the briefs and the command line alike.
let package = Package(
    name: "Enlace",
    products: [
        .executable(name: "enlace", targets: ["enlace"]),
    ],
    dependencies: [
        // The help screens are laid out again from its English output (HelpLayout.swift): pinned to
        // the minor version whose layout they read; HelpLayoutTests pin that layout and fail when it changes.
        .package(url: "https://github.com/apple/swift-argument-parser", .upToNextMinor(from: "1.8.2")),
    ],
    targets: [
        .systemLibrary(name: "CNcursesw", path: "Sources/CNcursesw"),
        // Signal handlers, the self-pipe and the crash-restore bytes: state that must exist once
        // per process, so a C file of its own and not statics in a header.
        .target(name: "CEnlaceSignals", linkerSettings: [.linkedLibrary("ncursesw")]),
        // Bytes for the terminal collected through tputs, which calls a plain C function: a
        // buffer that, for the same reason, lives in a C file.
        .target(name: "CEnlaceOverlay", linkerSettings: [.linkedLibrary("ncursesw")]),
        .target(name: "EnlaceModel"),
        // Writing a file whole or not at all, and never through a link: the store's saves and
        // the briefs share it. Foundation and the C library only.
        .target(name: "EnlaceFiles"),
        .target(name: "EnlaceText", dependencies: ["EnlaceModel"]),
        .target(name: "EnlaceStore", dependencies: ["EnlaceModel", "EnlaceFiles"]),
        .target(name: "EnlaceBrief", dependencies: ["EnlaceModel", "EnlaceText", "EnlaceFiles"]),
        .target(name: "EnlaceUI", dependencies: ["EnlaceModel", "EnlaceText"]),
        .target(name: "EnlaceTerminal", dependencies: ["EnlaceUI", "CNcursesw", "CEnlaceSignals", "CEnlaceOverlay"]),
        // The board's and the kiosk's runtime: their loops over any terminal, the effect runner,
        // the loaders and the wording of store errors. No ncurses: tests drive it headless.
        .target(name: "EnlaceApp", dependencies: ["EnlaceModel", "EnlaceStore", "EnlaceText", "EnlaceBrief", "EnlaceUI"]),
        // Fictional boards of any size for benchmarks and tests; `enlace generate` uses it.
        .target(name: "EnlaceGenerator", dependencies: ["EnlaceModel"]),
        .executableTarget(
            name: "enlace",
            dependencies: [
                "EnlaceModel", "EnlaceStore", "EnlaceBrief", "EnlaceText", "EnlaceUI", "EnlaceApp", "EnlaceTerminal",
                "EnlaceGenerator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            plugins: ["BuildCommit"]
        ),
        // `enlace --version` names the git commit of the build; a tarball without .git builds without one.
        .plugin(name: "BuildCommit", capability: .buildTool()),
        // In-process measurements for scripts/bench; meaningful only in release builds.
        .executableTarget(name: "enlace-bench", dependencies: ["EnlaceModel", "EnlaceStore", "EnlaceGenerator", "EnlaceUI", "EnlaceText"]),
        .testTarget(name: "EnlaceModelTests", dependencies: ["EnlaceModel"]),
        .testTarget(name: "EnlaceTextTests", dependencies: ["EnlaceText"]),
        .testTarget(name: "EnlaceFilesTests", dependencies: ["EnlaceFiles"]),
        .testTarget(name: "EnlaceStoreTests", dependencies: ["EnlaceStore", "EnlaceModel"]),
        .testTarget(name: "EnlaceUITests", dependencies: ["EnlaceUI", "EnlaceModel", "EnlaceText"], exclude: ["Snapshots"]),
        .testTarget(name: "EnlaceAppTests", dependencies: ["EnlaceApp", "EnlaceStore", "EnlaceUI", "EnlaceModel", "EnlaceText"]),
        .testTarget(name: "EnlaceTerminalTests", dependencies: ["EnlaceTerminal", "EnlaceUI"]),
        .testTarget(name: "EnlaceCLITests", dependencies: ["enlace"]),
        .testTarget(name: "EnlaceBriefTests", dependencies: ["EnlaceBrief", "EnlaceModel", "EnlaceText", "EnlaceFiles"], exclude: ["Golden"]),
        .testTarget(name: "EnlaceReliabilityTests", dependencies: ["enlace", "EnlaceStore", "EnlaceModel"], exclude: ["FuzzRegressions"]),
        .testTarget(name: "EnlacePerformanceTests", dependencies: ["EnlaceStore", "EnlaceModel", "EnlaceGenerator"]),
    ]
)

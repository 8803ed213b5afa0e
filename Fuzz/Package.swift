// swift-tools-version:6.0
import PackageDescription

// Fuzz targets for Enlace's decoders (RELIABILITY.md; run them with scripts/fuzz).
//
// A package of its own because `swift build --sanitize=fuzzer` instruments every target of a
// build and libFuzzer brings its own main(): beside the enlace executable and the test bundle
// that would break both. The main package has no library product to depend on, so its model, file
// writer and store come in through symbolic links (Sources/EnlaceModel, Sources/EnlaceFiles,
// Sources/EnlaceStore): the fuzzers
// run exactly the code `enlace` runs, and `swift test` of the main package is untouched.
let package = Package(
    name: "EnlaceFuzz",
    targets: [
        .target(name: "EnlaceModel"),
        .target(name: "EnlaceFiles"),
        .target(name: "EnlaceStore", dependencies: ["EnlaceModel", "EnlaceFiles"]),
        .executableTarget(
            name: "EnlaceFuzz",
            dependencies: ["EnlaceModel", "EnlaceStore"],
            // libFuzzer's main() runs the program; this module must not emit one.
            swiftSettings: [.unsafeFlags(["-parse-as-library"])]
        ),
    ]
)

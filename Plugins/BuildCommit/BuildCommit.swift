import Foundation
import PackagePlugin

/// Tells the enlace target which git commit it is built from, for `enlace --version`: before
/// each build, `scripts/build-commit` writes `BuildCommit.swift` with the checkout's commit, or
/// with none when the package is not a git checkout (built from a tarball).
@main
struct BuildCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let outputDirectory = context.pluginWorkDirectoryURL.appending(path: "BuildCommit")
        let package = context.package.directoryURL
        return [
            .prebuildCommand(
                displayName: "Reading the git commit of \(package.path)",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: [
                    package.appending(path: "scripts/build-commit").path, package.path,
                    outputDirectory.appending(path: "BuildCommit.swift").path,
                ],
                outputFilesDirectory: outputDirectory),
        ]
    }
}

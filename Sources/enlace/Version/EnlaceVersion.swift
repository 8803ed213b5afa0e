/// Enlace's version: the one place it is written. `enlace --version` prints it with the git
/// commit of the build (`buildCommit`, written by the BuildCommit plugin), and the man page
/// carries it.
enum EnlaceVersion {
    static let number = "0.1.0"

    /// The git commit the binary was built from, nil when it was built outside a git checkout.
    static let commit: String? = buildCommit

    /// `enlace 0.1.0 (commit 1a2b…)`, or `enlace 0.1.0` without a commit.
    static var line: String {
        guard let commit else { return "enlace \(number)" }
        return "enlace \(number) (commit \(commit))"
    }
}

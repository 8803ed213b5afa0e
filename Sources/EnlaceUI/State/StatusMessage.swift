import EnlaceText
/// A short message for the status line. Kept as a catalog key with arguments, not as text, so
/// that switching language re-words it.
public struct StatusMessage: Sendable, Equatable {
    public var phrase: UIPhrase
    public var arguments: [Argument]
    public var isError: Bool

    public struct Argument: Sendable, Equatable {
        public var name: String
        public var value: String
        public init(_ name: String, _ value: String) {
            self.name = name
            self.value = value
        }
    }

    public init(_ phrase: UIPhrase, _ arguments: [Argument] = [], isError: Bool = false) {
        self.phrase = phrase
        self.arguments = arguments
        self.isError = isError
    }
}

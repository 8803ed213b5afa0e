/// Which record a validation error is about: its kind and its id (a code for an agency).
public struct RecordReference: Sendable, Equatable, Hashable, CustomStringConvertible {
    public var kind: RecordKind
    public var id: String

    public init(_ kind: RecordKind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public static func `case`(_ id: String) -> RecordReference { RecordReference(.case, id) }
    public static func contact(_ id: String) -> RecordReference { RecordReference(.contact, id) }
    public static func agency(_ code: String) -> RecordReference { RecordReference(.agency, code) }
    public static func log(_ id: String) -> RecordReference { RecordReference(.log, id) }

    public var description: String { "\(kind.rawValue) \(id)" }
}

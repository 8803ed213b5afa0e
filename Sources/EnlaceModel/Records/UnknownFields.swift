import Foundation

/// The fields of a record that this version of Enlace does not know — written by a newer
/// version or by a script — kept as they were read, so that a save writes them back instead of
/// dropping them. Empty for almost every record, and then it costs no allocation.
public struct UnknownFields: Sendable, Equatable {
    public var fields: [String: JSONFragment]

    public init(_ fields: [String: JSONFragment] = [:]) {
        self.fields = fields
    }

    public var isEmpty: Bool { fields.isEmpty }

    /// The names in the order `JSONEncoder` writes keys with `.sortedKeys`: by their UTF-8 bytes.
    public var sortedNames: [String] { fields.keys.sorted(by: JSONFragment.precedes) }

    /// Every key of the object `decoder` holds that `Known` does not name.
    init<Known: CodingKey>(from decoder: any Decoder, known: Known.Type) throws {
        let container = try decoder.container(keyedBy: AnyCodingKey.self)
        var fields: [String: JSONFragment] = [:]
        for key in container.allKeys where Known(stringValue: key.stringValue) == nil {
            fields[key.stringValue] = try container.decode(JSONFragment.self, forKey: key)
        }
        self.fields = fields
    }

    /// Writes the fields beside the known ones, into the same object.
    func encode(to encoder: any Encoder) throws {
        guard !fields.isEmpty else { return }
        var container = encoder.container(keyedBy: AnyCodingKey.self)
        for (name, value) in fields {
            try container.encode(value, forKey: AnyCodingKey(stringValue: name))
        }
    }
}

/// Any JSON value of a field Enlace does not know, kept so that writing it back gives the same
/// value: strings exactly, numbers as integers, as decimals of up to 38 digits, or else as the
/// nearest double.
public indirect enum JSONFragment: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Number)
    case string(String)
    case array([JSONFragment])
    case object([String: JSONFragment])

    public enum Number: Sendable, Equatable {
        case integer(Int)
        case decimal(Decimal)
        case double(Double)

        /// The number as `JSONEncoder` writes it.
        public var text: String {
            switch self {
            case .integer(let value): String(value)
            case .decimal(let value): value.description
            case .double(let value): value.description
            }
        }
    }

    public init(from decoder: any Decoder) throws {
        // The order matters: a whole number is an `Int` and a `Decimal` too, and the first
        // type that takes the value keeps it most exactly.
        if var array = try? decoder.unkeyedContainer() {
            var elements: [JSONFragment] = []
            while !array.isAtEnd { elements.append(try array.decode(JSONFragment.self)) }
            self = .array(elements)
            return
        }
        if let object = try? decoder.container(keyedBy: AnyCodingKey.self) {
            var members: [String: JSONFragment] = [:]
            for key in object.allKeys { members[key.stringValue] = try object.decode(JSONFragment.self, forKey: key) }
            self = .object(members)
            return
        }
        let value = try decoder.singleValueContainer()
        if value.decodeNil() {
            self = .null
        } else if let bool = try? value.decode(Bool.self) {
            self = .bool(bool)
        } else if let string = try? value.decode(String.self) {
            self = .string(string)
        } else if let integer = try? value.decode(Int.self) {
            self = .number(.integer(integer))
        } else if let decimal = try? value.decode(Decimal.self), !decimal.isNaN {
            self = .number(.decimal(decimal))
        } else {
            let double = try value.decode(Double.self)
            // A whole double (1e-400 read as 0) is written as an integer; read again it must be the same.
            if double == double.rounded(), let integer = Int(exactly: double) {
                self = .number(.integer(integer))
            } else {
                self = .number(.double(double))
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        switch self {
        case .array(let elements):
            var array = encoder.unkeyedContainer()
            for element in elements { try array.encode(element) }
        case .object(let members):
            var object = encoder.container(keyedBy: AnyCodingKey.self)
            for (name, value) in members { try object.encode(value, forKey: AnyCodingKey(stringValue: name)) }
        default:
            var value = encoder.singleValueContainer()
            switch self {
            case .null: try value.encodeNil()
            case .bool(let bool): try value.encode(bool)
            case .string(let string): try value.encode(string)
            case .number(.integer(let integer)): try value.encode(integer)
            case .number(.decimal(let decimal)): try value.encode(decimal)
            case .number(.double(let double)): try value.encode(double)
            case .array, .object: break
            }
        }
    }

    /// Byte order of the UTF-8, the order of `JSONEncoder`'s `.sortedKeys`.
    public static func precedes(_ left: String, _ right: String) -> Bool {
        left.utf8.lexicographicallyPrecedes(right.utf8)
    }
}

/// A key of an object whose keys are not known in advance.
struct AnyCodingKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}

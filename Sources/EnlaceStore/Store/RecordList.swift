import Foundation

/// The records of `agencies.json` or `contacts.json`: a JSON array, or an object holding the
/// array under one key (`{"contacts": [...]}`) beside other keys such as a note that the data is
/// fictional. A save writes the file back in the shape it had, other keys included.
struct RecordList<Record: Codable & Sendable>: Sendable {
    var records: [Record]
    /// nil for a bare array; else the object's other keys, kept as they were.
    var wrapper: [String: JSONValue]?
    let key: String

    init(records: [Record], key: String, wrapper: [String: JSONValue]? = nil) {
        self.records = records
        self.key = key
        self.wrapper = wrapper
    }

    static func decode(from data: Data, key: String, path: String) -> Result<RecordList, DataProblem> {
        let decoder = LocatingDecoder()
        let firstByte = data.first { !JSONLocator.isWhitespace($0) }
        guard firstByte == UInt8(ascii: "{") else {
            return decoder.decode([Record].self, from: data, path: path).map { RecordList(records: $0, key: key) }
        }
        switch decoder.decode([String: JSONValue].self, from: data, path: path) {
        case .failure(let problem): return .failure(problem)
        case .success(var object):
            guard object[key] != nil else {
                return .failure(LocatingDecoder.problem(at: [], reason: .missingField(field: key), in: data, path: path))
            }
            object[key] = nil
            let keyed = LocatingDecoder(userInfo: [Wrapped.listKey: key])
            return keyed.decode(Wrapped.self, from: data, path: path).map {
                RecordList(records: $0.records, key: key, wrapper: object)
            }
        }
    }

    func encoded() throws -> Data {
        guard var object = wrapper else { return try CanonicalJSON.encode(records) }
        object[key] = try JSONValue.of(records)
        return try CanonicalJSON.encode(object)
    }

    /// `{key: [Record]}`, decoded so that errors carry the path through the key.
    private struct Wrapped: Decodable {
        var records: [Record]

        static var listKey: CodingUserInfoKey { CodingUserInfoKey(rawValue: "enlace.recordListKey")! }

        struct Key: CodingKey {
            var stringValue: String
            var intValue: Int? { nil }
            init(stringValue: String) { self.stringValue = stringValue }
            init?(intValue: Int) { nil }
        }

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: Key.self)
            let name = decoder.userInfo[Self.listKey] as? String ?? ""
            records = try container.decode([Record].self, forKey: Key(stringValue: name))
        }
    }
}

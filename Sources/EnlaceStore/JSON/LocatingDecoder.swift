import Foundation

/// Decodes a file's bytes, and when that fails, says where and why as a `DataProblem`. An
/// object with a key given twice is a failure too, wherever it is.
struct LocatingDecoder {
    /// Larger files are refused before decoding: no record file of a board comes near it, and a
    /// hostile one should not take the memory of the host.
    static let maximumFileSize = 256 << 20

    private let decoder = JSONDecoder()

    init(userInfo: [CodingUserInfoKey: any Sendable] = [:]) {
        decoder.userInfo = userInfo
    }

    func decode<Value: Decodable>(_ type: Value.Type, from data: Data, path: String) -> Result<Value, DataProblem> {
        guard data.count <= Self.maximumFileSize else {
            return .failure(DataProblem(
                path: path, line: 1, column: 1, reason: .tooLarge(bytes: data.count, limit: Self.maximumFileSize)))
        }
        do {
            let value = try decoder.decode(type, from: data)
            // JSONDecoder keeps the first of two equal keys, other readers (jq, Python) the last:
            // such a file means different things to different programs, so it is damage.
            let locator = JSONLocator(Array(data))
            if let duplicate = locator.firstDuplicateKey() {
                let (line, column) = locator.lineAndColumn(at: duplicate.offset)
                return .failure(DataProblem(path: path, line: line, column: column, reason: duplicate.reason))
            }
            return .success(value)
        } catch let error as DecodingError {
            return .failure(Self.problem(for: error, in: data, path: path))
        } catch {
            return .failure(Self.problem(at: [], reason: .unreadable(detail: "\(error)"), in: data, path: path))
        }
    }

    /// A problem at the value `codingPath` leads to.
    static func problem(
        at codingPath: [any CodingKey], reason: DamageReason, in data: Data, path: String
    ) -> DataProblem {
        let locator = JSONLocator(Array(data))
        let offset = codingPath.isEmpty ? 0 : locator.offset(of: codingPath.map(Self.component))
        let (line, column) = locator.lineAndColumn(at: offset)
        return DataProblem(path: path, line: line, column: column, reason: reason)
    }

    static func problem(for error: DecodingError, in data: Data, path: String) -> DataProblem {
        switch error {
        case .typeMismatch(let type, let context):
            return problem(at: context.codingPath, reason: .wrongType(
                field: fieldName(context.codingPath), expected: jsonTypeName(type)), in: data, path: path)
        case .valueNotFound(let type, let context):
            return problem(at: context.codingPath, reason: .wrongType(
                field: fieldName(context.codingPath), expected: jsonTypeName(type)), in: data, path: path)
        case .keyNotFound(let key, let context):
            return problem(at: context.codingPath, reason: .missingField(
                field: fieldName(context.codingPath + [key])), in: data, path: path)
        case .dataCorrupted(let context) where !context.codingPath.isEmpty:
            return problem(at: context.codingPath, reason: .invalidValue(
                field: fieldName(context.codingPath), detail: context.debugDescription), in: data, path: path)
        case .dataCorrupted(let context):
            let locator = JSONLocator(Array(data))
            guard let syntax = locator.firstSyntaxError() else {
                if let number = locator.firstNumberNotWhole() {
                    let (line, column) = locator.lineAndColumn(at: number.offset)
                    return DataProblem(path: path, line: line, column: column, reason: .notAWholeNumber(
                        field: fieldName(number.path), number: number.text))
                }
                return DataProblem(path: path, line: 1, column: 1, reason: .unreadable(detail: context.debugDescription))
            }
            let (line, column) = locator.lineAndColumn(at: syntax.offset)
            return DataProblem(path: path, line: line, column: column, reason: syntax.reason)
        @unknown default:
            return DataProblem(path: path, line: 1, column: 1, reason: .unreadable(detail: "\(error)"))
        }
    }

    /// `notes[2].author`, the way a person would find it in the file.
    static func fieldName(_ codingPath: [any CodingKey]) -> String {
        fieldName(codingPath.map(component))
    }

    static func fieldName(_ path: [JSONLocator.PathComponent]) -> String {
        var name = ""
        for component in path {
            switch component {
            case .index(let index): name += "[\(index)]"
            case .key(let key): name += name.isEmpty ? key : "." + key
            }
        }
        return name
    }

    private static func component(_ key: any CodingKey) -> JSONLocator.PathComponent {
        if let index = key.intValue { return .index(index) }
        return .key(key.stringValue)
    }

    private static func jsonTypeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Substring.Type: return "string"
        case is Bool.Type: return "boolean"
        case is any BinaryInteger.Type, is any BinaryFloatingPoint.Type, is Decimal.Type: return "number"
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") || name.hasPrefix("[") && !name.contains(":") { return "array" }
            return "object"
        }
    }
}

import Foundation

/// An instant, written as ISO 8601 UTC with whole seconds: `2026-11-29T14:05:00Z`.
///
/// Parsed by hand for speed and exactness; on input an offset (`-06:00`) and fractional
/// seconds are accepted and normalised to UTC.
public struct Timestamp: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let secondsSinceEpoch: Int64

    public init(secondsSinceEpoch: Int64) { self.secondsSinceEpoch = secondsSinceEpoch }

    public init(_ date: Date) { self.secondsSinceEpoch = Int64(date.timeIntervalSince1970.rounded(.down)) }

    public static func now() -> Timestamp { Timestamp(Date()) }

    public var date: Date { Date(timeIntervalSince1970: TimeInterval(secondsSinceEpoch)) }

    public var day: Day { Day(self) }

    public init(day: Day, hour: Int = 0, minute: Int = 0, second: Int = 0) {
        secondsSinceEpoch = Int64(day.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
    }

    public init?(iso text: some StringProtocol) {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, let day = Day(iso: String(decoding: bytes[0..<10], as: UTF8.self)),
              bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: " "),
              bytes[13] == UInt8(ascii: ":"), bytes[16] == UInt8(ascii: ":"),
              let hour = Day.number(bytes[11..<13]), let minute = Day.number(bytes[14..<16]),
              let second = Day.number(bytes[17..<19]), hour < 24, minute < 60, second < 61 else { return nil }
        var index = 19
        if bytes[index] == UInt8(ascii: ".") {
            index += 1
            let start = index
            while index < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) { index += 1 }
            guard index > start else { return nil }
        }
        guard index < bytes.count else { return nil }
        var offsetSeconds = 0
        switch bytes[index] {
        case UInt8(ascii: "Z"):
            guard index + 1 == bytes.count else { return nil }
        case UInt8(ascii: "+"), UInt8(ascii: "-"):
            guard index + 6 == bytes.count, bytes[index + 3] == UInt8(ascii: ":"),
                  let hours = Day.number(bytes[(index + 1)..<(index + 3)]),
                  let minutes = Day.number(bytes[(index + 4)..<(index + 6)]), hours < 24, minutes < 60 else { return nil }
            offsetSeconds = (hours * 3600 + minutes * 60) * (bytes[index] == UInt8(ascii: "+") ? 1 : -1)
        default:
            return nil
        }
        self.init(day: day, hour: hour, minute: minute, second: second)
        self = Timestamp(secondsSinceEpoch: secondsSinceEpoch - Int64(offsetSeconds))
    }

    public var iso: String {
        let secondsOfDay = Int(((secondsSinceEpoch % 86_400) + 86_400) % 86_400)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(day.iso)T\(two(secondsOfDay / 3600)):\(two(secondsOfDay / 60 % 60)):\(two(secondsOfDay % 60))Z"
    }

    public var description: String { iso }

    public static func < (lhs: Timestamp, rhs: Timestamp) -> Bool { lhs.secondsSinceEpoch < rhs.secondsSinceEpoch }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let value = Timestamp(iso: text) else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "\"\(text)\" is not a time written YYYY-MM-DDTHH:MM:SSZ")
        }
        self = value
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}

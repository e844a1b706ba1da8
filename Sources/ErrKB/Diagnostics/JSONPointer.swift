import Foundation

/// A path inside a record (`/workarounds/1/success_rate`), built while descending.
public struct JSONPointer: Hashable, Sendable, Codable, Comparable, CustomStringConvertible {
    /// One step of the path: a mapping key or a sequence index.
    public enum Token: Hashable, Sendable {
        case key(String)
        case index(Int)
    }

    public private(set) var tokens: [Token]

    public init(_ tokens: [Token] = []) { self.tokens = tokens }

    /// The whole record.
    public static let root = JSONPointer()

    public func appending(_ key: String) -> JSONPointer { JSONPointer(tokens + [.key(key)]) }
    public func appending(_ index: Int) -> JSONPointer { JSONPointer(tokens + [.index(index)]) }

    /// RFC 6901 text: `~` becomes `~0` and `/` becomes `~1` only here, when printed.
    public var description: String {
        tokens.map { token -> String in
            switch token {
            case .index(let i): return "/\(i)"
            case .key(let k):
                return "/" + k.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
            }
        }.joined()
    }

    /// The last key of the path, if the path ends in a key: the field a message names.
    public var lastKey: String? {
        if case .key(let k)? = tokens.last { return k }
        return nil
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        self.init(parsing: text)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    /// Parses RFC 6901 text; all-digit tokens are read as indices.
    public init(parsing text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false).dropFirst()
        self.init(parts.map { part -> Token in
            if let i = Int(part), !part.isEmpty { return .index(i) }
            return .key(part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~"))
        })
    }

    public static func < (lhs: JSONPointer, rhs: JSONPointer) -> Bool { lhs.description < rhs.description }
}

/// One loaded record: its typed value and the node tree its positions come from.
public struct TypedRecord: Sendable {
    /// Path relative to the KB root.
    public let file: String
    public let format: SourceFormat
    public let root: Node
    public let value: JSONValue
    public let text: SourceText?

    public init(file: String, format: SourceFormat, root: Node, value: JSONValue, text: SourceText?) {
        self.file = file
        self.format = format
        self.root = root
        self.value = value
        self.text = text
    }

    /// The record's id when it has a string one.
    public var id: String? { value["id"]?.stringValue }

    /// The value at `path`, if present.
    public func value(at path: JSONPointer) -> JSONValue? {
        var current: JSONValue? = value
        for token in path.tokens {
            switch token {
            case .key(let key): current = current?[key]
            case .index(let i):
                guard let items = current?.arrayValue, i < items.count else { return nil }
                current = items[i]
            }
        }
        return current
    }

    /// The node at `path`, or the deepest node on the way there (a missing key is reported at
    /// the object that lacks it).
    public func span(at path: JSONPointer, onKey: Bool = false) -> SourceSpan {
        var node = root
        var keySpan: SourceSpan?
        for token in path.tokens {
            switch (token, node.content) {
            case (.key(let key), .mapping(let entries)):
                guard let entry = entries.first(where: { $0.key == key }) else { return node.span }
                keySpan = entry.keySpan
                node = entry.value
            case (.index(let i), .sequence(let items)) where i < items.count:
                keySpan = nil
                node = items[i]
            default:
                return node.span
            }
        }
        if onKey, let keySpan { return keySpan }
        return node.span
    }
}

/// A problem with the run itself, not with a record: it maps to exit status 2.
public enum RunError: Error, Equatable, CustomStringConvertible, Sendable {
    case badArgument(String)
    case unreadableConfig(path: String, reason: String)
    case unreadableSchema(path: String, reason: String)
    case unwritableOutput(path: String, reason: String)
    case noKnowledgeBase(String)

    public var description: String {
        switch self {
        case .badArgument(let text): "bad argument: \(text)"
        case .unreadableConfig(let path, let reason): "cannot read config \(path): \(reason)"
        case .unreadableSchema(let path, let reason): "cannot read schema \(path): \(reason)"
        case .unwritableOutput(let path, let reason): "cannot write \(path): \(reason)"
        case .noKnowledgeBase(let text): text
        }
    }
}

/// A YAML example of a rule, run by the test suite and printed by `errkb explain`.
///
/// A fragment holds only the keys it is about; the base record (the seed) supplies the rest, and
/// the fragment's lines come first, so positions in the fragment are positions in the document.
/// `↓` marks where a failing example's diagnostic must point and is removed before checking.
public struct RuleExample: Sendable {
    public enum Kind: Sendable { case passes, fails }

    public let kind: Kind
    /// File name (under `records/`) → fragment. One entry for record rules.
    public let files: [(name: String, fragment: String)]
    /// An `errkb.yml` text to check the example under, if the rule's behaviour depends on it.
    public let config: String?

    /// The default file an example record is checked as.
    public static let defaultFile = "llm/truncated-response-in-streaming-mode.yaml"

    public static func passes(_ fragment: String, config: String? = nil) -> RuleExample {
        RuleExample(kind: .passes, files: [(defaultFile, fragment)], config: config)
    }

    public static func fails(_ fragment: String, config: String? = nil) -> RuleExample {
        RuleExample(kind: .fails, files: [(defaultFile, fragment)], config: config)
    }

    public static func passes(files: KeyValuePairs<String, String>, config: String? = nil) -> RuleExample {
        RuleExample(kind: .passes, files: files.map { ($0.key, $0.value) }, config: config)
    }

    public static func fails(files: KeyValuePairs<String, String>, config: String? = nil) -> RuleExample {
        RuleExample(kind: .fails, files: files.map { ($0.key, $0.value) }, config: config)
    }

    /// The marker that shows where a diagnostic points.
    public static let marker: Character = "↓"
}

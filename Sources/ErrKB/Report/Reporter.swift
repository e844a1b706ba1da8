/// Renders a complete check result as text for one `--format`. Reporters are pure: no clock,
/// no environment, no files; whether to colour is decided by the caller and passed in.
public protocol Reporter: Sendable {
    /// The `--format` value.
    static var id: String { get }
    /// One line for `--help`.
    static var summary: String { get }
    /// The whole output for `result`.
    func render(_ result: CheckResult) -> String
}

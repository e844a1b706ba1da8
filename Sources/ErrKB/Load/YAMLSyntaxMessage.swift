/// Rewords libyaml's problem texts for people: what is wrong in the contributor's terms, and a fix.
enum YAMLSyntaxMessage {
    private struct Wording {
        let problem: String
        let message: String
        let hint: String
    }

    /// libyaml's most common problems, matched on the start of its problem text.
    private static let wordings: [Wording] = [
        Wording(problem: "mapping values are not allowed",
                message: "unexpected ':' — a ': ' inside a plain value starts a new mapping",
                hint: "put the value in quotes, or check the indentation of this line"),
        Wording(problem: "could not find expected ':'",
                message: "expected ':' after a key",
                hint: "write 'key: value'; a multi-line value needs '|' and deeper indentation"),
        Wording(problem: "did not find expected key",
                message: "this line does not line up with the keys of its mapping",
                hint: "indent it like the other keys of the mapping, or quote a value that starts with a special character"),
        Wording(problem: "did not find expected '-' indicator",
                message: "this line does not line up with the items of its list",
                hint: "start each list item with '- ' at the same indentation"),
        Wording(problem: "found character that cannot start any token",
                message: "this character cannot start a YAML value",
                hint: "indent with spaces, not tabs; quote a value that starts with '@' or '`'"),
        Wording(problem: "found a tab character",
                message: "a tab character is used for indentation",
                hint: "indent with spaces only"),
        Wording(problem: "found unexpected end of stream",
                message: "the file ends inside a quoted value",
                hint: "close the quote"),
        Wording(problem: "found unknown escape character",
                message: "unknown escape sequence in a double-quoted value",
                hint: "write '\\\\' for a backslash, or use single quotes, where backslashes are plain text"),
        Wording(problem: "did not find expected node content",
                message: "a value is missing here",
                hint: "write a value after the indicator, or remove the indicator"),
        Wording(problem: "block sequence entries are not allowed",
                message: "a list item cannot start here",
                hint: "put the list on its own lines, indented under its key"),
        Wording(problem: "did not find expected ',' or ']'",
                message: "unterminated flow sequence",
                hint: "close the '[' with ']' or separate items with ','"),
        Wording(problem: "did not find expected ',' or '}'",
                message: "unterminated flow mapping",
                hint: "close the '{' with '}' or separate entries with ','"),
        Wording(problem: "control characters are not allowed",
                message: "a control character is not allowed in YAML",
                hint: "remove it, or write it as an escape in a double-quoted value"),
        Wording(problem: "did not find expected comment or line break",
                message: "unexpected text after a value",
                hint: "quote the whole value, or start a comment with ' #'"),
    ]

    /// The `yaml-syntax` diagnostic for a libyaml failure.
    /// `openQuote`: the last value read before the failure, when it was quoted and ran over
    /// several lines; it is pointed at as the likely cause.
    static func diagnostic(for failure: YAMLParseFailure, file: String, bytes: [UInt8]? = nil, openQuote: SourceSpan? = nil) -> Diagnostic {
        var location = failure.location
        if let offset = failure.byteOffset, let bytes {
            location = SourceText.location(ofByte: offset, in: bytes)
        }
        let wording = wordings.first { failure.problem.hasPrefix($0.problem) }
        let message = wording?.message ?? failure.problem
        var related: [Diagnostic.Related] = []
        if let context = failure.context, let contextLocation = failure.contextLocation, contextLocation != location {
            related.append(Diagnostic.Related(file: file, location: contextLocation, message: "\(context) that starts here"))
        }
        if let openQuote {
            related.append(Diagnostic.Related(file: file, location: openQuote.start,
                                              message: "a closing quote may be missing: a quoted value runs on to line \(openQuote.end.line) from here"))
        }
        return Diagnostic(
            rule: .yamlSyntax, severity: .error, file: file, span: SourceSpan(at: location),
            message: message + (wording == nil ? "" : " (libyaml: \(failure.problem))"),
            hint: wording?.hint ?? "check the YAML syntax at this position",
            related: related)
    }
}

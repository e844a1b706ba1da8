/// The five parts of a URI reference (RFC 3986 §3) and reference resolution (§5.2), enough to
/// follow `$id` and `$ref` inside one schema document. No normalisation beyond dot segments.
struct SchemaURI: Hashable, Sendable, CustomStringConvertible {
    var scheme: String?
    var authority: String?
    var path: String
    var query: String?
    var fragment: String?

    /// Splits `text` the way RFC 3986 appendix B's regular expression does; it never fails.
    init(_ text: String) {
        var rest = Substring(text)
        if let hash = rest.firstIndex(of: "#") {
            fragment = String(rest[rest.index(after: hash)...])
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: "?") {
            query = String(rest[rest.index(after: question)...])
            rest = rest[..<question]
        }
        if let colon = rest.firstIndex(of: ":"), colon != rest.startIndex,
           !rest[..<colon].contains(where: { $0 == "/" }) {
            scheme = String(rest[..<colon])
            rest = rest[rest.index(after: colon)...]
        }
        if rest.hasPrefix("//") {
            let afterSlashes = rest.index(rest.startIndex, offsetBy: 2)
            let end = rest[afterSlashes...].firstIndex(of: "/") ?? rest.endIndex
            authority = String(rest[afterSlashes..<end])
            rest = rest[end...]
        }
        path = String(rest)
    }

    var description: String {
        var text = ""
        if let scheme { text += scheme + ":" }
        if let authority { text += "//" + authority }
        text += path
        if let query { text += "?" + query }
        if let fragment { text += "#" + fragment }
        return text
    }

    /// This URI without its fragment: the identity of a schema resource.
    var withoutFragment: SchemaURI {
        var copy = self
        copy.fragment = nil
        return copy
    }

    /// Resolves `reference` against this base URI (RFC 3986 §5.2.2).
    func resolving(_ reference: String) -> SchemaURI {
        let ref = SchemaURI(reference)
        var target = SchemaURI("")
        if ref.scheme != nil {
            target = ref
            target.path = Self.removingDotSegments(ref.path)
            return target
        }
        target.scheme = scheme
        if ref.authority != nil {
            target.authority = ref.authority
            target.path = Self.removingDotSegments(ref.path)
            target.query = ref.query
        } else {
            target.authority = authority
            if ref.path.isEmpty {
                target.path = path
                target.query = ref.query ?? query
            } else {
                target.path = Self.removingDotSegments(ref.path.hasPrefix("/") ? ref.path : merged(with: ref.path))
                target.query = ref.query
            }
        }
        target.fragment = ref.fragment
        return target
    }

    /// §5.2.3: the reference path appended to all but the last segment of this path.
    private func merged(with referencePath: String) -> String {
        if authority != nil && path.isEmpty { return "/" + referencePath }
        guard let slash = path.lastIndex(of: "/") else { return referencePath }
        return String(path[...slash]) + referencePath
    }

    /// §5.2.4, written over segments instead of the RFC's string buffer.
    static func removingDotSegments(_ path: String) -> String {
        guard path.contains(".") else { return path }
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        for (position, segment) in segments.enumerated() {
            let isLast = position == segments.count - 1
            switch segment {
            case ".":
                if isLast { output.append("") }
            case "..":
                if output.count > 1 || (output.count == 1 && !output[0].isEmpty) { output.removeLast() }
                if isLast { output.append("") }
            default:
                output.append(segment)
            }
        }
        let joined = output.joined(separator: "/")
        return path.hasPrefix("/") && !joined.hasPrefix("/") ? "/" + joined : joined
    }
}

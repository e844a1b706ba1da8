import Foundation

/// Tells code from prose in a translated text, line by line.
///
/// A line is code when, once its string literals and comments are removed (`CodeTokens`), it has
/// no Han character, is not a list item (`- `, `* `, `1. `), and it
/// - is indented, or
/// - starts with a shell prompt (`$ `, `> `, `>>> `, `PS> `), or
/// - starts with a lowercase keyword or command (`import`, `from`, `pip`, `git`, `for`, `else`…), or
/// - starts with an expression: a (dotted) name followed by `(`, `=`, `:=`, `+=` or `[`
///   (`client = OpenAI()`, `time.sleep(1)`), or
/// - ends with `{` or `;`, or holds only closing brackets.
/// Only workarounds hold code lines: a signature or root cause is an error message or prose whose
/// first word may well be `npm` or `pip`, so its lines are all prose (inline code still counts).
/// Inline code is text between backticks on a prose line; prose is everything else.
enum CodeLines {
    /// One line of a text; `offset` counts Unicode scalars from the start of the text.
    struct Line: Sendable {
        let text: String
        let offset: Int
        let isCode: Bool
    }

    /// A run of prose: a prose line's text outside backticks.
    struct Run: Sendable {
        let text: String
        let offset: Int
    }

    static let keywords: Set<String> = [
        "import", "from", "export", "pip", "pip3", "npm", "npx", "yarn", "pnpm", "git", "docker", "kubectl", "helm",
        "cargo", "rustup", "go", "python", "python3", "node", "sudo", "cd", "curl", "wget", "apt", "apt-get", "brew",
        "conda", "def", "class", "return", "const", "let", "var", "fn", "func", "use", "for", "while", "if", "elif",
        "else", "else:", "try", "try:", "except", "finally", "finally:", "with", "raise", "break", "continue", "pass",
        "async", "await", "print", "echo", "set", "unset", "source", "chmod", "chown", "mkdir", "rm", "cp", "mv", "ls",
        "cat", "psql", "ssh", "ssh-keygen", "openssl", "uv", "poetry", "go:", "#include",
    ]

    /// The first byte of every keyword: a line that starts otherwise need not be looked up.
    private static let keywordInitials = Set(keywords.compactMap(\.utf8.first))
    private static let prompts = ["$ ", "> ", ">>> ", "PS> "]

    static func lines(of text: String, codeLines: Bool = true) -> [Line] {
        // The ring is let go while the text is split, which may one day ask for lines itself.
        let found = RecentLines.withThreadRing { $0.lookUp(text, codeLines: codeLines) }
        if let known = found.lines { return known }
        let lines = split(text, codeLines: codeLines, verdictsFrom: found.newestCodeLines)
        RecentLines.withThreadRing { $0.remember(lines, of: text, codeLines: codeLines) }
        return lines
    }

    /// The lines of `text`; a line with the same bytes as one of `known` takes its verdict
    /// instead of being tested again: the Chinese copy of a workaround repeats most of the
    /// English's code lines, and the verdict depends on the line's bytes alone.
    static func split(_ text: String, codeLines: Bool, verdictsFrom known: [Line] = []) -> [Line] {
        // Split on UTF-8 bytes, not Characters: a `\n` byte ends a line unless it follows `\r`
        // (`\r\n` is one Character, so a Character split keeps it inside the line). The line
        // ends and scalar counts come from the buffer; walking `UTF8View` a byte at a time cost
        // some 15 instructions a byte.
        struct Cut {
            let end: Int
            let scalars: Int
        }
        let cuts: [Cut] = ASCIIText.withBytes(of: text) { bytes in
            guard let base = bytes.baseAddress else { return [] }
            var cuts: [Cut] = []
            var lineStart = 0
            var searchStart = 0
            // memchr finds the line ends; a line's scalars are its bytes less its continuation
            // bytes, counted in a loop with no branch on the byte, where a loop that did both cost
            // some 5 instructions a byte.
            while searchStart < bytes.count, let found = memchr(base + searchStart, Int32(UInt8(ascii: "\n")), bytes.count - searchStart) {
                let end = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                searchStart = end + 1
                if end > 0, bytes[end - 1] == UInt8(ascii: "\r") { continue }
                let line = UnsafeBufferPointer(rebasing: bytes[lineStart..<end])
                var continuations = 0
                for byte in line { continuations &+= Int((byte & 0xC0) == 0x80 ? 1 : 0) }
                cuts.append(Cut(end: end, scalars: line.count - continuations))
                lineStart = end + 1
            }
            return cuts
        }
        func isCodeLine(_ line: String) -> Bool {
            guard codeLines else { return false }
            let count = line.utf8.count
            if let same = known.first(where: { $0.text.utf8.count == count && ASCIIText.sameBytes($0.text, line) }) { return same.isCode }
            return isCode(line)
        }
        var result: [Line] = []
        result.reserveCapacity(cuts.count + 1)
        let utf8 = text.utf8
        var start = utf8.startIndex
        var startOffset = 0
        var offset = 0
        for cut in cuts {
            let end = utf8.index(start, offsetBy: cut.end - startOffset)
            let line = String(text[start..<end])
            result.append(Line(text: line, offset: offset, isCode: isCodeLine(line)))
            offset += cut.scalars + 1
            start = utf8.index(after: end)
            startOffset = cut.end + 1
        }
        let line = String(text[start...])
        result.append(Line(text: line, offset: offset, isCode: isCodeLine(line)))
        return result
    }

    // Built once: a regex literal is parsed again every time it is evaluated.
    nonisolated(unsafe) static let numberedItem = #/^\d+\.\s/#
    nonisolated(unsafe) static let assignmentOrCall = #/^[A-Za-z_$][\w.$]*(\[[^\]]*\])?(\(|\s*(=|:=|\+=|-=))/#

    static func isCode(_ line: String) -> Bool {
        ASCIIText.isASCII(line) ? isCodeASCII(line) : isCodeCharacters(line)
    }

    /// `isCode` on the bytes of an ASCII line, where each byte is a Character (a CR LF pair aside,
    /// which none of the tests below can tell from two) and Unicode's whitespace is `isSpace`.
    /// The stripped line's only other bytes are its string placeholders' `…`, which no test
    /// below takes for a digit, a word byte or a space, as the regexes do not: so they all run
    /// on the bytes, with no String made of them.
    static func isCodeASCII(_ line: String) -> Bool {
        let stripped = CodeTokens.strippedASCIIBytes(line)
        guard let first = stripped.firstIndex(where: { !ASCIIText.isSpace($0) }) else { return false }
        let trimmed = stripped[first...]
        let startsWith = { (prefix: String) in trimmed.starts(with: prefix.utf8) }
        if startsWith("- ") || startsWith("* ") || isNumberedItem(bytes: trimmed) { return false }
        if let head = line.utf8.first, head == UInt8(ascii: " ") || head == UInt8(ascii: "\t") { return true }
        if prompts.contains(where: startsWith) { return true }
        let word = trimmed.prefix { $0 != UInt8(ascii: " ") }
        if let initial = word.first, keywordInitials.contains(initial), keywords.contains(String(decoding: word, as: UTF8.self)) { return true }
        if isAssignmentOrCall(bytes: trimmed) { return true }
        guard let last = trimmed.lastIndex(where: { !ASCIIText.isSpace($0) }) else { return false }
        let end = trimmed[...last]
        if end.last == UInt8(ascii: "{") || end.last == UInt8(ascii: ";") { return true }
        return end.allSatisfy { ")]};,".utf8.contains($0) }
    }

    /// `isCode` Character by Character: the definition the ASCII path must agree with.
    static func isCodeCharacters(_ line: String) -> Bool {
        let stripped = CodeTokens.stripped(line)
        let trimmed = stripped.trimmingLeadingWhitespace()
        guard !trimmed.isEmpty, !HanCharacters.contains(stripped) else { return false }
        if trimmed.hasPrefix("- ") || trimmed.hasPrefix("* ") || isNumberedItem(trimmed) { return false }
        if line.first == " " || line.first == "\t" { return true }
        for prompt in prompts where trimmed.hasPrefix(prompt) { return true }
        // The first word: `trimmed` starts with no space, so this is what splitting on spaces gives
        // first. Most lines are prose that starts with a capital: no keyword starts like that.
        if let initial = trimmed.utf8.first, keywordInitials.contains(initial), keywords.contains(String(trimmed.prefix { $0 != " " })) {
            return true
        }
        if isAssignmentOrCall(trimmed) { return true }
        let end = trimmed.trimmingTrailingWhitespace()
        if end.hasSuffix("{") || end.hasSuffix(";") { return true }
        return end.allSatisfy { ")]};,".contains($0) }
    }

    /// `numberedItem`, matched by hand on ASCII text (Swift's `Regex` is slow and the text is
    /// almost always ASCII); other text keeps the regex, whose `\d` and `\s` are Unicode-wide.
    static func isNumberedItem(_ text: Substring) -> Bool {
        guard ASCIIText.isASCII(text) else { return text.firstMatch(of: numberedItem) != nil }
        return ASCIIText.withBytes(of: text) { isNumberedItem(bytes: $0[...]) }
    }

    /// `numberedItem` on bytes, where a byte above ASCII is neither a digit nor a space.
    static func isNumberedItem<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool {
        var index = bytes.startIndex
        while index < bytes.endIndex, ASCIIText.isDigit(bytes[index]) { index = bytes.index(after: index) }
        guard index != bytes.startIndex, index < bytes.endIndex, bytes[index] == UInt8(ascii: ".") else { return false }
        index = bytes.index(after: index)
        return index < bytes.endIndex && ASCIIText.isSpace(bytes[index])
    }

    /// `assignmentOrCall`, matched by hand on ASCII text. No backtracking is needed: none of the
    /// characters that may follow the name (`[`, `(`, a space, `=`, `:`, `+`, `-`) can be part of it.
    static func isAssignmentOrCall(_ text: Substring) -> Bool {
        guard ASCIIText.isASCII(text) else { return text.firstMatch(of: assignmentOrCall) != nil }
        return ASCIIText.withBytes(of: text) { isAssignmentOrCall(bytes: $0[...]) }
    }

    /// `assignmentOrCall` on bytes, where a byte above ASCII is neither a word byte nor a space.
    static func isAssignmentOrCall<Bytes: Collection<UInt8>>(bytes: Bytes) -> Bool where Bytes.Index == Int {
        var index = bytes.startIndex
        guard index < bytes.endIndex, ASCIIText.isLetter(bytes[index]) || bytes[index] == UInt8(ascii: "_") || bytes[index] == UInt8(ascii: "$") else {
            return false
        }
        index += 1
        while index < bytes.endIndex, ASCIIText.isWord(bytes[index]) || bytes[index] == UInt8(ascii: ".") || bytes[index] == UInt8(ascii: "$") {
            index += 1
        }
        if index < bytes.endIndex, bytes[index] == UInt8(ascii: "["),
           let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "]")) {
            index = close + 1
        }
        guard index < bytes.endIndex else { return false }
        if bytes[index] == UInt8(ascii: "(") { return true }
        while index < bytes.endIndex, ASCIIText.isSpace(bytes[index]) { index += 1 }
        guard index < bytes.endIndex else { return false }
        switch bytes[index] {
        case UInt8(ascii: "="): return true
        case UInt8(ascii: ":"), UInt8(ascii: "+"), UInt8(ascii: "-"): return index + 1 < bytes.endIndex && bytes[index + 1] == UInt8(ascii: "=")
        default: return false
        }
    }

    /// The inline code spans (between backticks) of a prose line.
    static func inlineCode(in line: String) -> [String] {
        // A span needs two backticks, and a backtick Character is a backtick byte: most lines
        // have none and skip the Character split. Counted on the buffer: a lazy filter over
        // `UTF8View` cost some 3,000 instructions a line.
        guard hasTwoBackticks(line) else { return [] }
        let parts = line.split(separator: "`", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return [] }
        return stride(from: 1, to: parts.count - 1, by: 2).map { String(parts[$0]) }
    }

    /// Whether the UTF-8 of `line` holds at least two backtick bytes.
    static func hasTwoBackticks(_ line: String) -> Bool {
        ASCIIText.withBytes(of: line) { bytes in
            guard let first = bytes.firstIndex(of: UInt8(ascii: "`")) else { return false }
            return bytes[(first + 1)...].contains(UInt8(ascii: "`"))
        }
    }

    /// The prose of `text`: its prose lines outside backticks, with their offsets.
    static func proseRuns(of text: String, codeLines: Bool = true) -> [Run] {
        var runs: [Run] = []
        for line in lines(of: text, codeLines: codeLines) where !line.isCode {
            // Without a backtick byte the split below gives the whole line.
            guard ASCIIText.contains(UInt8(ascii: "`"), in: line.text) else {
                runs.append(Run(text: line.text, offset: line.offset))
                continue
            }
            var offset = line.offset
            let parts = line.text.split(separator: "`", omittingEmptySubsequences: false)
            for (index, part) in parts.enumerated() {
                // An unmatched last backtick leaves the rest as prose.
                if index % 2 == 0 || index == parts.count - 1 { runs.append(Run(text: String(part), offset: offset)) }
                offset += part.unicodeScalars.count + 1
            }
        }
        return runs
    }

    /// The prose of `text` as one string, inline code left out.
    static func prose(of text: String, codeLines: Bool = true) -> String {
        proseRuns(of: text, codeLines: codeLines).map(\.text).joined(separator: "\n")
    }

    /// The prose lines of `text` whole, inline code included.
    static func proseLines(of text: String, codeLines: Bool = true) -> String {
        lines(of: text, codeLines: codeLines).filter { !$0.isCode }.map(\.text).joined(separator: "\n")
    }

    /// Whether `text` has any prose line (a text that is all code needs no translation).
    static func hasProse(_ text: String, codeLines: Bool = true) -> Bool {
        lines(of: text, codeLines: codeLines).contains { !$0.isCode && !ASCIIText.isBlank($0.text) }
    }
}

extension StringProtocol {
    func trimmingLeadingWhitespace() -> Substring {
        let s = self[...]
        // ASCII whitespace followed by an ASCII byte is a whole whitespace Character (or the CR
        // of a CR LF, whose LF is whitespace too), so it goes byte by byte; the Character walk
        // takes over where a non-ASCII scalar might join it.
        let bytes = s.utf8
        var start = bytes.startIndex
        while start < bytes.endIndex, ASCIIText.isSpace(bytes[start]) {
            let next = bytes.index(after: start)
            guard next == bytes.endIndex || bytes[next] < 0x80 else { break }
            start = next
        }
        return Substring(s[start...].drop(while: \.isWhitespace))
    }

    func trimmingTrailingWhitespace() -> Substring {
        var s = Substring(self)
        while let last = s.last, last.isWhitespace { s.removeLast() }
        return s
    }
}

/// Reads the part of ICU's regex syntax that `PatternProgram` runs exactly: `^` first, `$`
/// last, literals, escaped punctuation, `\s \n \r \t`, bracket classes of those and ASCII ranges,
/// groups, and the greedy quantifiers `* + ? {n} {n,} {n,m}`. Anything else (alternation, `.`,
/// `\d`, lazy or possessive quantifiers, ICU's set operations) gives nil and stays with ICU.
struct PatternParser {
    private indirect enum Node {
        case set(PatternProgram.ScalarSet)
        case group([Quantified])
    }

    private struct Quantified {
        var node: Node
        var min = 1
        var max: Int? = 1
    }

    /// Larger programs, and deeper groups, are left to ICU.
    private static let maxInstructions = 1_000
    private static let maxDepth = 8
    private static let maxRepeat = 1_000

    /// Literal outside a class: characters no regex syntax claims.
    private static let plain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_/:@,'\"=%!<>~;&# ".unicodeScalars)
    /// Literal inside a class: `-`, `&`, `[`, `$`, `{`, `:` and `^` have set meanings in ICU.
    private static let classPlain = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._/?#@!%=,;'\"<>~+*()| ".unicodeScalars)
    /// Punctuation a backslash makes literal.
    private static let escapable = Set(".-/\\()[]{}*+?|^$".unicodeScalars)

    private let scalars: [Unicode.Scalar]
    private var index = 0

    private init(_ pattern: String) { scalars = Array(pattern.unicodeScalars) }

    /// The program for `pattern`, or nil when it uses syntax outside the subset.
    static func program(for pattern: String) -> PatternProgram? {
        var parser = PatternParser(pattern)
        let isAnchored = parser.take("^")
        guard let sequence = parser.sequence(depth: 0) else { return nil }
        let endsAnchored = parser.take("$")
        guard parser.index == parser.scalars.count else { return nil }
        var code: [PatternProgram.Instruction] = []
        guard emit(sequence, into: &code) else { return nil }
        if endsAnchored { code.append(.endOfInput) }
        code.append(.match)
        return PatternProgram(instructions: code, isAnchoredAtStart: isAnchored)
    }

    private var peek: Unicode.Scalar? { index < scalars.count ? scalars[index] : nil }

    private mutating func take(_ scalar: Unicode.Scalar) -> Bool {
        guard peek == scalar else { return false }
        index += 1
        return true
    }

    /// Items up to a `)`, a `$` or the end.
    private mutating func sequence(depth: Int) -> [Quantified]? {
        var items: [Quantified] = []
        while let next = peek, next != ")", next != "$" {
            guard let node = atom(depth: depth), let item = quantified(node) else { return nil }
            items.append(item)
        }
        return items
    }

    private mutating func atom(depth: Int) -> Node? {
        guard let first = peek else { return nil }
        index += 1
        switch first {
        case "(":
            guard depth < Self.maxDepth, !take("?") || take(":"), let inner = sequence(depth: depth + 1), take(")") else { return nil }
            return .group(inner)
        case "[": return bracketClass().map(Node.set)
        case "\\":
            guard let escaped = peek else { return nil }
            index += 1
            var set = PatternProgram.ScalarSet()
            if escaped == "s" {
                set.insertWhitespace()
            } else {
                guard let scalar = Self.escape(escaped) else { return nil }
                set.insert(scalar.value...scalar.value)
            }
            return .set(set)
        default:
            guard Self.plain.contains(first) else { return nil }
            var set = PatternProgram.ScalarSet()
            set.insert(first.value...first.value)
            return .set(set)
        }
    }

    /// The scalar an escape other than `\s` stands for.
    private static func escape(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar {
        case "n": "\n"
        case "r": "\r"
        case "t": "\t"
        default: escapable.contains(scalar) ? scalar : nil
        }
    }

    private mutating func quantified(_ node: Node) -> Quantified? {
        var item = Quantified(node: node)
        switch peek {
        case "*": (item.min, item.max) = (0, nil)
        case "+": (item.min, item.max) = (1, nil)
        case "?": (item.min, item.max) = (0, 1)
        case "{":
            index += 1
            guard let low = number() else { return nil }
            item.min = low
            item.max = take(",") ? number() : low
            guard peek == "}", item.max.map({ $0 >= low }) ?? true else { return nil }
        default: return item
        }
        index += 1
        // Lazy quantifiers match the same texts, but possessive ones do not; both stay with ICU.
        guard peek != "?", peek != "+" else { return nil }
        return item
    }

    private mutating func number() -> Int? {
        var value: Int?
        while let next = peek, ("0"..."9").contains(next) {
            let grown = (value ?? 0) * 10 + Int(next.value - 48)
            guard grown <= Self.maxRepeat else { return nil }
            value = grown
            index += 1
        }
        return value
    }

    /// After `[`: literals, ranges of them, `\s` and single escapes, an optional leading `^` and
    /// a `-` just before the closing `]`.
    private mutating func bracketClass() -> PatternProgram.ScalarSet? {
        var set = PatternProgram.ScalarSet()
        set.isNegated = take("^")
        guard peek != "]" else { return nil }
        while !take("]") {
            if peek == "-", index + 1 < scalars.count, scalars[index + 1] == "]" {
                index += 1
                set.insert(45...45)
                continue
            }
            if peek == "\\", index + 1 < scalars.count, scalars[index + 1] == "s" {
                index += 2
                set.insertWhitespace()
                continue
            }
            guard let low = classScalar() else { return nil }
            var high = low
            if peek == "-", index + 1 < scalars.count, scalars[index + 1] != "]" {
                index += 1
                guard let end = classScalar(), end.value >= low.value else { return nil }
                high = end
            }
            set.insert(low.value...high.value)
        }
        return set
    }

    /// One literal of a class, plain or escaped.
    private mutating func classScalar() -> Unicode.Scalar? {
        guard let scalar = peek else { return nil }
        index += 1
        guard scalar == "\\" else { return Self.classPlain.contains(scalar) ? scalar : nil }
        guard let escaped = peek else { return nil }
        index += 1
        return Self.escape(escaped)
    }

    /// Appends the instructions for `items`; false when the program grows past its limit.
    private static func emit(_ items: [Quantified], into code: inout [PatternProgram.Instruction]) -> Bool {
        for item in items {
            for _ in 0..<item.min where !emit(item.node, into: &code) { return false }
            if let max = item.max {
                var exits: [Int] = []
                for _ in item.min..<max {
                    exits.append(code.count)
                    code.append(.jump(0))
                    guard emit(item.node, into: &code) else { return false }
                }
                for exit in exits { code[exit] = .split(exit + 1, code.count) }
            } else {
                let loop = code.count
                code.append(.jump(0))
                guard emit(item.node, into: &code) else { return false }
                code.append(.jump(loop))
                code[loop] = .split(loop + 1, code.count)
            }
        }
        return code.count <= maxInstructions
    }

    private static func emit(_ node: Node, into code: inout [PatternProgram.Instruction]) -> Bool {
        switch node {
        case .set(let set):
            code.append(.scalar(set))
            return code.count <= maxInstructions
        case .group(let items):
            return emit(items, into: &code)
        }
    }
}

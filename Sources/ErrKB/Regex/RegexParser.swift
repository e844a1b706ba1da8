/// Parses Python 3.11 `re` syntax the way `re/_parser.py` does, left to right with one token of
/// lookahead, so that the first error Python meets is the first error found here.
///
/// Python's recursive descent (`_parse_sub` → `_parse` → group → `_parse_sub`) is replaced by
/// an explicit stack of `RegexParseFrame`s: hostile nesting costs heap, never call stack.
struct RegexParser {
    /// Python's `MAXREPEAT`: repeat counts must stay below it.
    static let maxRepeat = 4_294_967_295
    /// Python's `MAXGROUPS`.
    static let maxGroups = 1_073_741_823

    var scanner: RegexScanner
    let maximumDepth: Int
    var frames: [RegexParseFrame]
    /// Width of each capturing group once closed, nil while open; slot 0 stands for the whole
    /// pattern, so the count is Python's `state.groups`.
    var groupWidths: [RegexWidth?] = [nil]
    /// Keyed by scalars: Python compares names code point by code point, Swift's `String` would
    /// call canonically equivalent names equal.
    var groupNames: [[Unicode.Scalar]: Int] = [:]
    var flags: RegexFlags = []
    /// Where the global flags were set, to point at them when they conflict.
    var globalFlagsOffset = 0
    /// Python's `lookbehindgroups`: the group count when the outermost open lookbehind began.
    var lookbehindGroups: Int?
    /// Whether a look-behind was opened anywhere: only then, or under the template flag, can
    /// `RegexCompileCheck` find an error.
    var hasLookbehind = false
    /// Group numbers used by conditionals with the position of their first use, in order;
    /// Python checks after parsing that each group exists.
    var conditionalReferences: [(group: Int, position: Int)] = []

    init(scalars: [Unicode.Scalar], maximumDepth: Int) throws(RegexSyntaxError) {
        scanner = try RegexScanner(scalars: scalars)
        self.maximumDepth = maximumDepth
        var root = RegexParseFrame(kind: .root, start: 0, contentStart: 0, verbose: false)
        // Most of a pattern is the root's literal characters, one node each, and no node takes
        // less than a scalar: reserved, the array never grows (each growth copied every node).
        root.items.reserveCapacity(scalars.count)
        frames = [root]
    }

    /// Python's `state.groups`: capturing groups opened so far, plus one.
    var groupSlots: Int { groupWidths.count }

    /// The innermost open frame; the root frame is never popped, so the stack is never empty.
    var top: RegexParseFrame {
        get { frames[frames.count - 1] }
        // In place: a get-and-set would copy the frame's node arrays on every append.
        _modify { yield &frames[frames.count - 1] }
    }

    mutating func parse() throws(RegexSyntaxError) -> RegexAST {
        while true {
            guard let this = scanner.next else {
                if frames.count > 1 { throw .syntax("missing ), unterminated subpattern", at: top.start) }
                break
            }
            if this.is("|") {
                try alternate()
                continue
            }
            if this.is(")") {
                if top.isRoot { break }
                try scanner.advance()
                try closeFrame()
                continue
            }
            let start = scanner.position
            try scanner.advance()
            if top.verbose, try skipsVerbose(this) { continue }
            try parseAtom(this, at: start)
        }
        return try finish()
    }

    /// In verbose mode, whitespace and `#` comments up to a newline are not part of the pattern.
    private mutating func skipsVerbose(_ this: RegexScanner.Token) throws(RegexSyntaxError) -> Bool {
        if !this.isEscape, [" ", "\t", "\n", "\r", "\u{0B}", "\u{0C}"].contains(this.scalar) { return true }
        guard this.is("#") else { return false }
        while let next = try scanner.get(), !next.is("\n") {}
        return true
    }

    private mutating func parseAtom(_ this: RegexScanner.Token, at start: Int) throws(RegexSyntaxError) {
        if this.isEscape {
            try parseEscape(this.scalar, at: start)
            return
        }
        switch this.scalar {
        case "[": try parseClass(at: start)
        case "*", "+", "?", "{": try parseRepeat(this.scalar, at: start)
        case ".": append(.any, from: start, width: .one)
        case "(": try parseOpen(at: start)
        case "^": append(.anchor(.lineStart), from: start, width: .zero)
        case "$": append(.anchor(.lineEnd), from: start, width: .zero)
        default: append(.literal(this.scalar.value), from: start, width: .one)
        }
    }

    /// `|`: ends a branch. A conditional has room for two branches only.
    private mutating func alternate() throws(RegexSyntaxError) {
        if case .conditional = top.kind, !top.branches.isEmpty {
            throw scanner.error("conditional backref with more than two branches")
        }
        let bar = scanner.position
        try scanner.advance()
        top.endBranch(at: bar, nextStart: scanner.position)
        // Global flags met in the first branch apply to the following ones.
        if top.isRoot { top.verbose = flags.contains(.verbose) }
    }

    /// Adds a node that ends where the scanner stands.
    mutating func append(_ kind: RegexNodeKind, from start: Int, width: RegexWidth) {
        top.items.append(RegexNode(kind: kind, offset: start, end: scanner.position, width: width))
    }

    /// Opens a frame for a construct whose body follows, refusing nesting past the limit.
    mutating func push(_ kind: RegexParseFrame.Kind, at start: Int, verbose: Bool) throws(RegexSyntaxError) {
        guard frames.count <= maximumDepth else {
            throw RegexSyntaxError(
                kind: .nestingLimit, message: "pattern nested more than \(maximumDepth) levels deep",
                offset: start, pythonPosition: nil)
        }
        frames.append(RegexParseFrame(kind: kind, start: start, contentStart: scanner.position, verbose: verbose))
    }

    /// `)`: turns the innermost frame into a node of its parent.
    private mutating func closeFrame() throws(RegexSyntaxError) {
        let frame = frames.removeLast()
        let end = scanner.position
        let bodyEnd = end - 1
        let node: RegexNode
        switch frame.kind {
        case .root:
            return
        case .group(let kind):
            let body = frame.body(endingAt: bodyEnd)
            var width = body.width
            switch kind {
            case .capturing(let index, _):
                groupWidths[index] = body.width
            case .lookahead, .lookbehind:
                width = .zero
            case .nonCapturing, .atomic, .scopedFlags:
                break
            }
            if frame.endsLookbehind { lookbehindGroups = nil }
            node = RegexNode(kind: .group(kind, body), offset: frame.start, end: end, width: width)
        case .conditional(let condition):
            let branches = frame.allBranches(endingAt: bodyEnd)
            let yes = branches[0]
            let no = branches.count > 1 ? branches[1] : nil
            let width = no.map { yes.width.or($0.width) } ?? RegexWidth(min: 0, max: yes.width.max)
            node = RegexNode(kind: .conditional(condition, yes: yes, no: no), offset: frame.start, end: end, width: width)
        }
        top.items.append(node)
    }

    /// The checks Python makes once the whole pattern is read, in Python's order.
    private mutating func finish() throws(RegexSyntaxError) -> RegexAST {
        if flags.contains(.ascii) && flags.contains(.unicode) {
            throw RegexSyntaxError(
                kind: .value, message: "ASCII and UNICODE flags are incompatible",
                offset: globalFlagsOffset, pythonPosition: nil)
        }
        if scanner.next != nil { throw .syntax("unbalanced parenthesis", at: scanner.position) }
        for reference in conditionalReferences where reference.group >= groupSlots {
            throw .syntax("invalid group reference \(reference.group)", at: reference.position)
        }
        let root = top.body(endingAt: scanner.position)
        var names: [String: Int] = [:]
        for (name, index) in groupNames { names[String(String.UnicodeScalarView(name))] = index }
        return RegexAST(root: root, groupCount: groupSlots - 1, groupNames: names, flags: flags)
    }

    /// Python's `checklookbehindgroup`: inside a lookbehind, a reference must name a group that
    /// is closed and was opened before the lookbehind.
    mutating func checkLookbehindReference(_ group: Int) throws(RegexSyntaxError) {
        guard let lookbehindGroups else { return }
        guard group < groupSlots, groupWidths[group] != nil else {
            throw scanner.error("cannot refer to an open group")
        }
        if group >= lookbehindGroups {
            throw scanner.error("cannot refer to group defined in the same lookbehind subpattern")
        }
    }
}

/// Turns a parsed pattern into a `MatchProgram`, applying the flags in force at each node.
struct MatchCompiler {
    /// The flags that change what a node matches.
    struct Flags {
        var ignoreCase: Bool
        var multiline: Bool
        var dotAll: Bool
        var ascii: Bool

        init(_ flags: RegexFlags) {
            ignoreCase = flags.contains(.ignoreCase)
            multiline = flags.contains(.multiline)
            dotAll = flags.contains(.dotAll)
            ascii = flags.contains(.ascii)
        }

        func applying(on: RegexFlags, off: RegexFlags) -> Flags {
            var result = self
            if on.contains(.ignoreCase) { result.ignoreCase = true }
            if on.contains(.multiline) { result.multiline = true }
            if on.contains(.dotAll) { result.dotAll = true }
            if on.contains(.ascii) { result.ascii = true }
            if on.contains(.unicode) { result.ascii = false }
            if off.contains(.ignoreCase) { result.ignoreCase = false }
            if off.contains(.multiline) { result.multiline = false }
            if off.contains(.dotAll) { result.dotAll = false }
            return result
        }
    }

    /// Largest program compiled; counted repeats are unrolled, so `(a{1000}){1000}` would
    /// otherwise take a million instructions.
    static let maximumInstructions = 100_000

    private var program = MatchProgram()
    private var tooLarge = false
    /// Loops whose body can match empty: their slot and the instructions of their body.
    private var emptyCheckedLoops: [(slot: Int, body: ClosedRange<Int>)] = []

    /// The program for `ast` under the consumer's `flags` (added to the pattern's own), or
    /// nil when unrolling its counted repeats would pass `maximumInstructions`.
    static func compile(_ ast: RegexAST, flags: RegexFlags) -> MatchProgram? {
        var compiler = MatchCompiler()
        compiler.program.slotCount = 2 * (ast.groupCount + 1)
        compiler.emit(.save(slot: 0))
        compiler.compile(ast.root, Flags(ast.flags.union(flags)))
        compiler.emit(.save(slot: 1))
        compiler.emit(.match)
        var program = compiler.program
        program.firstCharacters = FirstCharacters.of(ast, flags: flags)
        // Filled aside and stored once: the program works out its loop depth on each store.
        var enclosingLoopSlots: [[Int]] = Array(repeating: [], count: program.instructions.count)
        for loop in compiler.emptyCheckedLoops {
            for pc in loop.body { enclosingLoopSlots[pc].append(loop.slot) }
        }
        program.enclosingLoopSlots = enclosingLoopSlots
        if program.loopDepth + program.conditionGroups.count > MatchProgram.maximumKeyBits { program.isMemoizable = false }
        return compiler.tooLarge ? nil : program
    }

    @discardableResult
    private mutating func emit(_ instruction: MatchInstruction) -> Int {
        if program.instructions.count >= Self.maximumInstructions { tooLarge = true }
        program.instructions.append(instruction)
        return program.instructions.count - 1
    }

    private var next: Int { program.instructions.count }

    private mutating func patch(_ at: Int, _ instruction: MatchInstruction) {
        program.instructions[at] = instruction
    }

    private mutating func compile(_ node: RegexNode, _ flags: Flags) {
        guard !tooLarge else { return }
        switch node.kind {
        case .empty:
            break
        case .literal(let c):
            if flags.ignoreCase && PythonCaseFolding.isCased(c, ascii: flags.ascii) {
                emit(.foldedCharacter(fold: PythonCaseFolding.fold(c, ascii: flags.ascii), ascii: flags.ascii))
            } else {
                emit(.character(c))
            }
        case .any:
            emit(.anyCharacter(newline: flags.dotAll))
        case .characterClass(let set):
            emitSet(MatchCharacterSet(items: set.items, isNegated: set.isNegated, ignoreCase: flags.ignoreCase, ascii: flags.ascii))
        case .classEscape(let escape):
            emitSet(MatchCharacterSet(items: [.classEscape(escape)], isNegated: false, ignoreCase: false, ascii: flags.ascii))
        case .anchor(let anchor):
            emit(.assertion(anchor, multiline: flags.multiline, ascii: flags.ascii))
        case .group(let kind, let body):
            compileGroup(kind, body, flags)
        case .conditional(let condition, let yes, let no):
            if !program.conditionGroups.contains(condition.index) { program.conditionGroups.append(condition.index) }
            let test = emit(.jump(-1))
            compile(yes, flags)
            let skip = emit(.jump(-1))
            patch(test, .conditional(group: condition.index, no: next))
            if let no { compile(no, flags) }
            patch(skip, .jump(next))
        case .backreference(let index, _):
            program.isMemoizable = false
            emit(.backreference(group: index, ignoreCase: flags.ignoreCase, ascii: flags.ascii))
        case .alternation(let branches):
            compileAlternation(branches, flags)
        case .concatenation(let nodes):
            for part in nodes { compile(part, flags) }
        case .quantified(let quantifier, let body):
            compileRepeat(quantifier, body, flags)
        }
    }

    private mutating func emitSet(_ set: MatchCharacterSet) {
        program.sets.append(set)
        emit(.set(program.sets.count - 1))
    }

    private mutating func compileGroup(_ kind: RegexGroupKind, _ body: RegexNode, _ flags: Flags) {
        switch kind {
        case .capturing(let index, _):
            emit(.save(slot: 2 * index))
            compile(body, flags)
            emit(.save(slot: 2 * index + 1))
        case .nonCapturing:
            compile(body, flags)
        case .scopedFlags(let on, let off):
            compile(body, flags.applying(on: on, off: off))
        case .atomic:
            compileSubpattern({ .atomic(next: $0) }) { $0.compile(body, flags) }
        case .lookahead(let isNegative):
            compileSubpattern({ .lookaround(next: $0, isNegative: isNegative, behind: nil) }) { $0.compile(body, flags) }
        case .lookbehind(let isNegative):
            let width = Int(clamping: body.width.min)
            compileSubpattern({ .lookaround(next: $0, isNegative: isNegative, behind: width) }) { $0.compile(body, flags) }
        }
    }

    /// A body run on its own: the opening instruction, the body, `succeed`.
    private mutating func compileSubpattern(_ opening: (Int) -> MatchInstruction, body: (inout MatchCompiler) -> Void) {
        let start = emit(.jump(-1))
        body(&self)
        emit(.succeed)
        patch(start, opening(next))
    }

    private mutating func compileAlternation(_ branches: [RegexNode], _ flags: Flags) {
        var exits: [Int] = []
        for (index, branch) in branches.enumerated() {
            if index == branches.count - 1 {
                compile(branch, flags)
            } else {
                let split = emit(.jump(-1))
                compile(branch, flags)
                exits.append(emit(.jump(-1)))
                patch(split, .split(preferred: split + 1, alternative: next))
            }
        }
        for exit in exits { patch(exit, .jump(next)) }
    }

    private mutating func compileRepeat(_ quantifier: RegexQuantifier, _ body: RegexNode, _ flags: Flags) {
        guard quantifier.mode == .possessive else { return compileRepeatBody(quantifier, body, flags) }
        // `x*+` is `(?>x*)`: the greedy repeat inside an atomic group.
        var greedy = quantifier
        greedy.mode = .greedy
        compileSubpattern({ .atomic(next: $0) }) { $0.compileRepeatBody(greedy, body, flags) }
    }

    /// `min` copies of the body, then either a loop (unbounded) or `max − min` nested optional copies.
    private mutating func compileRepeatBody(_ quantifier: RegexQuantifier, _ body: RegexNode, _ flags: Flags) {
        let lazy = quantifier.mode == .lazy
        if quantifier.max == nil, quantifier.min > 0, body.width.min > 0 {
            // `x{m,}` as m−1 copies and `x+`: the body once, then back to it or on. One copy
            // fewer than `x{m} x*`, which matters for a large alternation under `+`.
            for _ in 1..<quantifier.min where !tooLarge { compile(body, flags) }
            let start = next
            compile(body, flags)
            emit(lazy ? .split(preferred: next + 1, alternative: start) : .split(preferred: start, alternative: next + 1))
            return
        }
        for _ in 0..<quantifier.min where !tooLarge { compile(body, flags) }
        guard let max = quantifier.max else {
            compileLoop(body, flags, lazy: lazy)
            return
        }
        var optionals: [Int] = []
        for _ in quantifier.min..<Swift.max(quantifier.min, max) where !tooLarge {
            optionals.append(emit(.jump(-1)))
            compile(body, flags)
        }
        for split in optionals {
            patch(split, lazy ? .split(preferred: next, alternative: split + 1) : .split(preferred: split + 1, alternative: next))
        }
    }

    private mutating func compileLoop(_ body: RegexNode, _ flags: Flags, lazy: Bool) {
        let canBeEmpty = body.width.min == 0
        let loop = emit(.jump(-1))
        var slot = 0
        if canBeEmpty {
            slot = program.slotCount
            program.slotCount += 1
            emit(.iterationStart(slot: slot))
        }
        compile(body, flags)
        if canBeEmpty {
            let end = emit(.jump(-1))
            patch(end, .iterationEnd(slot: slot, loop: loop, exit: end + 1))
            emptyCheckedLoops.append((slot, (loop + 1)...end))
        } else {
            emit(.jump(loop))
        }
        patch(loop, lazy ? .split(preferred: next, alternative: loop + 1) : .split(preferred: loop + 1, alternative: next))
    }
}

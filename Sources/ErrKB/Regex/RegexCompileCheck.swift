/// The errors Python's `re._compiler` raises after a successful parse. Python gives them no
/// position; errkb points at the offending construct.
enum RegexCompileCheck {
    /// Python's `MAXCODE`: the largest look-behind width the engine can encode.
    static let maxCode: UInt64 = 4_294_967_295

    /// Walks the tree in the order Python compiles it (pre-order, left to right) and throws the
    /// first error Python would meet.
    static func check(_ ast: RegexAST) throws(RegexSyntaxError) {
        let isTemplate = ast.flags.contains(.template)
        var stack = [ast.root]
        while let node = stack.popLast() {
            switch node.kind {
            case .group(.lookbehind, let body):
                if body.width.min > maxCode { throw positionless("looks too much behind", node) }
                if body.width.min != body.width.max {
                    throw positionless("look-behind requires fixed-width pattern", node)
                }
            case .quantified(let quantifier, _) where isTemplate:
                // The undocumented `(?t)` flag compiles no repeat at all.
                let name: String
                switch quantifier.mode {
                case .greedy: name = "MAX_REPEAT"
                case .lazy: name = "MIN_REPEAT"
                case .possessive: name = "POSSESSIVE_REPEAT"
                }
                throw positionless("internal: unsupported template operator " + name, node)
            default:
                break
            }
            // Most nodes are leaves (one literal character each): appending their empty
            // `children` still cost a generic array append.
            if !node.isLeaf { stack.append(contentsOf: node.children.reversed()) }
        }
    }

    private static func positionless(_ message: String, _ node: RegexNode) -> RegexSyntaxError {
        RegexSyntaxError(message: message, offset: node.offset, pythonPosition: nil)
    }
}

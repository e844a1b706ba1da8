/// Entry point: Python 3.11 `re` syntax, accepted or refused exactly as `re.compile` does.
public enum PythonRegex {
    /// Deepest nesting of groups, lookarounds and conditionals accepted. Python overflows its
    /// own recursion limit somewhere near 490 levels; errkb stops earlier so that no walk over
    /// the tree can exhaust a thread's stack.
    public static let maximumNestingDepth = 200

    /// Parses `pattern` as `re.compile(pattern)` would (no flags argument, `str` pattern),
    /// including the checks Python makes while compiling (look-behind width, template flag).
    public static func parse(_ pattern: String) -> Result<RegexAST, RegexSyntaxError> {
        parse(scalars: Array(pattern.unicodeScalars))
    }

    /// Same as `parse(_:)` for a pattern already split into Unicode scalars.
    ///
    /// `checkingEveryPattern`: true only for the test that skipping the compile check changes nothing.
    public static func parse(scalars: [Unicode.Scalar], checkingEveryPattern: Bool = false) -> Result<RegexAST, RegexSyntaxError> {
        do {
            var parser = try RegexParser(scalars: scalars, maximumDepth: maximumNestingDepth)
            let ast = try parser.parse()
            // The check's errors are about look-behinds and the template flag only; most patterns
            // have neither, and walking their tree again cost a sixth of parsing them.
            if parser.hasLookbehind || ast.flags.contains(.template) || checkingEveryPattern {
                try RegexCompileCheck.check(ast)
            }
            return .success(ast)
        } catch {
            return .failure(error)
        }
    }
}

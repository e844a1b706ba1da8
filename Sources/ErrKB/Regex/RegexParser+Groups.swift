/// Everything that starts with `(`: groups, extensions `(?...)`, comments and conditionals.
extension RegexParser {
    /// Reads what follows a `(` at `start`, opening a frame or adding a node.
    mutating func parseOpen(at start: Int) throws(RegexSyntaxError) {
        guard try scanner.match("?") else {
            try openCapture(name: nil, at: start)
            return
        }
        guard let char = try scanner.get() else { throw scanner.error("unexpected end of pattern") }
        if char.is("P") {
            try parsePythonExtension(at: start)
        } else if char.is(":") {
            try push(.group(.nonCapturing), at: start, verbose: top.verbose)
        } else if char.is("#") {
            try skipComment(at: start)
        } else if char.is("=") || char.is("!") {
            try push(.group(.lookahead(isNegative: char.is("!"))), at: start, verbose: top.verbose)
        } else if char.is("<") {
            try openLookbehind(at: start)
        } else if char.is("(") {
            try openConditional(at: start)
        } else if char.is(">") {
            try push(.group(.atomic), at: start, verbose: top.verbose)
        } else if char.is("-") || (!char.isEscape && RegexFlags(letter: char.scalar) != nil) {
            try parseInlineFlags(char, at: start)
        } else {
            throw scanner.error("unknown extension ?" + char.text, back: char.length + 1)
        }
    }

    /// `(?P<name>...)` and `(?P=name)`.
    private mutating func parsePythonExtension(at start: Int) throws(RegexSyntaxError) {
        if try scanner.match("<") {
            let name = try scanner.name(until: ">", what: "group name")
            try checkGroupName(name)
            try openCapture(name: name, at: start)
        } else if try scanner.match("=") {
            let name = try scanner.name(until: ")", what: "group name")
            try checkGroupName(name)
            guard let group = groupNames[name] else {
                throw scanner.error("unknown group name " + PythonText.repr(name), back: name.count + 1)
            }
            guard let width = groupWidths[group] else {
                throw scanner.error("cannot refer to an open group", back: name.count + 1)
            }
            try checkLookbehindReference(group)
            let text = String(String.UnicodeScalarView(name))
            append(.backreference(index: group, name: text), from: start, width: width)
        } else {
            guard let char = try scanner.get() else { throw scanner.error("unexpected end of pattern") }
            throw scanner.error("unknown extension ?P" + char.text, back: char.length + 2)
        }
    }

    /// Python's `checkgroupname`, called just after the name's terminator.
    private func checkGroupName(_ name: [Unicode.Scalar]) throws(RegexSyntaxError) {
        guard PythonText.isIdentifier(name) else {
            throw scanner.error("bad character in group name " + PythonText.repr(name), back: name.count + 1)
        }
    }

    private mutating func openCapture(name: [Unicode.Scalar]?, at start: Int) throws(RegexSyntaxError) {
        let group = groupSlots
        groupWidths.append(nil)
        if let name {
            if let previous = groupNames[name] {
                throw scanner.error(
                    "redefinition of group name \(PythonText.repr(name)) as group \(group); was group \(previous)",
                    back: name.count + 1)
            }
            groupNames[name] = group
        }
        let text = name.map { String(String.UnicodeScalarView($0)) }
        try push(.group(.capturing(index: group, name: text)), at: start, verbose: top.verbose)
    }

    /// `(?#...)`: skipped up to the first unescaped `)`.
    private mutating func skipComment(at start: Int) throws(RegexSyntaxError) {
        while true {
            guard scanner.next != nil else { throw .syntax("missing ), unterminated comment", at: start) }
            if try scanner.get()?.is(")") == true { return }
        }
    }

    private mutating func openLookbehind(at start: Int) throws(RegexSyntaxError) {
        guard let char = try scanner.get() else { throw scanner.error("unexpected end of pattern") }
        guard char.is("=") || char.is("!") else {
            throw scanner.error("unknown extension ?<" + char.text, back: char.length + 2)
        }
        let isOutermost = lookbehindGroups == nil
        if isOutermost { lookbehindGroups = groupSlots }
        hasLookbehind = true
        try push(.group(.lookbehind(isNegative: char.is("!"))), at: start, verbose: top.verbose)
        top.endsLookbehind = isOutermost
    }

    /// `(?(name)` or `(?(number)`: the group may be defined later, which is checked at the end.
    private mutating func openConditional(at start: Int) throws(RegexSyntaxError) {
        let name = try scanner.name(until: ")", what: "group name")
        let condition: RegexCondition
        if PythonText.isIdentifier(name) {
            guard let group = groupNames[name] else {
                throw scanner.error("unknown group name " + PythonText.repr(name), back: name.count + 1)
            }
            condition = RegexCondition(index: group, name: String(String.UnicodeScalarView(name)))
        } else {
            condition = RegexCondition(index: try conditionNumber(name), name: nil)
        }
        try checkLookbehindReference(condition.index)
        try push(.conditional(condition), at: start, verbose: top.verbose)
    }

    /// A numbered condition is read with Python's `int()`, so ` 1`, `+1` and `1_0` are numbers.
    private mutating func conditionNumber(_ name: [Unicode.Scalar]) throws(RegexSyntaxError) -> Int {
        guard let number = PythonText.integer(name), !(number.isNegative && number.digits != "0") else {
            throw scanner.error("bad character in group name " + PythonText.repr(name), back: name.count + 1)
        }
        if number.digits == "0" { throw scanner.error("bad group number", back: name.count + 1) }
        guard number.digits.count <= 10, let group = Int(number.digits), group < Self.maxGroups else {
            throw scanner.error("invalid group reference \(number.digits)", back: name.count + 1)
        }
        if !conditionalReferences.contains(where: { $0.group == group }) {
            conditionalReferences.append((group, scanner.position - name.count - 1))
        }
        return group
    }
}

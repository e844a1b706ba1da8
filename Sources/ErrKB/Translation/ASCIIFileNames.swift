/// The file names of ASCII text as `IdentifierTokens.fileNames`,
/// `(?:^|[^\w.\/-])((?:[\w-]+)?(?:\.[\w-]+)*\.(?:py|js|…|profile))\b`, finds them with
/// `matches(of:)`: a backtracking search in the regex's own order (alternatives in order, each
/// repeat greedy and giving back one at a time), its first success taken, the name being the
/// captured group. Records name files often (`requirements.txt`, `package.json`), and Swift's
/// `Regex` spent about a million instructions a record of the repository's KB on this pattern,
/// a fifth of all `lint` did there.
enum ASCIIFileNames {
    /// The extensions in the regex's order (`ya?ml` tries `yaml` first).
    static let extensions = ["py", "js", "mjs", "cjs", "ts", "tsx", "jsx", "json", "yaml", "yml", "toml", "lock", "txt", "md",
                             "cfg", "ini", "conf", "sh", "rs", "go", "mod", "sum", "java", "kt", "swift", "cpp", "xml", "gradle",
                             "env", "pem", "crt", "sock", "dll", "so", "dylib", "exe", "whl", "npmrc", "gitignore", "pypirc",
                             "bashrc", "zshrc", "profile"].map { Array($0.utf8) }

    static func matches(in text: String) -> [String] {
        ASCIIText.matches(in: text) { bytes, start in
            match(bytes, at: start).map { name, end in (ASCIIText.text(bytes, name..<end), end) }
        }
    }

    /// `[\w-]`.
    private static func isNameByte(_ byte: UInt8) -> Bool { ASCIIText.isWord(byte) || byte == UInt8(ascii: "-") }

    /// Where the name of the match starting at `start` begins and where the match ends.
    private static func match(_ bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (Int, Int)? {
        // `^`, then `[^\w.\/-]`.
        if start == 0, let end = name(bytes, from: 0) { return (0, end) }
        let byte = bytes[start]
        guard !isNameByte(byte), byte != UInt8(ascii: "."), byte != UInt8(ascii: "/"), let end = name(bytes, from: start + 1) else {
            return nil
        }
        return (start + 1, end)
    }

    /// The length of the run of `[\w-]` at `start`.
    private static func nameRun(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var end = start
        while end < bytes.count, isNameByte(bytes[end]) { end += 1 }
        return end - start
    }

    /// `(?:[\w-]+)?(?:\.[\w-]+)*` and the ending, tried as the regex tries them. A repeat that
    /// gives back part of a run of `[\w-]` leaves the next part to start inside the run, where it
    /// cannot (every part starts with a dot), so only whole runs matter: the optional run is the
    /// whole run, and the dotted parts are taken as far as they go, the ending tried after the
    /// last of them first, then after each shorter chain. A loop, not a recursion: a value of
    /// 256 KiB can hold a hundred thousand parts.
    private static func name(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        var partEnds = [start + nameRun(bytes, from: start)]
        while let last = partEnds.last, last < bytes.count, bytes[last] == UInt8(ascii: "."), case let run = nameRun(bytes, from: last + 1), run > 0 {
            partEnds.append(last + 1 + run)
        }
        for partEnd in partEnds.reversed() {
            if let end = ending(bytes, from: partEnd) { return end }
        }
        return nil
    }

    /// `\.(?:py|js|…)\b`: the first extension, in order, that a word boundary follows.
    private static func ending(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start < bytes.count, bytes[start] == UInt8(ascii: ".") else { return nil }
        let rest = UnsafeBufferPointer(rebasing: bytes[(start + 1)...])
        for ext in extensions where rest.starts(with: ext) {
            let end = start + 1 + ext.count
            if ASCIIWordBoundary.isBoundary(bytes, at: end) { return end }
        }
        return nil
    }
}

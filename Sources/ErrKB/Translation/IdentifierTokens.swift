/// Names a translation must keep verbatim: exception names (`ModuleNotFoundError`), error codes
/// (`E0382`, `TS2307`, `ENOENT`, `ERR_OSSL_EVP_UNSUPPORTED`) and file names with an extension
/// (`package.json`, `.npmrc`).
enum IdentifierTokens {
    /// All-capital English words the errno pattern would otherwise take for codes.
    private static let notCodes: Set<String> = ["ERROR", "ERRORS", "END", "ELSE", "EXIT", "EXPORT", "EMPTY", "ENV", "EVERY", "EACH", "EITHER"]

    // Built once: a regex literal is parsed again every time it is evaluated.
    nonisolated(unsafe) static let exceptionNames = #/\b[A-Z][A-Za-z0-9]*(Error|Exception|Warning)\b/#
    nonisolated(unsafe) static let errorCodes = #/\b(?:[A-Z]{1,4}\d{3,5}|ERR_[A-Z0-9_]+|E[A-Z]{3,})\b/#
    nonisolated(unsafe) static let fileNames = #/(?:^|[^\w.\/-])((?:[\w-]+)?(?:\.[\w-]+)*\.(?:py|js|mjs|cjs|ts|tsx|jsx|json|ya?ml|toml|lock|txt|md|cfg|ini|conf|sh|rs|go|mod|sum|java|kt|swift|cpp|xml|gradle|env|pem|crt|sock|dll|so|dylib|exe|whl|npmrc|gitignore|pypirc|bashrc|zshrc|profile))\b/#

    /// The names in `text`, first occurrence first. `prefiltered: false` runs every regex on
    /// every text, as a test's reference.
    static func extract(_ text: String, prefiltered: Bool = true) -> [String] {
        var found: [String] = []
        // Swift's `Regex` is slow: on ASCII text, hand-written matchers give its answers (the
        // file names' only on a text that may hold one); other text takes the regexes.
        let isASCII = prefiltered && ASCIIText.isASCII(text)
        if isASCII {
            // By hand: the regexes' answers on ASCII text, without the regexes.
            found += ASCIIExceptionNames.matches(in: text)
            found += ASCIIErrorCodes.matches(in: text).filter { !notCodes.contains($0) }
            if mayHoldFileName(text) { found += ASCIIFileNames.matches(in: text) }
        } else {
            for match in text.matches(of: exceptionNames) { found.append(String(match.output.0)) }
            for match in text.matches(of: errorCodes) {
                let code = String(match.output)
                if !notCodes.contains(code) { found.append(code) }
            }
            for match in text.matches(of: fileNames) { found.append(String(match.output.1)) }
        }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }

    /// Whether ASCII `text` has what every `fileNames` match has: a dot followed by an extension.
    private static func mayHoldFileName(_ text: String) -> Bool {
        ASCIIText.withBytes(of: text) { bytes in
            for index in bytes.indices where bytes[index] == UInt8(ascii: ".") {
                let rest = UnsafeBufferPointer(rebasing: bytes[(index + 1)...])
                if ASCIIFileNames.extensions.contains(where: { rest.starts(with: $0) }) { return true }
            }
            return false
        }
    }
}

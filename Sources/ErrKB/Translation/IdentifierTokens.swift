/// Names a translation must keep verbatim: exception names (`ModuleNotFoundError`), error codes
/// (`E0382`, `TS2307`, `ENOENT`, `ERR_OSSL_EVP_UNSUPPORTED`) and file names with an extension
/// (`package.json`, `.npmrc`).
enum IdentifierTokens {
    /// All-capital English words the errno pattern would otherwise take for codes.
    private static let notCodes: Set<String> = ["ERROR", "ERRORS", "END", "ELSE", "EXIT", "EXPORT", "EMPTY", "ENV", "EVERY", "EACH", "EITHER"]

    static func extract(_ text: String) -> [String] {
        var found: [String] = []
        for match in text.matches(of: #/\b[A-Z][A-Za-z0-9]*(Error|Exception|Warning)\b/#) { found.append(String(match.output.0)) }
        for match in text.matches(of: #/\b(?:[A-Z]{1,4}\d{3,5}|ERR_[A-Z0-9_]+|E[A-Z]{3,})\b/#) {
            let code = String(match.output)
            if !notCodes.contains(code) { found.append(code) }
        }
        let extensions = #/(?:^|[^\w.\/-])((?:[\w-]+)?(?:\.[\w-]+)*\.(?:py|js|mjs|cjs|ts|tsx|jsx|json|ya?ml|toml|lock|txt|md|cfg|ini|conf|sh|rs|go|mod|sum|java|kt|swift|cpp|xml|gradle|env|pem|crt|sock|dll|so|dylib|exe|whl|npmrc|gitignore|pypirc|bashrc|zshrc|profile))\b/#
        for match in text.matches(of: extensions) { found.append(String(match.output.1)) }
        var seen: Set<String> = []
        return found.filter { seen.insert($0).inserted }
    }
}

import Testing
@testable import ErrKB

/// The hand-written matchers of the translation rules (error codes, exception names, file names,
/// dates) and their word boundaries answer as Swift's `Regex` does on ASCII text.
@Suite struct ASCIIMatcherTests {
    static func texts(alphabet: [String], count: Int, maxLength: Int, seed: UInt64) -> [String] {
        var random = SplitMix64(seed: seed)
        return (0..<count).map { _ in
            (0..<Int(random.next() % UInt64(maxLength + 1))).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }.joined()
        }
    }

    @Test func wordBoundariesAreTheRegexs() {
        // Every Word_Break class ASCII has, CR LF included.
        let alphabet = ["a", "Z", "0", "7", "_", ":", ",", ";", ".", "'", "\"", " ", "  ", "\t", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}",
                        "-", "#", "/", "E"]
        for text in Self.texts(alphabet: alphabet, count: 6000, maxLength: 8, seed: 0xB0B) {
            let expected = Set(text.matches(of: #/\b/#).map { text.utf8.distance(from: text.startIndex, to: $0.range.lowerBound) })
            let found = ASCIIText.withBytes(of: text) { bytes in
                // The positions between CR and LF are inside a Character: the regex never stands there.
                Set((0...bytes.count).filter { offset in
                    !(offset > 0 && offset < bytes.count && bytes[offset - 1] == 0x0D && bytes[offset] == 0x0A)
                        && ASCIIWordBoundary.isBoundary(bytes, at: offset)
                })
            }
            #expect(found == expected, "\(text.debugDescription)")
        }
    }

    /// Expects `matcher` to find what `regex` finds in each text; gives every match the regex found.
    static func regexMatches<Found: Equatable>(in texts: [String], _ regex: (String) -> [Found],
                                               matcher: (String) -> [Found]) -> [Found] {
        texts.flatMap { text in
            let expected = regex(text)
            #expect(matcher(text) == expected, "\(text.debugDescription)")
            return expected
        }
    }

    @Test func errorCodesAreTheRegexs() {
        let alphabet = ["E", "R", "ERR_", "EE", "A", "TS", "ABCD", "X", "a", "e", "0", "12", "345", "6789", "_", ".", ",", ":", "'", " ",
                        "-", "\n", "\r\n", "/", "ENOENT", "E0382"]
        let fixed = ["Error E120-745: token timed out", "ENOENT and EACCES", "ERR_OSSL_EVP_UNSUPPORTED.", "TS2307 E0382", "ABCDE12345",
                     "E1234567", "x.E123.y", "E123.5", "ERR__", "ERR_A_", "EABC_", "1.E123", "E12 E123 E1234 E12345 E123456"]
        let codes = Self.regexMatches(in: fixed + Self.texts(alphabet: alphabet, count: 8000, maxLength: 7, seed: 0xE44),
                                      { $0.matches(of: IdentifierTokens.errorCodes).map { String($0.output) } },
                                      matcher: ASCIIErrorCodes.matches)
        #expect(codes.count > 800)
    }

    @Test func exceptionNamesAreTheRegexs() {
        let alphabet = ["Error", "Exception", "Warning", "Errors", "Value", "X", "a", "9", "_", ".", ":", "'", " ", "-", "/", "\n", "E", "rror"]
        let fixed = ["raise ValueError: bad", "KeyError.args", "x.KeyError", "ErrorError", "AErrorB", "HTTPError_", "OSError's",
                     "Error", "ConnectionResetError and TimeoutException", "RuntimeWarning1", "Z9Warning"]
        let names = Self.regexMatches(in: fixed + Self.texts(alphabet: alphabet, count: 8000, maxLength: 6, seed: 0xE7C),
                                      { $0.matches(of: IdentifierTokens.exceptionNames).map { String($0.output.0) } },
                                      matcher: ASCIIExceptionNames.matches)
        #expect(names.count > 400)
    }

    @Test func fileNamesAreTheRegexs() {
        let alphabet = ["a", "Z", "9", "_", "-", ".", "/", " ", ":", "'", "\n", "py", "json", "js", "ts", "x", "yaml", "yml", "ml", "so",
                        "npmrc", "lock", ".env", "git", "ignore", "(", "`", ","]
        let fixed = ["pip install -r requirements.txt", "see package.json.", "a.b.c.py", ".npmrc and ~/.bashrc", "x.tsx, y.ts", "file.jsonl",
                     "config.yaml.bak", "lib-1.2.so.3", "/etc/app.conf", "C:\\dir\\f.exe", "v1.2.3.whl", "..py", ".py", "a..py"]
        let names = Self.regexMatches(in: fixed + Self.texts(alphabet: alphabet, count: 12_000, maxLength: 7, seed: 0xF11E),
                                      { $0.matches(of: IdentifierTokens.fileNames).map { String($0.output.1) } },
                                      matcher: ASCIIFileNames.matches)
        #expect(names.count > 500)
        // A hundred thousand dotted parts: matched whole, with no recursion as deep as the parts.
        let long = String(repeating: "a.", count: 100_000) + "py"
        #expect(ASCIIFileNames.matches(in: long) == [long])
    }

    @Test func monthDatesAreTheRegexs() {
        let alphabet = ["May", "March", "June", "July", "August", "December", "Mayday", "1", "23", " ", "  ", "\t", "\n", "\r\n", "\r", ",",
                        ".", "a", "_", "'", ":"]
        let fixed = ["August 13, 2021", "30 September", "May be", "in May", "12 May 2024", "5\r\nMay", "May\r\n5", "9 May5", "Mays 1"]
        let months = Self.regexMatches(in: fixed + Self.texts(alphabet: alphabet, count: 12_000, maxLength: 6, seed: 0xDA7E5), { text in
            text.matches(of: NumberTokens.monthInDate).map { match in
                ASCIIMonthDates.Match(month: NumberTokens.months.firstIndex(of: String(match.output.2))! + 1,
                                      isDate: match.output.1 != nil || match.output.3 != nil)
            }
        }, matcher: ASCIIMonthDates.matches)
        #expect(months.filter(\.isDate).count > 100)
    }
}

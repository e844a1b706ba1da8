import Testing
@testable import ErrKB

/// The extraction helpers the i18n rules share.
@Suite struct TranslationExtractionTests {
    @Test func numbersKeepTheirUnitsInEitherLanguage() {
        #expect(NumberTokens.extract("Retry after 30 seconds, HTTP 504, openai 1.3.0, 5%") == ["30s", "504", "1.3.0", "5%"])
        #expect(NumberTokens.extract("30秒后重试，HTTP 504，openai 1.3.0，5％") == ["30s", "504", "1.3.0", "5%"])
        #expect(NumberTokens.extract("E0382 in v2 and utf8").isEmpty)
        #expect(Set(NumberTokens.extract("removed on August 13, 2021")) == Set(NumberTokens.extract("于 2021 年 8 月 13 日移除")))
    }

    @Test func codeLinesAreToldFromProse() {
        let lines = CodeLines.lines(of: "Retry with backoff:\nimport time\nclient = OpenAI()\n    try:\n$ pip install x\n为流中断实现重试：\nprint('你好')")
        #expect(lines.map(\.isCode) == [false, true, true, true, true, false, true])
        #expect(CodeLines.lines(of: "npm ERR! code E404", codeLines: false).map(\.isCode) == [false])
        #expect(CodeLines.inlineCode(in: "Set `timeout=30` and `retries`") == ["timeout=30", "retries"])
    }

    @Test func codeTokensIgnoreStringsAndComments() {
        #expect(CodeTokens.tokens(of: "print(f'Retrying in {wait}s...')  # retry")
                == CodeTokens.tokens(of: "print(f'{wait}秒后重试...')  # 重试"))
        #expect(CodeTokens.tokens(of: "max_retries = 3") != CodeTokens.tokens(of: "max_retries = 5"))
        #expect(CodeTokens.tokens(of: "curl https://example.com/a") == ["curl", "https", ":", "/", "/", "example", ".", "com", "/", "a"])
    }

    @Test func urlsIdentifiersAndBrackets() {
        #expect(URLTokens.extract("See https://example.com/a. 见 https://example.com/b。") == ["https://example.com/a", "https://example.com/b"])
        #expect(IdentifierTokens.extract("ModuleNotFoundError, E0382, ENOENT, ERR_OSSL_EVP_UNSUPPORTED in package.json and .npmrc; ERROR")
                == ["ModuleNotFoundError", "E0382", "ENOENT", "ERR_OSSL_EVP_UNSUPPORTED", "package.json", ".npmrc"])
        #expect(BracketBalance.isBalanced("超时（30 秒)「引用」"))
        #expect(BracketBalance.firstProblem(in: "超时（30 秒") == 2)
        #expect(HanCharacters.contains("Error: 不完整") && !HanCharacters.contains("Error，。"))
    }
}

/// The sentence punctuation of a run of Chinese prose, as `i18n-punctuation` counts it: its
/// full-width marks, and the first half-width mark right after a Han character and before a
/// space, a Han character or the end.
struct PunctuationMarks: Equatable {
    var fullWidth = 0
    /// In Unicode scalars from the start of the run.
    var firstHalfWidthAfterHan: Int?

    static func count(in text: String) -> PunctuationMarks {
        byScalars(in: text) ?? byCharacters(in: text)
    }

    /// `count` Character by Character: the definition the scalar walk must agree with.
    static func byCharacters(in text: String) -> PunctuationMarks {
        var marks = PunctuationMarks()
        let characters = Array(text)
        var offset = 0
        for (index, character) in characters.enumerated() {
            if I18nPunctuationRule.isFullWidth(character) { marks.fullWidth += 1 }
            if marks.firstHalfWidthAfterHan == nil, I18nPunctuationRule.isHalfWidth(character), index > 0, isHan(characters[index - 1]),
               index + 1 == characters.count || characters[index + 1].isWhitespace || isHan(characters[index + 1]) {
                marks.firstHalfWidthAfterHan = offset
            }
            offset += character.unicodeScalars.count
        }
        return marks
    }

    private static func isHan(_ character: Character) -> Bool { character.unicodeScalars.contains(where: HanCharacters.isHan) }

    /// `count` on the scalars, decoded from the buffer, when each is a Character of its own (ASCII
    /// and the common CJK scalars, `BracketBalance.standsAlone`; a CR LF pair is whitespace and
    /// no mark either way); nil for other text. Making an array of Characters cost most of the
    /// rule's time.
    static func byScalars(in text: String) -> PunctuationMarks? {
        ASCIIText.withBytes(of: text) { bytes in
            var scalars: [Unicode.Scalar] = []
            scalars.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                let (scalar, length) = BufferScalars.decode(bytes, at: index)
                guard BracketBalance.standsAlone(scalar) else { return nil }
                scalars.append(scalar)
                index += length
            }
            var marks = PunctuationMarks()
            for (offset, scalar) in scalars.enumerated() {
                switch scalar {
                case "，", "。", "：", "；", "！", "？": marks.fullWidth += 1
                case ",", ".", ":", ";", "!", "?":
                    guard marks.firstHalfWidthAfterHan == nil, offset > 0, HanCharacters.isHan(scalars[offset - 1]) else { break }
                    if offset + 1 == scalars.count || scalars[offset + 1].properties.isWhitespace || HanCharacters.isHan(scalars[offset + 1]) {
                        marks.firstHalfWidthAfterHan = offset
                    }
                default: break
                }
            }
            return marks
        }
    }
}

/// One libyaml parse event, converted to Swift values so no C type leaves the reader.
enum YAMLEvent: Sendable {
    case streamStart
    case streamEnd
    case documentStart
    case documentEnd
    case mappingStart(anchor: String?, tag: String?)
    case mappingEnd
    case sequenceStart(anchor: String?, tag: String?)
    case sequenceEnd
    case scalar(value: String, byteLength: Int, anchor: String?, tag: String?, style: ScalarStyle)
    case alias(anchor: String)
}

/// An event with the 1-based start and end of its text.
struct PositionedEvent: Sendable {
    var event: YAMLEvent
    var span: SourceSpan
}

/// What libyaml said when it gave up: its problem, its context and their marks.
struct YAMLParseFailure: Error, Sendable {
    var problem: String
    var location: SourceLocation
    var context: String?
    var contextLocation: SourceLocation?
    /// Reader errors carry only a byte offset; the loader turns it into a line and column.
    var byteOffset: Int?
}

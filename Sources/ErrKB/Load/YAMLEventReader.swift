internal import CYAML

/// The one place libyaml is used: owns a `yaml_parser_t` and hands out Swift events.
///
/// The input bytes are copied into a buffer the reader owns, because libyaml keeps a pointer to
/// them for the parser's whole life. The parser lives behind a pointer too: as a stored `var`
/// of the class, every `&parser` paid for a dynamic exclusivity check.
final class YAMLEventReader {
    private let parser: UnsafeMutablePointer<yaml_parser_t>
    private let input: UnsafeMutableBufferPointer<UInt8>
    private var isFinished = false

    init(bytes: [UInt8]) {
        input = .allocate(capacity: max(bytes.count, 1))
        _ = input.initialize(from: bytes)
        parser = .allocate(capacity: 1)
        parser.initialize(to: yaml_parser_t())
        yaml_parser_initialize(parser)
        yaml_parser_set_encoding(parser, YAML_UTF8_ENCODING)
        yaml_parser_set_input_string(parser, input.baseAddress, bytes.count)
    }

    deinit {
        yaml_parser_delete(parser)
        parser.deinitialize(count: 1)
        parser.deallocate()
        input.deallocate()
    }

    /// The next event, `nil` after the stream ends; throws libyaml's error.
    func next() throws(YAMLParseFailure) -> PositionedEvent? {
        guard !isFinished else { return nil }
        var event = yaml_event_t()
        guard yaml_parser_parse(parser, &event) == 1 else {
            isFinished = true
            throw failure()
        }
        defer { yaml_event_delete(&event) }
        let span = SourceSpan(start: Self.location(event.start_mark), end: Self.location(event.end_mark))
        let converted: YAMLEvent
        switch event.type {
        case YAML_STREAM_START_EVENT: converted = .streamStart
        case YAML_STREAM_END_EVENT:
            isFinished = true
            converted = .streamEnd
        case YAML_DOCUMENT_START_EVENT: converted = .documentStart
        case YAML_DOCUMENT_END_EVENT: converted = .documentEnd
        case YAML_MAPPING_START_EVENT:
            let data = event.data.mapping_start
            converted = .mappingStart(anchor: Self.text(data.anchor), tag: Self.text(data.tag))
        case YAML_MAPPING_END_EVENT: converted = .mappingEnd
        case YAML_SEQUENCE_START_EVENT:
            let data = event.data.sequence_start
            converted = .sequenceStart(anchor: Self.text(data.anchor), tag: Self.text(data.tag))
        case YAML_SEQUENCE_END_EVENT: converted = .sequenceEnd
        case YAML_SCALAR_EVENT:
            let data = event.data.scalar
            let bytes = UnsafeBufferPointer(start: data.value, count: data.length)
            converted = .scalar(
                value: String(decoding: bytes, as: UTF8.self), byteLength: data.length,
                anchor: Self.text(data.anchor), tag: Self.text(data.tag), style: Self.style(data.style))
        case YAML_ALIAS_EVENT: converted = .alias(anchor: Self.text(event.data.alias.anchor) ?? "")
        default: converted = .streamEnd
        }
        return PositionedEvent(event: converted, span: span)
    }

    private func failure() -> YAMLParseFailure {
        let state = parser.pointee
        let problem = state.problem.map { String(cString: $0) } ?? "unknown YAML error"
        let context = state.context.map { String(cString: $0) }
        let isReaderError = state.error == YAML_READER_ERROR
        return YAMLParseFailure(
            problem: problem,
            location: Self.location(state.problem_mark),
            context: context,
            contextLocation: context == nil ? nil : Self.location(state.context_mark),
            byteOffset: isReaderError ? Int(state.problem_offset) : nil)
    }

    private static func location(_ mark: yaml_mark_t) -> SourceLocation {
        SourceLocation(line: Int(mark.line) + 1, column: Int(mark.column) + 1)
    }

    private static func text(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        guard let pointer else { return nil }
        return String(cString: pointer)
    }

    private static func style(_ style: yaml_scalar_style_t) -> ScalarStyle {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: .literal
        case YAML_FOLDED_SCALAR_STYLE: .folded
        default: .plain
        }
    }
}

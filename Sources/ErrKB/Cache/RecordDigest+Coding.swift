/// A digest in the cache's binary format, field by field in declaration order.
extension RecordDigest {
    func write(to writer: inout ByteWriter) {
        writer.write(file)
        writer.write(id)
        writer.write(regex)
        writer.write(signature)
        writer.write(aliases.count)
        for alias in aliases { writer.write(alias) }
        writer.write(edges.count)
        for edge in edges {
            writer.write(TypedRecord.edgeLists.firstIndex(of: edge.list) ?? 0)
            writer.write(edge.index)
            writer.write(edge.target)
        }
        writer.write(hasRegexLiterals)
        writer.write(regexLiterals != nil)
        if let regexLiterals {
            writer.write(regexLiterals.count)
            for alternative in regexLiterals {
                writer.write(alternative.count)
                for literal in alternative { writer.write(literal) }
            }
        }
        for span in [idSpan, regexSpan, signatureSpan] { Self.write(span, to: &writer) }
        for span in aliasSpans + edgeSpans { Self.write(span, to: &writer) }
    }

    convenience init(from reader: inout ByteReader) throws(ByteReader.Malformed) {
        let file = try reader.readString()
        let id = try reader.readOptionalString(), regex = try reader.readOptionalString()
        let signature = try reader.readOptionalString()
        // Each list sized once from its count (capped: the count is read from a file): grown item
        // by item, the lists of 50,000 digests were copied again and again.
        let aliasCount = try reader.readCount()
        var aliases: [String?] = []
        aliases.reserveCapacity(min(aliasCount, 256))
        for _ in 0..<aliasCount { aliases.append(try reader.readOptionalString()) }
        let edgeCount = try reader.readCount()
        var edges: [TypedRecord.Edge] = []
        edges.reserveCapacity(min(edgeCount, 256))
        for _ in 0..<edgeCount {
            let list = try reader.readInt()
            guard TypedRecord.edgeLists.indices.contains(list) else { throw ByteReader.Malformed() }
            edges.append(TypedRecord.Edge(list: TypedRecord.edgeLists[list], index: try reader.readInt(), target: try reader.readString()))
        }
        let hasLiterals = try reader.readBool()
        var literals: [[[UInt32]]]?
        if try reader.readBool() {
            let alternativeCount = try reader.readCount()
            var alternatives: [[[UInt32]]] = []
            alternatives.reserveCapacity(min(alternativeCount, 256))
            for _ in 0..<alternativeCount {
                let count = try reader.readCount()
                var alternative: [[UInt32]] = []
                alternative.reserveCapacity(min(count, 64))
                for _ in 0..<count { alternative.append(try reader.readScalars()) }
                alternatives.append(alternative)
            }
            literals = alternatives
        }
        let idSpan = try Self.readSpan(from: &reader), regexSpan = try Self.readSpan(from: &reader)
        let signatureSpan = try Self.readSpan(from: &reader)
        var aliasSpans: [SourceSpan] = [], edgeSpans: [SourceSpan] = []
        aliasSpans.reserveCapacity(aliases.count)
        edgeSpans.reserveCapacity(edges.count)
        for _ in aliases { aliasSpans.append(try Self.readSpan(from: &reader) ?? SourceSpan(at: .fileStart)) }
        for _ in edges { edgeSpans.append(try Self.readSpan(from: &reader) ?? SourceSpan(at: .fileStart)) }
        self.init(file: file, id: id, regex: regex, signature: signature, aliases: aliases, edges: edges,
                  regexLiterals: hasLiterals ? .some(literals) : nil,
                  spans: (idSpan, regexSpan, signatureSpan, aliasSpans, edgeSpans))
    }

    private static func write(_ span: SourceSpan?, to writer: inout ByteWriter) {
        writer.write(span != nil)
        guard let span else { return }
        writer.write(span.start)
        writer.write(span.end)
    }

    private static func readSpan(from reader: inout ByteReader) throws(ByteReader.Malformed) -> SourceSpan? {
        guard try reader.readBool() else { return nil }
        let start = try reader.readLocation()
        return SourceSpan(start: start, end: try reader.readLocation())
    }
}

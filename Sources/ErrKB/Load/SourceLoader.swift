import Foundation

/// Reads one file into a positioned node tree, turning every problem into a diagnostic.
public struct SourceLoader: Sendable {
    public let limits: LoadLimits

    public init(limits: LoadLimits = .standard) { self.limits = limits }

    /// Loads `url`, reported as `file` (its path relative to the KB root).
    public func load(url: URL, file: String, format: SourceFormat) -> LoadedSource {
        load(path: url.path, file: file, format: format)
    }

    /// Loads the file at `path`, reported as `file` (its path relative to the KB root).
    public func load(path: String, file: String, format: SourceFormat) -> LoadedSource {
        // Read one byte past the limit: enough to know the file is too large, never more.
        let bytes: [UInt8]
        var stamp: FileStamp?
        if let direct = Self.contents(ofPath: path, upTo: limits.maxFileBytes + 1) {
            (bytes, stamp) = (direct.bytes, direct.stamp)
        } else {
            do {
                let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
                defer { try? handle.close() }
                let data = try handle.read(upToCount: limits.maxFileBytes + 1) ?? Data()
                bytes = [UInt8](data)
            } catch {
                return failed(file, format, .fileUnreadable, "cannot read the file: \(error.localizedDescription)",
                              hint: "check that the file exists and is readable")
            }
        }
        guard bytes.count <= limits.maxFileBytes else {
            return failed(file, format, .fileTooLarge, "the file is larger than the limit of \(limits.maxFileBytes) bytes",
                          hint: "a record fits in a few kilobytes; split long texts or link to them")
        }
        var source = load(bytes: bytes, file: file, format: format)
        source.stamp = stamp
        return source
    }

    /// The text of a file loaded before, for showing lines under diagnostics that were found
    /// after its tree and text were dropped; nil when it no longer reads as it did.
    public func text(ofPath path: String) -> SourceText? {
        guard let bytes = Self.contents(ofPath: path, upTo: limits.maxFileBytes + 1)?.bytes, bytes.count <= limits.maxFileBytes,
              let text = String(validating: bytes, as: UTF8.self) else { return nil }
        return SourceText(text)
    }

    /// The first `count` bytes of a regular file (all of a shorter one) through POSIX calls, and
    /// its stamp from the same `fstat`; nil on any failure or surprise: then `FileHandle` reads
    /// the file again and fails in its own words. Foundation's handle costs more than parsing a
    /// small record.
    static func contents(ofPath path: String, upTo count: Int) -> (bytes: [UInt8], stamp: FileStamp)? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        // One byte more than the size: a file that grew since `fstat` fills it and is read again.
        let capacity = min(max(Int(info.st_size), 0), count - 1) + 1
        var failed = false
        let bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            guard let filled = fill(UnsafeMutableRawBufferPointer(buffer), from: descriptor) else {
                failed = true
                return
            }
            initialized = filled
        }
        guard !failed, bytes.count < capacity || capacity == count else { return nil }
        return (bytes, FileStamp(info))
    }

    /// Reads from `descriptor` until `buffer` is full or the file ends: how many bytes it now
    /// holds, or nil when a read fails.
    static func fill(_ buffer: UnsafeMutableRawBufferPointer, from descriptor: Int32) -> Int? {
        var filled = 0
        while filled < buffer.count, let base = buffer.baseAddress {
            let got = read(descriptor, base + filled, buffer.count - filled)
            guard got >= 0 else { return nil }
            if got == 0 { break }
            filled += got
        }
        return filled
    }

    /// Loads file content already in memory.
    public func load(bytes: [UInt8], file: String, format: SourceFormat) -> LoadedSource {
        // One validating decode for the common case; the slower scalar-by-scalar search for the
        // bad byte's offset runs only for files that fail it.
        guard let decoded = String(validating: bytes, as: UTF8.self) else {
            let offset = SourceText.firstInvalidUTF8Offset(in: bytes) ?? 0
            let location = SourceText.location(ofByte: offset, in: bytes)
            let diagnostic = Diagnostic(
                rule: .fileEncoding, severity: .error, file: file, span: SourceSpan(at: location),
                message: String(format: "invalid UTF-8 byte 0x%02X", bytes[offset]),
                hint: "save the file as UTF-8")
            return LoadedSource(file: file, format: format, text: nil, root: nil, diagnostics: [diagnostic])
        }
        switch format {
        case .yaml:
            // A byte-order mark may open a YAML stream (Notepad writes one), but libyaml, told
            // the stream is UTF-8, reads it as text and then fails on the next line. It is
            // dropped, and positions count from after it, as an editor (which hides it) shows them.
            let hasMark = bytes.starts(with: Self.byteOrderMark)
            let body = hasMark ? Array(bytes.dropFirst(Self.byteOrderMark.count)) : bytes
            let text = SourceText(hasMark ? String(decoded.unicodeScalars.dropFirst()) : decoded)
            let reader = YAMLEventReader(bytes: body)
            var builder = YAMLTreeBuilder(file: file, limits: limits)
            let root = builder.build(from: reader, bytes: body)
            return LoadedSource(file: file, format: format, text: text, root: root, diagnostics: builder.diagnostics)
        case .json:
            return loadJSON(text: SourceText(decoded), file: file)
        }
    }

    /// U+FEFF in UTF-8.
    private static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    private func loadJSON(text: SourceText, file: String) -> LoadedSource {
        do {
            let root = try JSONReader.parse(text.text, maxDepth: limits.maxDepth)
            let duplicates = DuplicateKeyCheck.diagnostics(in: root, file: file)
            return LoadedSource(file: file, format: .json, text: text, root: root, diagnostics: duplicates)
        } catch {
            let diagnostic = Diagnostic(
                rule: .jsonSyntax, severity: .error, file: file, span: SourceSpan(at: error.location),
                message: error.message, hint: "check the JSON syntax at this position")
            return LoadedSource(file: file, format: .json, text: text, root: nil, diagnostics: [diagnostic])
        }
    }

    private func failed(_ file: String, _ format: SourceFormat, _ rule: RuleID, _ message: String, hint: String) -> LoadedSource {
        let diagnostic = Diagnostic(rule: rule, severity: .error, file: file, span: SourceSpan(at: .fileStart),
                                    message: message, hint: hint)
        return LoadedSource(file: file, format: format, text: nil, root: nil, diagnostics: [diagnostic])
    }
}

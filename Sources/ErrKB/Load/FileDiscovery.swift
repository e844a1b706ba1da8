import Foundation

/// One record file to check.
public struct DiscoveredFile: Sendable, Hashable {
    /// The file's full path.
    public let path: String
    /// Path relative to the KB root.
    public let file: String
    public let format: SourceFormat
}

/// Turns the paths a user names into a sorted list of record files.
///
/// Folders are walked for `.yaml`, `.yml` and `.json` files; in a release bundle (a folder with a
/// `manifest.json`) only `records/` holds records. A symlink that leads out of the KB is refused
/// with a diagnostic, and the others are still checked.
public struct FileDiscovery: Sendable {
    public let knowledgeBase: KnowledgeBase

    public init(knowledgeBase: KnowledgeBase) { self.knowledgeBase = knowledgeBase }

    public static let symlinkEscape: RuleID = "symlink-escape"

    /// The files under `paths`, sorted by relative path, and the refusals.
    public func discover(_ paths: [URL]) throws(RunError) -> (files: [DiscoveredFile], refused: [Diagnostic]) {
        var files: [DiscoveredFile] = []
        var refused: [Diagnostic] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path.path, isDirectory: &isDirectory) else {
                throw .badArgument("no such file or folder: \(path.path)")
            }
            if isDirectory.boolValue {
                // A named folder that is a link out of the KB is refused like a linked file.
                if Self.kind(of: path.path) == UInt8(DT_LNK), !knowledgeBase.contains(path) {
                    refused.append(Self.escape(knowledgeBase.relativePath(of: path)))
                    continue
                }
                walkFolder(path, into: &files, refused: &refused)
            } else {
                let file = knowledgeBase.relativePath(of: path)
                files.append(DiscoveredFile(path: path.path, file: file, format: SourceFormat(fileName: path.lastPathComponent) ?? .yaml))
            }
        }
        // A file named twice (itself and through its folder) is checked once. Names equal as
        // strings but not in their bytes are two files under one name (Unicode normalization):
        // the later one is reported rather than dropped unseen. One folder walked comes out
        // sorted already (`walk` sorts each folder's entries), and then has no name twice.
        if zip(files, files.dropFirst()).allSatisfy({ $0.file < $1.file }) { return (files, refused.sorted()) }
        let sorted = files.sorted { $0.file < $1.file }
        var unique: [DiscoveredFile] = []
        // The byte-distinct names met under the latest name, the one kept and those refused: a
        // refused one named twice is refused once.
        var spellings: [String] = []
        for file in sorted {
            if let last = unique.last, last.file == file.file {
                if !spellings.contains(where: { ASCIIText.sameBytes($0, file.file) }) {
                    refused.append(Self.collision(file.file, with: last.file))
                    spellings.append(file.file)
                }
                continue
            }
            spellings = [file.file]
            unique.append(file)
        }
        return (unique, refused.sorted())
    }

    public static let fileNameCollision: RuleID = "file-name-collision"

    /// The refusal of a file whose name equals `other`'s but for Unicode normalization.
    private static func collision(_ file: String, with other: String) -> Diagnostic {
        Diagnostic(rule: fileNameCollision, severity: .error, file: file, span: SourceSpan(at: .fileStart),
                   message: "this file's name differs from \(other) only in Unicode normalization, so only that one is checked",
                   hint: "rename one of the two files")
    }

    /// A named folder's record files: in a release bundle only those under `records/`.
    private func walkFolder(_ folder: URL, into files: inout [DiscoveredFile], refused: inout [Diagnostic]) {
        let manager = FileManager.default
        if manager.fileExists(atPath: folder.appendingPathComponent("manifest.json").path) {
            let records = folder.appendingPathComponent("records")
            if manager.fileExists(atPath: records.path) { walkFolder(records, into: &files, refused: &refused) }
            return
        }
        let relative = folder.standardizedFileURL.path == knowledgeBase.root.path ? "" : knowledgeBase.relativePath(of: folder) + "/"
        let found = walk(path: folder.standardizedFileURL.path, relative: relative)
        files += found.files
        refused += found.refused
    }

    /// Walks a folder with `readdir`, skipping hidden entries and not following linked folders
    /// (one that leads out of the KB is refused).
    /// Foundation's enumerator makes a URL of every entry, which costs more than the rest of
    /// finding the files; `d_type` also tells a link without a `stat`.
    ///
    /// Each folder's entries are taken in order of their names, a folder's with a "/" after it,
    /// so that the files come out in the order of their relative paths: sorting the names of
    /// one folder costs less than sorting every file of the KB by its path. Subfolders are
    /// walked side by side (a KB keeps its records in a folder per domain): one thread took a
    /// quarter of `lint FILE`'s time in a KB of 50,000 records to list them.
    private func walk(path: String, relative: String) -> (files: [DiscoveredFile], refused: [Diagnostic]) {
        let folderPath = path + "/"
        let entries = Self.sortedEntries(of: path)
        let subfolders = entries.filter { $0.kind == DT_DIR }.map(\.name)
        let walked = subfolders.parallelMap { name in walk(path: folderPath + name, relative: relative + name + "/") }
        var files: [DiscoveredFile] = []
        var refused: [Diagnostic] = []
        files.reserveCapacity(entries.count - subfolders.count + walked.reduce(0) { $0 + $1.files.count })
        var nextSubfolder = walked.makeIterator()
        for (name, kind) in entries {
            if kind == DT_DIR, let found = nextSubfolder.next() {
                files += found.files
                refused += found.refused
                continue
            }
            let (fullPath, file) = (folderPath + name, relative + name)
            let format = SourceFormat(fileName: name)
            // A link out of the KB is refused, to a record file or to a folder, as it is when
            // named. (A linked folder is not followed: the files in it are found where they are.)
            if kind == DT_LNK, format != nil || Self.leadsToFolder(fullPath), !knowledgeBase.contains(URL(fileURLWithPath: fullPath)) {
                refused.append(Self.escape(file))
                continue
            }
            guard let format else { continue }
            files.append(DiscoveredFile(path: fullPath, file: file, format: format))
        }
        return (files, refused)
    }

    /// The entries of the folder at `path` but hidden ones, in the order of their names with a
    /// "/" after a folder's.
    private static func sortedEntries(of path: String) -> [(name: String, kind: UInt8)] {
        var entries: [(key: String, name: String, kind: UInt8)] = []
        do {
            guard let folder = opendir(path) else { return [] }
            defer { closedir(folder) }
            while let entry = readdir(folder) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { String(cString: $0.bindMemory(to: CChar.self).baseAddress!) }
                // Hidden by its first byte, as `ls` hides it (not by its first Character).
                guard name.utf8.first != UInt8(ascii: ".") else { continue }
                var kind = entry.pointee.d_type
                if kind == DT_UNKNOWN { kind = Self.kind(of: path + "/" + name) }
                entries.append((kind == DT_DIR ? name + "/" : name, name, kind))
            }
        }
        // ASCII names sort the same by their bytes as Strings, and String's comparison cost
        // some 200 instructions a pair: sorting a folder of 10,000 records took 28.6M
        // instructions, half of `lint FILE`'s walk; by bytes, 10.5M. The bytes lie in one
        // buffer, compared in place: an array per name was retained and released at every
        // comparison, which was most of the sort's time. Other names keep String's order
        // (canonical equivalence).
        if entries.allSatisfy({ ASCIIText.isASCII($0.key) }) {
            var bytes: [UInt8] = []
            var spans: [Range<Int>] = []
            spans.reserveCapacity(entries.count)
            for entry in entries {
                let start = bytes.count
                bytes += entry.key.utf8
                spans.append(start..<bytes.count)
            }
            let order = bytes.withUnsafeBufferPointer { all in
                spans.indices.sorted { ASCIIText.bytesPrecede(UnsafeBufferPointer(rebasing: all[spans[$0]]), UnsafeBufferPointer(rebasing: all[spans[$1]])) }
            }
            return order.map { (entries[$0].name, entries[$0].kind) }
        }
        return entries.sorted { $0.key < $1.key }.map { ($0.name, $0.kind) }
    }

    /// The refusal of a link at `file` that leads out of the KB.
    private static func escape(_ file: String) -> Diagnostic {
        Diagnostic(rule: symlinkEscape, severity: .error, file: file, span: SourceSpan(at: .fileStart),
                   message: "symbolic link leads outside the knowledge base",
                   hint: "copy the record into the KB instead of linking to it")
    }

    /// Whether `path`, followed through links, is a folder.
    private static func leadsToFolder(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && info.st_mode & S_IFMT == S_IFDIR
    }

    /// The `d_type` of the entry at `path`, from `lstat` (which does not follow a link): for a
    /// named folder, and for file systems whose `readdir` does not report it.
    private static func kind(of path: String) -> UInt8 {
        var info = stat()
        guard lstat(path, &info) == 0 else { return UInt8(DT_UNKNOWN) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: return UInt8(DT_DIR)
        case S_IFLNK: return UInt8(DT_LNK)
        default: return UInt8(DT_REG)
        }
    }
}

import Foundation

/// The settings of one command run, worked out from the working directory and the options:
/// which KB, which config, which "today", which paths.
public struct Workspace: Sendable {
    public let knowledgeBase: KnowledgeBase
    public let config: Configuration
    public let today: CalendarDate
    public let schema: RecordSchema

    /// Finds the KB from `directory`, reads `errkb.yml` (or `configPath`), pins today.
    public init(directory: URL, configPath: String? = nil, today todayText: String? = nil) throws(RunError) {
        var knowledgeBase = KnowledgeBase.locate(from: directory)
        var config = Configuration()
        if let configPath {
            let url = URL.userPath(configPath, in: directory)
            guard FileManager.default.fileExists(atPath: url.path) else {
                throw .unreadableConfig(path: configPath, reason: "no such file")
            }
            knowledgeBase = KnowledgeBase(root: url.deletingLastPathComponent(), configURL: url)
        }
        if let url = knowledgeBase.configURL { config = try ConfigLoader.load(url) }
        if let todayText {
            guard let date = CalendarDate(todayText) else { throw .badArgument("--today takes a date YYYY-MM-DD, not '\(todayText)'") }
            config.today = date
        }
        self.knowledgeBase = knowledgeBase
        self.config = config
        self.today = config.today ?? CalendarDate.today()
        self.schema = try RecordSchema.load(from: knowledgeBase.schemaURL)
    }

    /// The records folder of the KB.
    public var recordsURL: URL { knowledgeBase.root.appendingPathComponent(config.recordsPath) }

    /// The paths named on the command line, or the records folder when none is named.
    public func inputURLs(_ paths: [String], relativeTo directory: URL) -> [URL] {
        paths.isEmpty ? [recordsURL] : paths.map { URL.userPath($0, in: directory) }
    }

    /// The record files changed since `revision` (git), for `--changed`.
    public func changedFiles(since revision: String) throws(RunError) -> [URL] {
        try GitRevision(revision, around: knowledgeBase.root, option: "--changed").changedFiles(under: recordsURL)
    }

    /// A check request for `paths` running `groups`.
    public func request(paths: [String], directory: URL, groups: Set<RuleGroup>) -> CheckRequest {
        var request = CheckRequest(paths: inputURLs(paths, relativeTo: directory), knowledgeBase: knowledgeBase, schema: schema,
                                   config: config, today: today, groups: groups)
        request.cacheFolder = knowledgeBase.root.appendingPathComponent(CheckCache.folderName)
        return request
    }
}

extension URL {
    /// `path` as typed by a user: absolute as is, relative to `directory` otherwise.
    public static func userPath(_ path: String, in directory: URL) -> URL {
        (path.hasPrefix("/") ? URL(fileURLWithPath: path) : directory.appendingPathComponent(path)).standardizedFileURL
    }
}

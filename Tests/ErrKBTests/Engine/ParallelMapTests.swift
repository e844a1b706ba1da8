import Foundation
import Synchronization
import Testing
@testable import ErrKB

@Suite struct ParallelMapTests {
    /// A worker's state, counting the elements it was handed.
    final class Tally: Sendable {
        let count = Atomic<Int>(0)
    }

    @Test func perWorkerStateMapsEveryElementOnceInOrder() {
        let input = Array(0..<10_000)
        let made = Mutex<[Tally]>([])
        let output = input.parallelMap(perWorker: { () -> Tally in
            let tally = Tally()
            made.withLock { $0.append(tally) }
            return tally
        }) { tally, element in
            tally.count.add(1, ordering: .relaxed)
            return element * 3
        }
        #expect(output == input.map { $0 * 3 })
        // One state for each worker, each its own: a state made once and shared would be one.
        let tallies = made.withLock { $0 }
        #expect(tallies.count == min(input.count, ProcessInfo.processInfo.activeProcessorCount))
        #expect(tallies.reduce(0) { $0 + $1.count.load(ordering: .relaxed) } == input.count)
    }

    @Test func oneElementAndNoneAreMappedToo() {
        #expect([7].parallelMap(perWorker: { 1 }) { state, element in element + state } == [8])
        #expect([Int]().parallelMap(perWorker: { 1 }) { state, element in element + state } == [])
    }

    /// Workers switch to a schema of their own after `filesBeforeOwnSchema` files: a file read
    /// after the switch is judged exactly as one read before it.
    @Test func filesReadBeforeAndAfterAWorkerCompilesItsOwnSchemaAgree() throws {
        let count = 4 * RecordPipeline.Worker.filesBeforeOwnSchema * ProcessInfo.processInfo.activeProcessorCount
        var files: [String: String] = [:]
        for i in 0..<count { files["llm/r\(i).yaml"] = "id: llm/r\(i)\nconfidence: 7\nworkarounds:\n- {}\n" }
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let diagnostics = try kb.check(cache: false).diagnostics
        let byFile = Dictionary(grouping: diagnostics, by: \.file).mapValues { found in
            found.map { "\($0.rule) \($0.line):\($0.column) \($0.path) \($0.message) \($0.hint ?? "")" }
        }
        let first = try #require(byFile["records/llm/r0.yaml"])
        #expect(first.contains { $0.hasPrefix("schema-") })
        #expect(byFile.count == count)
        for (file, found) in byFile {
            let own = found.map { $0.replacingOccurrences(of: file.dropFirst("records/".count).dropLast(".yaml".count), with: "llm/r0") }
            #expect(own == first, "\(file)")
        }
    }

    /// A worker reads with the shared schema until it has read `filesBeforeOwnSchema` files, then
    /// with its own, and reads the same findings with both.
    @Test func aWorkerCompilesItsOwnSchemaAfterItsFirstFiles() throws {
        let count = RecordPipeline.Worker.filesBeforeOwnSchema + 3
        var files: [String: String] = [:]
        for i in 0..<count { files["llm/r\(i).yaml"] = "id: llm/r\(i)\nconfidence: 7\n" }
        let kb = try ScratchKB(files: files)
        defer { kb.remove() }
        let schema = try RecordSchema.load(from: RepositoryPaths.schema)
        let context = RuleContext(today: try #require(CalendarDate("2026-01-01")), config: Configuration(), schema: schema)
        let pipeline = RecordPipeline(loader: SourceLoader(), rules: [], context: context, keepsRecords: false,
                                      recordSink: nil, digestsRegexLiterals: false, checksumsContent: false, root: nil)
        var worker = RecordPipeline.Worker(pipeline)
        var findings: [[String]] = []
        for i in 0..<count {
            #expect(worker.hasOwnSchema == (i > RecordPipeline.Worker.filesBeforeOwnSchema), "file \(i)")
            let path = kb.root.appendingPathComponent("records/llm/r\(i).yaml").path
            let outcome = worker.check(DiscoveredFile(path: path, file: "records/llm/r.yaml", format: .yaml), cache: nil)
            findings.append(outcome.diagnostics.map { "\($0.rule) \($0.line):\($0.column) \($0.message)" })
        }
        #expect(worker.hasOwnSchema)
        #expect(findings.first?.contains { $0.hasPrefix("schema-") } == true)
        #expect(Set(findings).count == 1, "\(Set(findings))")
    }
}

extension RecordPipeline {
    /// One worker thread's use of the pipeline. Typing and validating a record retain and release
    /// the schema's compiled nodes at every value. With both cores doing so on the same nodes,
    /// every such write made them fight over the same memory, and the retains took twice what
    /// they take on one core (`validate` spent a tenth of its time there). So a worker that has
    /// read `filesBeforeOwnSchema` files compiles a schema of its own.
    struct Worker {
        /// Compiling the schema costs about 10M instructions, what sharing it costs over a hundred
        /// records or so: a worker that reads fewer files than this, as in `lint FILE` or a warm
        /// run, keeps the shared one.
        static let filesBeforeOwnSchema = 64

        private let shared: RecordPipeline
        private var own: RecordPipeline?
        private var filesRead = 0

        init(_ shared: RecordPipeline) { self.shared = shared }

        /// Whether the worker reads with a schema compiled for itself.
        var hasOwnSchema: Bool { own != nil }

        /// A file to check: what the cache found in it when it has not changed, else checked now.
        mutating func check(_ file: DiscoveredFile, cache: CheckCache?) -> Outcome {
            shared.cachedFindings(of: file, cache: cache) ?? pipeline().run(file)
        }

        /// The digest of a file the cross-record rules must see: from the cache when the file has
        /// not changed, else read now.
        mutating func context(_ file: DiscoveredFile, cache: CheckCache?) -> Outcome {
            shared.cachedDigest(of: file, cache: cache) ?? pipeline().run(file, checking: false)
        }

        /// The pipeline to read a file with: the shared one for the first few, then the worker's own.
        private mutating func pipeline() -> RecordPipeline {
            if let own { return own }
            filesRead += 1
            guard filesRead > Self.filesBeforeOwnSchema else { return shared }
            own = shared.withOwnSchema()
            return own ?? shared
        }
    }
}

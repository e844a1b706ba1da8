/// One file of a release bundle: its path inside the bundle and its bytes.
struct BundleFile: Sendable {
    let path: String
    let bytes: [UInt8]

    init(path: String, text: String) {
        self.path = path
        self.bytes = Array(text.utf8)
    }
}

/// The JSON-Schema-Test-Suite cases errkb's validator does not run, each with its reason.
enum JSONSchemaTestSuiteSkips {
    /// One skipped group (`test == nil`) or one test of a group.
    struct Case {
        var file: String
        var group: String
        var test: String?
        var reason: String
    }

    /// Whole files left out.
    static let files: [String: String] = [
        "refRemote.json": "needs remote documents served from localhost:1234",
        "vocabulary.json": "custom metaschemas with $vocabulary need remote metaschema documents",
    ]

    /// Optional files run with format assertion on.
    static let optionalFiles = ["optional/format/date.json", "optional/format/uri.json"]

    static let cases: [Case] = [
        Case(file: "dynamicRef.json", group: "strict-tree schema, guards against misspelled properties", test: nil,
             reason: "$ref to a remote document served from localhost:1234"),
        Case(file: "dynamicRef.json", group: "tests for implementation dynamic anchor and reference link", test: nil,
             reason: "$ref to a remote document served from localhost:1234"),
        Case(file: "dynamicRef.json", group: "$ref and $dynamicAnchor are independent of order - $defs first", test: nil,
             reason: "$ref to a remote document served from localhost:1234"),
        Case(file: "dynamicRef.json", group: "$ref and $dynamicAnchor are independent of order - $ref first", test: nil,
             reason: "$ref to a remote document served from localhost:1234"),
        Case(file: "dynamicRef.json", group: "$ref to $dynamicRef finds detached $dynamicAnchor", test: nil,
             reason: "$ref to a remote document served from localhost:1234"),
        Case(file: "defs.json", group: "validate definition against metaschema", test: nil,
             reason: "$ref to the remote 2020-12 metaschema, which errkb does not bundle"),
        Case(file: "ref.json", group: "remote ref, containing refs itself", test: nil,
             reason: "$ref to the remote 2020-12 metaschema, which errkb does not bundle"),
    ]

    static func reason(file: String, group: String, test: String) -> String? {
        cases.first { $0.file == file && $0.group == group && ($0.test == nil || $0.test == test) }?.reason
    }
}

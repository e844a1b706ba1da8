import Foundation
import Testing
@testable import ErrKB

/// `schema/record.schema.json` is a valid 2020-12 schema that Python's jsonschema accepts the seed
/// against, and its property order is the seed's key order.
@Suite struct SchemaFileTests {
    @Test func seedValidatesWithPythonJSONSchema() throws {
        try #require(PythonOracle.isAvailable, "python3 is not installed: the jsonschema oracle cannot run")
        let seed = try #require(RepositoryPaths.seedJSON)
        let script = """
            import json, sys
            from jsonschema import Draft202012Validator
            schema = json.load(open(sys.argv[1] if len(sys.argv) > 1 else '\(RepositoryPaths.schema.path)'))
            Draft202012Validator.check_schema(schema)
            v = Draft202012Validator(schema, format_checker=Draft202012Validator.FORMAT_CHECKER)
            seed = json.load(open('\(seed.path)'))
            errors = [e.message for e in v.iter_errors(seed)]
            print('ok' if not errors and list(schema['properties']) == list(seed) else errors)
            """
        #expect(try PythonOracle.run(script: script, input: "") == "ok\n")
    }
}

/// Builds the node arena of a `JSONSchema` from a schema value, once.
///
/// Walks the schema with an explicit work list (no recursion), registering every subschema under
/// its JSON pointer in every enclosing resource, every `$anchor` and `$dynamicAnchor`, and every
/// `$id` (resolved against its parent's base URI). `$ref`s are resolved after the walk, so forward
/// references work; a reference into a place the walk did not visit (an unknown keyword) is
/// compiled on demand.
struct SchemaCompiler {
    /// A subschema waiting to be compiled into the node at `index`.
    struct WorkItem {
        var value: JSONValue
        var index: Int
        var base: SchemaURI
        var resource: Int
        /// The subschema's JSON pointer inside each enclosing resource.
        var locations: [(uri: String, pointer: String)]
    }

    /// A `$ref` or `$dynamicRef` to resolve once every location is known.
    struct PendingRef {
        var node: Int
        var reference: String
        var base: SchemaURI
        var isDynamic: Bool
    }

    /// The base URI of a schema without `$id`; hierarchical so relative `$id`s resolve normally.
    static let defaultBase = SchemaURI("errkb:///schema.json")

    private(set) var nodes: [SchemaNode] = []
    private(set) var resources: [SchemaResource] = []
    private var locations: [String: Int] = [:]
    private var anchors: [String: Int] = [:]
    private var resourceRoots: [String: (value: JSONValue, resource: Int)] = [:]
    private var work: [WorkItem] = []
    private var pendingRefs: [PendingRef] = []
    /// The item being compiled, read by the keyword readers to name children and errors.
    var current = WorkItem(value: .null, index: 0, base: defaultBase, resource: -1, locations: [])

    /// Compiles `schema`; node 0 is the root.
    static func compile(_ schema: JSONValue) throws(SchemaError) -> (nodes: [SchemaNode], resources: [SchemaResource]) {
        var compiler = SchemaCompiler()
        compiler.nodes.append(SchemaNode())
        compiler.work.append(WorkItem(value: schema, index: 0, base: defaultBase, resource: -1, locations: []))
        while true {
            while let item = compiler.work.popLast() {
                try compiler.compileNode(item)
            }
            guard !compiler.pendingRefs.isEmpty else { break }
            let refs = compiler.pendingRefs
            compiler.pendingRefs = []
            for ref in refs {
                try compiler.link(ref)
            }
        }
        return (compiler.nodes, compiler.resources)
    }

    /// Allocates a node for the subschema `value` found under `components` of the current node.
    mutating func child(_ value: JSONValue, at components: String...) -> Int {
        let index = nodes.count
        nodes.append(SchemaNode())
        let suffix = components.map { "/" + Self.escape($0) }.joined()
        let locations = current.locations.map { (uri: $0.uri, pointer: $0.pointer + suffix) }
        work.append(WorkItem(value: value, index: index, base: current.base, resource: current.resource, locations: locations))
        return index
    }

    /// The current node's location for error messages (`#/properties/id`).
    var currentLocation: String { "#" + (current.locations.first?.pointer ?? "") }

    private mutating func compileNode(_ item: WorkItem) throws(SchemaError) {
        current = item
        var node = SchemaNode()
        defer { nodes[item.index] = node }
        if case .object = item.value, let id = item.value["$id"]?.stringValue, !id.hasPrefix("#") {
            current.base = item.base.resolving(id).withoutFragment
            openResource()
        } else if item.resource < 0 {
            openResource()
        }
        node.resource = current.resource
        node.location = currentLocation
        for location in current.locations {
            let key = location.uri + "#" + location.pointer
            if locations[key] == nil { locations[key] = item.index }
        }
        switch item.value {
        case .bool(let valid):
            node.kind = valid ? .alwaysValid : .alwaysInvalid
        case .object(let members):
            let base = current.base.description
            if let anchor = item.value["$anchor"]?.stringValue { anchors[base + "#" + anchor] = item.index }
            if let anchor = item.value["$dynamicAnchor"]?.stringValue {
                anchors[base + "#" + anchor] = item.index
                resources[current.resource].dynamicAnchors[anchor] = item.index
            }
            if let ref = item.value["$ref"]?.stringValue {
                pendingRefs.append(PendingRef(node: item.index, reference: ref, base: current.base, isDynamic: false))
            }
            if let ref = item.value["$dynamicRef"]?.stringValue {
                pendingRefs.append(PendingRef(node: item.index, reference: ref, base: current.base, isDynamic: true))
            }
            try readKeywords(members, into: &node)
        default:
            throw SchemaError("schema at \(currentLocation) must be an object or a boolean")
        }
    }

    /// Starts a new schema resource at the current node, whose base is `current.base`.
    private mutating func openResource() {
        let uri = current.base.description
        current.resource = resources.count
        resources.append(SchemaResource(uri: uri))
        resourceRoots[uri] = (current.value, current.resource)
        current.locations.append((uri, ""))
    }

    /// Resolves one reference and stores its target in the node.
    private mutating func link(_ ref: PendingRef) throws(SchemaError) {
        let target = try resolve(ref)
        guard ref.isDynamic else {
            nodes[ref.node].ref = target
            return
        }
        // A dynamic reference is dynamic only when its static target is a matching $dynamicAnchor.
        let fragment = ref.base.resolving(ref.reference).fragment ?? ""
        let resource = nodes[target].resource
        let isBookend = !fragment.isEmpty && !fragment.hasPrefix("/")
            && resources[resource].dynamicAnchors[fragment] == target
        nodes[ref.node].dynamicRef = SchemaNode.DynamicRef(target: target, anchor: isBookend ? fragment : nil)
    }

    private mutating func resolve(_ ref: PendingRef) throws(SchemaError) -> Int {
        let absolute = ref.base.resolving(ref.reference)
        let uri = absolute.withoutFragment.description
        let fragment = Self.percentDecoded(absolute.fragment ?? "")
        let key = uri + "#" + fragment
        let unresolved = SchemaError("cannot resolve $ref '\(ref.reference)' at \(nodes[ref.node].location)")
        if !fragment.isEmpty && !fragment.hasPrefix("/") {
            guard let index = anchors[key] else { throw unresolved }
            return index
        }
        if let index = locations[key] { return index }
        guard let root = resourceRoots[uri], let value = Self.value(at: fragment, in: root.value) else { throw unresolved }
        let index = nodes.count
        nodes.append(SchemaNode())
        locations[key] = index
        work.append(WorkItem(value: value, index: index, base: SchemaURI(uri), resource: root.resource,
                             locations: [(uri, fragment)]))
        return index
    }

    /// The value a JSON pointer (RFC 6901) designates inside `root`.
    private static func value(at pointer: String, in root: JSONValue) -> JSONValue? {
        var value = root
        for token in pointer.split(separator: "/", omittingEmptySubsequences: false).dropFirst() {
            let key = token.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch value {
            case .object:
                guard let next = value[key] else { return nil }
                value = next
            case .array(let items):
                guard let position = Int(key), items.indices.contains(position) else { return nil }
                value = items[position]
            default:
                return nil
            }
        }
        return value
    }

    static func escape(_ key: String) -> String {
        key.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
    }

    /// Decodes `%XX` sequences as UTF-8; malformed sequences stay as written.
    static func percentDecoded(_ text: String) -> String {
        guard text.contains("%") else { return text }
        var bytes: [UInt8] = []
        let utf8 = Array(text.utf8)
        var position = 0
        while position < utf8.count {
            if utf8[position] == UInt8(ascii: "%"), position + 2 < utf8.count,
               let byte = UInt8(String(decoding: utf8[position + 1...position + 2], as: UTF8.self), radix: 16) {
                bytes.append(byte)
                position += 3
            } else {
                bytes.append(utf8[position])
                position += 1
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

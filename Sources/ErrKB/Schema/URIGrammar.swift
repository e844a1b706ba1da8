/// RFC 3986's `URI` production, checked strictly over ASCII (non-ASCII must be percent-encoded).
enum URIGrammar {
    /// `scheme ":" hier-part [ "?" query ] [ "#" fragment ]`.
    static func isAbsoluteURI(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard let colon = bytes.firstIndex(of: UInt8(ascii: ":")), isScheme(bytes[..<colon]) else { return false }
        var rest = bytes[(colon + 1)...]
        if let hash = rest.firstIndex(of: UInt8(ascii: "#")) {
            guard isQueryOrFragment(rest[(hash + 1)...]) else { return false }
            rest = rest[..<hash]
        }
        if let question = rest.firstIndex(of: UInt8(ascii: "?")) {
            guard isQueryOrFragment(rest[(question + 1)...]) else { return false }
            rest = rest[..<question]
        }
        if rest.starts(with: [UInt8(ascii: "/"), UInt8(ascii: "/")]) {
            let afterSlashes = rest.dropFirst(2)
            let pathStart = afterSlashes.firstIndex(of: UInt8(ascii: "/")) ?? afterSlashes.endIndex
            return isAuthority(afterSlashes[..<pathStart]) && isPath(afterSlashes[pathStart...])
        }
        return isPath(rest)
    }

    private static func isAlpha(_ byte: UInt8) -> Bool { (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) }
    private static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    private static func isHex(_ byte: UInt8) -> Bool {
        isDigit(byte) || (0x41...0x46).contains(byte) || (0x61...0x66).contains(byte)
    }
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        isAlpha(byte) || isDigit(byte) || unreservedSymbols.contains(byte)
    }
    private static func isSubDelim(_ byte: UInt8) -> Bool { subDelims.contains(byte) }

    // Arrays rather than `"…".utf8.contains`: searching a string's UTF8View for every byte of
    // every URL was most of the time `format: uri` took.
    private static let unreservedSymbols = Array("-._~".utf8)
    private static let subDelims = Array("!$&'()*+,;=".utf8)
    private static let schemeSymbols = Array("+-.".utf8)

    private static func isScheme(_ bytes: ArraySlice<UInt8>) -> Bool {
        guard let first = bytes.first, isAlpha(first) else { return false }
        return bytes.allSatisfy { isAlpha($0) || isDigit($0) || schemeSymbols.contains($0) }
    }

    /// Whether every byte is allowed by `extra` or is part of a `%XX` escape.
    private static func isEncoded(_ bytes: ArraySlice<UInt8>, allowing extra: (UInt8) -> Bool) -> Bool {
        var position = bytes.startIndex
        while position < bytes.endIndex {
            let byte = bytes[position]
            if byte == UInt8(ascii: "%") {
                guard position + 2 < bytes.endIndex, isHex(bytes[position + 1]), isHex(bytes[position + 2]) else { return false }
                position += 3
                continue
            }
            guard extra(byte) else { return false }
            position += 1
        }
        return true
    }

    private static func isPchar(_ byte: UInt8) -> Bool {
        isUnreserved(byte) || isSubDelim(byte) || byte == UInt8(ascii: ":") || byte == UInt8(ascii: "@")
    }

    private static func isPath(_ bytes: ArraySlice<UInt8>) -> Bool {
        isEncoded(bytes) { isPchar($0) || $0 == UInt8(ascii: "/") }
    }

    private static func isQueryOrFragment(_ bytes: ArraySlice<UInt8>) -> Bool {
        isEncoded(bytes) { isPchar($0) || $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }
    }

    /// `[ userinfo "@" ] host [ ":" port ]`.
    private static func isAuthority(_ bytes: ArraySlice<UInt8>) -> Bool {
        var hostAndPort = bytes
        if let at = bytes.firstIndex(of: UInt8(ascii: "@")) {
            let userinfo = bytes[..<at]
            guard isEncoded(userinfo, allowing: { isUnreserved($0) || isSubDelim($0) || $0 == UInt8(ascii: ":") }) else {
                return false
            }
            hostAndPort = bytes[(at + 1)...]
        }
        var port: ArraySlice<UInt8> = []
        if hostAndPort.first == UInt8(ascii: "[") {
            guard let close = hostAndPort.firstIndex(of: UInt8(ascii: "]")),
                  isIPLiteral(hostAndPort[(hostAndPort.startIndex + 1)..<close]) else { return false }
            let after = hostAndPort[(close + 1)...]
            if !after.isEmpty {
                guard after.first == UInt8(ascii: ":") else { return false }
                port = after.dropFirst()
            }
        } else {
            var host = hostAndPort
            if let colon = hostAndPort.firstIndex(of: UInt8(ascii: ":")) {
                host = hostAndPort[..<colon]
                port = hostAndPort[(colon + 1)...]
            }
            guard isEncoded(host, allowing: { isUnreserved($0) || isSubDelim($0) }) else { return false }
        }
        return port.allSatisfy(isDigit)
    }

    /// `IPv6address / IPvFuture` inside the brackets.
    private static func isIPLiteral(_ bytes: ArraySlice<UInt8>) -> Bool {
        if let first = bytes.first, first == UInt8(ascii: "v") || first == UInt8(ascii: "V") {
            guard let dot = bytes.firstIndex(of: UInt8(ascii: ".")), dot > bytes.startIndex + 1, dot + 1 < bytes.endIndex else {
                return false
            }
            return bytes[(bytes.startIndex + 1)..<dot].allSatisfy(isHex)
                && bytes[(dot + 1)...].allSatisfy { isUnreserved($0) || isSubDelim($0) || $0 == UInt8(ascii: ":") }
        }
        return isIPv6(String(decoding: bytes, as: UTF8.self))
    }

    static func isIPv6(_ text: String) -> Bool {
        let halves = text.components(separatedBy: "::")
        guard halves.count <= 2 else { return false }
        var groups = 0
        for (halfIndex, half) in halves.enumerated() where !half.isEmpty {
            let parts = half.split(separator: ":", omittingEmptySubsequences: false)
            for (partIndex, part) in parts.enumerated() {
                let isLast = halfIndex == halves.count - 1 && partIndex == parts.count - 1
                if isLast && part.contains(".") {
                    guard isIPv4(part) else { return false }
                    groups += 2
                } else {
                    guard (1...4).contains(part.count), part.utf8.allSatisfy(isHex) else { return false }
                    groups += 1
                }
            }
        }
        return halves.count == 2 ? groups <= 7 : groups == 8
    }

    /// Four `dec-octet`s: 0–255, no leading zeros.
    static func isIPv4(_ text: Substring) -> Bool {
        let octets = text.split(separator: ".", omittingEmptySubsequences: false)
        return octets.count == 4 && octets.allSatisfy { octet in
            guard (1...3).contains(octet.count), octet.utf8.allSatisfy(isDigit), let value = Int(octet) else { return false }
            return value <= 255 && (octet.count == 1 || octet.first != "0")
        }
    }
}

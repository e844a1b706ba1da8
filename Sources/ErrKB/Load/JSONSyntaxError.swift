/// Why a JSON text could not be read, and where: the message is written for people.
public struct JSONSyntaxError: Error, Hashable, Sendable, CustomStringConvertible {
    /// What is wrong, lowercase, one line (`expected ',' or '}' after object member`).
    public var message: String
    /// Where the problem was found; the column counts Unicode scalars.
    public var location: SourceLocation

    public init(message: String, location: SourceLocation) {
        self.message = message
        self.location = location
    }

    public var description: String { "\(location.line):\(location.column): \(message)" }
}

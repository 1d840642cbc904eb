/// A `HOST:PORT` listen address as given on the command line (`127.0.0.1:6443`, `[::1]:6443`,
/// `0.0.0.0:6443`, `:6443` for every interface), parsed once so the server gets a host and a port.
public struct ListenAddress: Sendable, Hashable, CustomStringConvertible {
    /// The host or IP literal, without brackets; empty or `0.0.0.0` means every IPv4 interface.
    public var host: String
    /// The TCP port; 0 lets the system choose.
    public var port: Int

    /// An address from its parts.
    public init(host: String, port: Int) {
        self.host = host
        self.port = port
    }

    /// Parses `HOST:PORT`; nil if the port is missing or not in 0...65535, or brackets are unbalanced.
    public init?(_ text: String) {
        guard let colon = text.lastIndex(of: ":"), let port = Int(text[text.index(after: colon)...]),
            (0...65535).contains(port)
        else { return nil }
        var host = Substring(text[..<colon])
        if host.hasPrefix("[") || host.hasSuffix("]") {
            guard host.hasPrefix("["), host.hasSuffix("]") else { return nil }
            host = host.dropFirst().dropLast()
        } else if host.contains(":") {
            return nil  // an IPv6 literal needs brackets, or its last group would read as the port
        }
        self.host = host.isEmpty ? "0.0.0.0" : String(host)
        self.port = port
    }

    /// `HOST:PORT`, with brackets around an IPv6 literal.
    public var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

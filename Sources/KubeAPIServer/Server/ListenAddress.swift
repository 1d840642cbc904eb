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

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

extension ListenAddress {
    /// Throws one line naming `flag` and the address when something already listens there, so a second server
    /// says so before it writes anything; port 0 is always available. (The real bind can still lose a race.)
    public static func checkAvailable(_ address: ListenAddress, flag: String) throws(ListenAddressError) {
        guard address.port != 0 else { return }
        var hints = addrinfo()
        hints.ai_flags = AI_NUMERICSERV | AI_PASSIVE
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        var results: UnsafeMutablePointer<addrinfo>?
        guard getaddrinfo(address.host, String(address.port), &hints, &results) == 0, let first = results else {
            throw ListenAddressError(flag: flag, address: address, problem: "cannot resolve \(address.host)")
        }
        defer { freeaddrinfo(results) }
        let descriptor = socket(first.pointee.ai_family, first.pointee.ai_socktype, first.pointee.ai_protocol)
        guard descriptor >= 0 else { return }
        defer { close(descriptor) }
        var reuse: Int32 = 1
        setsockopt(descriptor, SOL_SOCKET, SO_REUSEADDR, &reuse, socklen_t(MemoryLayout<Int32>.size))
        guard bind(descriptor, first.pointee.ai_addr, first.pointee.ai_addrlen) == 0 else {
            throw ListenAddressError(flag: flag, address: address, problem: String(cString: strerror(errno)).lowercased())
        }
    }
}

/// An address a server cannot listen on, as one line naming the flag that chose it.
public struct ListenAddressError: Error, Sendable, Hashable, CustomStringConvertible {
    public var flag: String
    public var address: ListenAddress
    public var problem: String

    /// `--listen 127.0.0.1:6443: address already in use`.
    public var description: String { "\(flag) \(address): \(problem)" }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Parses IP address literals into network-order bytes, the form an X.509 IP SAN stores.
enum IPAddressBytes {
    /// The 4 or 16 bytes of `text` if it is an IPv4 or IPv6 literal (brackets allowed), else nil.
    static func parse(_ text: String) -> [UInt8]? {
        var literal = Substring(text)
        if literal.hasPrefix("["), literal.hasSuffix("]") { literal = literal.dropFirst().dropLast() }
        var v4 = [UInt8](repeating: 0, count: 4)
        if inet_pton(AF_INET, String(literal), &v4) == 1 { return v4 }
        var v6 = [UInt8](repeating: 0, count: 16)
        if inet_pton(AF_INET6, String(literal), &v6) == 1 { return v6 }
        return nil
    }
}

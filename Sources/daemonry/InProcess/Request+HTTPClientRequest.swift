import AsyncHTTPClient
import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// The server-side form of a client's request, as the HTTP server would have parsed it off the wire:
    /// method, path with query, headers and the whole body (`Content-Length` set from it). Only `url`'s path
    /// and query matter; its scheme and host name the server. Nil for a method that is no HTTP token (the
    /// server's parser would refuse it).
    init?(_ request: HTTPClientRequest, body: ByteBuffer?) {
        guard let method = HTTPRequest.Method(request.method.rawValue) else { return nil }
        var fields = HTTPFields()
        for header in request.headers {
            guard let name = HTTPField.Name(header.name) else { continue }
            fields.append(HTTPField(name: name, value: header.value))
        }
        if let body {
            fields[.contentLength] = String(body.readableBytes)
        }
        let (authority, path) = Self.authorityAndPath(of: request.url)
        self.init(
            head: HTTPRequest(method: method, scheme: "https", authority: authority, path: path, headerFields: fields),
            body: RequestBody(buffer: body ?? ByteBuffer()))
    }

    /// The authority and the path with query of an absolute `url` (`https://host:port/path?query`), on its
    /// UTF-8: every in-process request passes here. A missing path is `/`.
    static func authorityAndPath(of url: String) -> (authority: String, path: String) {
        let utf8 = url.utf8
        var start = utf8.startIndex
        let separator = "://".utf8
        if let range = utf8.indices.first(where: { utf8[$0...].starts(with: separator) }) {
            start = utf8.index(range, offsetBy: separator.count)
        }
        let pathStart = utf8[start...].firstIndex(where: { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "?") }) ?? utf8.endIndex
        let authority = String(url[start..<pathStart])
        let path = String(url[pathStart...])
        return (authority, path.utf8.first == UInt8(ascii: "/") ? path : "/" + path)
    }
}

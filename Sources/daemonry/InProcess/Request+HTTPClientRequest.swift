import AsyncHTTPClient
import Foundation
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
        let url = Substring(request.url)
        let afterScheme = url.range(of: "://").map { url[$0.upperBound...] } ?? url
        let pathStart = afterScheme.firstIndex(where: { $0 == "/" || $0 == "?" }) ?? afterScheme.endIndex
        let path = String(afterScheme[pathStart...])
        self.init(
            head: HTTPRequest(
                method: method, scheme: "https",
                authority: String(afterScheme[..<pathStart]), path: path.hasPrefix("/") ? path : "/" + path,
                headerFields: fields),
            body: RequestBody(buffer: body ?? ByteBuffer()))
    }
}

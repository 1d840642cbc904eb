import Hummingbird
import KubeModel

extension Response {
    /// A JSON response from bytes already encoded (objects are encoded once and served as bytes).
    public static func json(_ bytes: [UInt8], status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "application/json"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }

    /// The `Status` response for an error, with the error's HTTP code: the only place an `APIError`
    /// becomes bytes on the wire.
    public static func status(_ error: APIError) -> Response {
        json(error.status.jsonBytes(), status: HTTPResponse.Status(code: Int(error.code.httpCode)))
    }

    /// A `text/plain` response, as upstream's health checks answer (`ok`).
    public static func text(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        Response(
            status: status,
            headers: [.contentType: "text/plain; charset=utf-8"],
            body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}

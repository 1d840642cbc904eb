import Hummingbird

extension Response {
    /// Bytes already encoded in a negotiated `format`, with its Content-Type and `Vary: Accept` (the same
    /// URL answers differently per Accept header, so caches must key on it).
    public static func negotiated(
        _ bytes: [UInt8], format: ResponseFormat, status: HTTPResponse.Status = .ok
    ) -> Response {
        Response(
            status: status,
            headers: [.contentType: format.contentType, .vary: "Accept"],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

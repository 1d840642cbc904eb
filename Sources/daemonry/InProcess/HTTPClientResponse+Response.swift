import AsyncHTTPClient
import Hummingbird
import NIOHTTP1

extension HTTPClientResponse {
    /// The client-side form of a server's response head, with `body` as its body.
    init(head response: Response, body: Body) {
        var headers = HTTPHeaders()
        headers.reserveCapacity(response.headers.count)
        for field in response.headers {
            headers.add(name: field.name.rawName, value: field.value)
        }
        self.init(
            status: HTTPResponseStatus(statusCode: response.status.code, reasonPhrase: response.status.reasonPhrase),
            headers: headers, body: body)
    }
}

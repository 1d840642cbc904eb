import Foundation
import KubeModel

extension KubeClientError {
    /// The error a `Status` stands for: its reason as the code (or the code its HTTP code implies when
    /// the reason is empty), its message, and the `Status` itself (client-go's `errors.FromObject`).
    public init(status: Status) {
        let httpStatus = Int(status.code)
        let code = status.reason.isEmpty ? Self.code(forHTTPStatus: httpStatus) : Code(rawValue: status.reason)
        let message = status.message.isEmpty ? Self.genericMessage(httpStatus: httpStatus, body: []) : status.message
        self.init(code, message, httpStatus: httpStatus, status: status)
    }

    /// The error for a response with a failure code, as client-go's `transformResponse` builds it: a
    /// `Status` body is used as is (its `code` filled from the response when missing); any other body
    /// becomes a synthesized `Status` with upstream's generic message for the HTTP code, followed by
    /// `request` (`get pods web-0`) when given.
    public init(httpStatus: Int, body: [UInt8], request: String? = nil) {
        if var status = Self.decodeStatus(body), status.status != "Success" {
            if status.code == 0 { status.code = Int32(clamping: httpStatus) }
            self.init(status: status)
            return
        }
        let code = Self.code(forHTTPStatus: httpStatus)
        var message = Self.genericMessage(httpStatus: httpStatus, body: body)
        if let request { message += " (\(request))" }
        self.init(
            code, message, httpStatus: httpStatus,
            status: Status(code: Int32(clamping: httpStatus), reason: code.rawValue, message: message))
    }

    /// The reason client-go gives a failure response that carries no `Status` (`NewGenericServerResponse`).
    public static func code(forHTTPStatus httpStatus: Int) -> Code {
        switch httpStatus {
        case 400: .badRequest
        case 401: .unauthorized
        case 403: .forbidden
        case 404: .notFound
        case 405: .methodNotAllowed
        case 406: .notAcceptable
        case 409: .conflict
        case 410: .gone
        case 413: .requestEntityTooLarge
        case 415: .unsupportedMediaType
        case 422: .invalid
        case 429: .tooManyRequests
        case 500: .internalError
        case 503: .serviceUnavailable
        case 504: .timeout
        default: .unknown
        }
    }

    /// A `Status` body, or nil when the bytes are not one.
    static func decodeStatus(_ body: [UInt8]) -> Status? {
        guard body.first(where: { !$0.isJSONWhitespace }) == UInt8(ascii: "{") else { return nil }
        let data = Data(body)
        // Most objects are not a Status (a deleted pod kept for graceful deletion): reading only the kind spares
        // a decode of the whole object as a Status, which fails over to JSONDecoder on its first mismatch.
        if let kind = try? JSONReader.read(data, readKind).value, kind != Status.kind { return nil }
        guard let status = try? Status.decode(json: data), status.kind == Status.kind else { return nil }
        return status
    }

    /// The `kind` member of a JSON object ("" when it has none).
    private static func readKind(_ reader: inout JSONReader) throws -> String {
        var kind = ""
        var cursor = try reader.beginObject()
        while let key = try reader.nextKey(&cursor) {
            if key == "kind", try !reader.readNull() {
                kind = try reader.readString()
            } else {
                try reader.skipValue()
            }
        }
        return kind
    }

    /// Upstream's wording for a failure response without a `Status` (`NewGenericServerResponse`).
    private static func genericMessage(httpStatus: Int, body: [UInt8]) -> String {
        switch httpStatus {
        case 400: return "the server rejected our request for an unknown reason"
        case 401: return "the server has asked for the client to provide credentials"
        case 403: return "the server does not allow access to the requested resource"
        case 404: return "the server could not find the requested resource"
        case 405: return "the server does not allow this method on the requested resource"
        case 406: return "the server was unable to respond with a content type that the client supports"
        case 409: return "the server reported a conflict"
        case 410: return "the server has asked for the client to retry with a newer resource version"
        case 413: return "the server has rejected the request because it is too large"
        case 415: return "the body of the request was in an unknown format"
        case 422: return "the server rejected our request due to an error in our request"
        case 429: return "the server has received too many requests and has asked us to try again later"
        case 500:
            let text = String(decoding: body.prefix(256), as: UTF8.self)
                .split(whereSeparator: \.isNewline).joined(separator: " ")
            return "an error on the server (\"\(text)\") has prevented the request from succeeding"
        case 503: return "the server is currently unable to handle the request"
        case 504:
            return "the server was unable to return a response in the time allotted, but may still be processing the request"
        default: return "the server responded with the status code \(httpStatus) but did not return more information"
        }
    }
}

extension UInt8 {
    /// Space, tab, CR or LF.
    var isJSONWhitespace: Bool {
        self == 0x20 || self == 0x09 || self == 0x0A || self == 0x0D
    }
}

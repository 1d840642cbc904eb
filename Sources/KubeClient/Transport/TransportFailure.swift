import AsyncHTTPClient
import NIOCore
import NIOSSL

/// Maps failures below HTTP (connect, TLS, timeouts, a cut stream) to one-line `.transport` errors that
/// name the request, as Go's `Get "URL": reason`. Cancellation stays `CancellationError`.
enum TransportFailure {
    /// The error to throw for `error`, raised while running `request` (`GET https://...`).
    static func error(_ error: any Error, request: String) -> any Error {
        if error is CancellationError || error is KubeClientError { return error }
        if let clientError = error as? HTTPClientError, clientError == .cancelled { return CancellationError() }
        if Task.isCancelled { return CancellationError() }
        return KubeClientError(.transport, "\(request): \(describe(error))")
    }

    /// A reason a person can act on, with the library's own description kept for detail.
    private static func describe(_ error: any Error) -> String {
        let detail = String(describing: error)
        if error is NIOSSLExtraError, detail.contains("hostname") {
            return "tls: failed to verify certificate: it is not valid for the server's host name"
        }
        if error is NIOSSLError || error is BoringSSLError || detail.contains("SSL") {
            // BoringSSL's dump (error numbers, source paths) says no more than its reason code.
            if detail.contains("CERTIFICATE_VERIFY_FAILED") {
                return "tls: failed to verify certificate: signed by an unknown authority, or expired "
                    + "(CERTIFICATE_VERIFY_FAILED)"
            }
            return "tls: handshake failed: \(detail)"
        }
        if let clientError = error as? HTTPClientError {
            switch clientError {
            case .deadlineExceeded: return "timed out waiting for the server's response"
            case .connectTimeout: return "timed out connecting to the server"
            case .remoteConnectionClosed: return "the server closed the connection"
            default: return detail
            }
        }
        if error is NIOTooManyBytesError { return "response body too large" }
        return detail
    }
}

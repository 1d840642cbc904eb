import KubeModel
import KubeStore

extension APIError {
    /// A store failure as the API reports it; not-found and conflict errors from the store name a key, so
    /// the registries map those themselves with the resource's own words before they get here.
    public init(storeError error: any Error) {
        guard let error = error as? StoreError else {
            self = APIError(converting: error)
            return
        }
        switch error.code {
        case .expired: self = APIError(.gone, error.message)
        case .invalidContinue: self = APIError(.badRequest, error.message)
        case .resourceVersionTooLarge:
            var details = StatusDetails()
            details.retryAfterSeconds = 1
            self = APIError(.timeout, error.message, details: details)
        case .closed: self = APIError(.serviceUnavailable, error.message)
        default: self = APIError(.internalError, "Internal error occurred: \(error.message)")
        }
    }
}

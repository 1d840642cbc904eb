/// The sizes past which the control plane refuses what a client sends, as upstream's does, so that no small
/// request grows without bound.
public enum SizeLimits {
    /// kube-apiserver's `MaxRequestBodyBytes`: 3 MiB.
    public static let requestBodyBytes = 3 * 1024 * 1024
    /// etcd's default `--max-request-bytes`, 1.5 MiB: no stored object is larger.
    public static let objectBytes = 3 * 512 * 1024
    /// json-patch's `AccumulatedCopySizeLimit` as kube-apiserver sets it: what `copy` operations may add, 3 MiB.
    static let jsonPatchCopyBytes = 3 * 1024 * 1024
    /// kube-apiserver's `maxJSONPatchOperations`.
    static let jsonPatchOperations = 10_000

    /// 413 with upstream's wording: `Request entity too large: limit is 3145728`.
    static func tooLarge(limit: Int) -> APIError {
        APIError(.requestEntityTooLarge, "Request entity too large: limit is \(limit)")
    }
}

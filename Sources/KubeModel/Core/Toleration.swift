import Foundation

/// `v1.Toleration`: lets a pod be placed on (or stay on) nodes with a matching taint.
public struct Toleration: APIModel, Hashable {
    /// Empty matches every key (then `operator` must be "Exists").
    public var key: String = ""
    /// "Exists" or "Equal"; empty means "Equal".
    public var `operator`: String = ""
    public var value: String = ""
    /// "NoSchedule", "PreferNoSchedule", "NoExecute", or empty for all effects.
    public var effect: String = ""
    /// For NoExecute: how long the pod may stay once the taint appears; nil is forever.
    public var tolerationSeconds: Int64?
    public var unknownFields: JSONObject = [:]

    public init() {}

    public init(
        key: String = "", operator: String = "", value: String = "", effect: String = "",
        tolerationSeconds: Int64? = nil
    ) {
        self.key = key
        self.operator = `operator`
        self.value = value
        self.effect = effect
        self.tolerationSeconds = tolerationSeconds
    }

    public static let schema = Schema<Toleration>([
        .omitEmpty("key", \.key),
        .omitEmpty("operator", \.operator),
        .omitEmpty("value", \.value),
        .omitEmpty("effect", \.effect),
        .optional("tolerationSeconds", \.tolerationSeconds),
    ])
}

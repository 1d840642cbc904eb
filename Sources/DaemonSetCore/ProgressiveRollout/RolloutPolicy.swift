import Foundation
import KubeModel

/// How a progressive rollout goes, read from `rollout.daemonry.io/` annotations on an `OnDelete` DaemonSet:
/// which nodes first (canary, waves by a node label), how many pods down at once, how many nodes stay old, how
/// long to wait between steps, and what a failure does.
public struct RolloutPolicy: Sendable, Hashable {
    /// What happens once more updated pods failed than `maxFailures` allows.
    public enum FailureAction: String, Sendable, Hashable {
        /// Stop deleting old pods until someone acts.
        case pause
        /// Put back the template of the last revision that completed, as `kubectl rollout undo`.
        case rollback
    }

    public var maxUnavailable: IntOrString = .int(1)
    public var partition: IntOrString = .int(0)
    public var canaryNodes: LabelQuery?
    public var wavesBy: String?
    public var waveOrder: [String] = []
    public var bakeTime: Duration = .zero
    public var progressDeadline: Duration = .seconds(600)
    public var maxFailures: IntOrString = .int(0)
    public var failureAction = FailureAction.pause
    public var paused = false

    /// The defaults: one pod down at once, no partition, canary or waves.
    public init() {}

    /// The prefix of every annotation the policy reads.
    public static let prefix = "rollout.daemonry.io/"
    /// `"true"` hands the DaemonSet to the rollout driver.
    public static let progressive = prefix + "progressive"
    /// `"true"` stops the driver deleting old pods (`rollout pause`).
    public static let pausedAnnotation = prefix + "paused"
    /// The revision (`controller-revision-hash`) promoted past its canary step, written by `rollout promote`.
    public static let promoted = prefix + "promoted"
    /// The last revision whose rollout completed, written by the driver: what a rollback returns to.
    public static let completedRevision = prefix + "completed-revision"

    /// Whether `annotations` ask for a progressive rollout.
    public static func isProgressive(_ annotations: [String: String]) -> Bool {
        annotations[progressive] == "true"
    }

    /// The policy `annotations` state; the first bad value is an error naming its annotation.
    public init(annotations: [String: String]) throws(RolloutPolicyError) {
        func value(_ name: String) -> String? { annotations[Self.prefix + name] }
        func count(_ name: String) throws(RolloutPolicyError) -> IntOrString? {
            guard let text = value(name) else { return nil }
            let parsed: IntOrString = Int32(text).map { .int($0) } ?? .string(text)
            guard let scaled = try? parsed.scaledValue(total: 100, roundUp: true) else {
                throw RolloutPolicyError(name, text, "must be a count or a percent such as 10%")
            }
            guard scaled >= 0 else { throw RolloutPolicyError(name, text, "must not be negative") }
            return parsed
        }
        func duration(_ name: String) throws(RolloutPolicyError) -> Duration? {
            guard let text = value(name) else { return nil }
            guard let parsed = GoDuration.parse(text) else {
                throw RolloutPolicyError(name, text, "must be a duration such as 30s or 5m")
            }
            return parsed
        }
        func flag(_ name: String) throws(RolloutPolicyError) -> Bool {
            switch annotations[Self.prefix + name] {
            case nil, "false": return false
            case "true": return true
            case let text?: throw RolloutPolicyError(name, text, "must be true or false")
            }
        }
        maxUnavailable = try count("max-unavailable") ?? maxUnavailable
        partition = try count("partition") ?? partition
        maxFailures = try count("max-failures") ?? maxFailures
        bakeTime = try duration("bake-time") ?? bakeTime
        progressDeadline = try duration("progress-deadline") ?? progressDeadline
        paused = try flag(String(Self.pausedAnnotation.dropFirst(Self.prefix.count)))
        if let text = value("canary-nodes") {
            do {
                canaryNodes = try LabelQuery(parsing: text)
            } catch {
                throw RolloutPolicyError("canary-nodes", text, "must be a label selector: \(error.message)")
            }
        }
        if let text = value("waves-by") {
            guard !text.isEmpty else { throw RolloutPolicyError("waves-by", text, "must name a node label") }
            wavesBy = text
        }
        if let text = value("wave-order") {
            guard wavesBy != nil else { throw RolloutPolicyError("wave-order", text, "needs waves-by") }
            waveOrder = text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        }
        if let text = value("failure-action") {
            guard let action = FailureAction(rawValue: text) else {
                throw RolloutPolicyError("failure-action", text, "must be pause or rollback")
            }
            failureAction = action
        }
    }
}

/// A policy annotation that cannot be read: the driver reports it and deletes nothing.
public struct RolloutPolicyError: Error, Sendable, Hashable {
    /// The whole annotation name.
    public var annotation: String
    /// `rollout.daemonry.io/bake-time: "soon": must be a duration such as 30s or 5m`.
    public var message: String

    init(_ name: String, _ value: String, _ problem: String) {
        annotation = RolloutPolicy.prefix + name
        message = "\(annotation): \(GoText.quote(value)): \(problem)"
    }
}

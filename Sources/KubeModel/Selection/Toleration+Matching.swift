import Foundation

extension Toleration {
    /// Upstream `Toleration.ToleratesTaint`: the effect is empty or equal, the key is empty or equal, and then
    /// "Exists" tolerates any value, "Equal" (or empty) needs an equal value, any other operator tolerates nothing.
    public func toleratesTaint(key taintKey: String, value taintValue: String, effect taintEffect: String) -> Bool {
        if !effect.isEmpty && effect != taintEffect { return false }
        if !key.isEmpty && key != taintKey { return false }
        switch self.operator {
        case "", "Equal": return value == taintValue
        case "Exists": return true
        default: return false
        }
    }

    /// Upstream `Toleration.MatchToleration`: same key, operator, value and effect (`tolerationSeconds` aside),
    /// i.e. the two are "the same toleration" for add-or-update.
    public func matchesToleration(_ other: Toleration) -> Bool {
        key == other.key && effect == other.effect && self.operator == other.operator && value == other.value
    }
}

extension Sequence where Element == Toleration {
    /// Upstream `TolerationsTolerateTaint`: whether any toleration tolerates the taint.
    public func toleratesTaint(key: String, value: String, effect: String) -> Bool {
        contains { $0.toleratesTaint(key: key, value: value, effect: effect) }
    }
}

extension PodSpec {
    /// Upstream `AddOrUpdateTolerationInPodSpec`: replaces every toleration that `matchesToleration` the new one
    /// (keeping its position), or appends it when none does. Returns false when an identical one is present.
    @discardableResult
    public mutating func addOrUpdateToleration(_ toleration: Toleration) -> Bool {
        var updated: [Toleration] = []
        updated.reserveCapacity(tolerations.count + 1)
        var replaced = false
        for existing in tolerations {
            if toleration.matchesToleration(existing) {
                if toleration == existing { return false }
                updated.append(toleration)
                replaced = true
            } else {
                updated.append(existing)
            }
        }
        if !replaced { updated.append(toleration) }
        tolerations = updated
        return true
    }
}

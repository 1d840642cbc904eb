import KubeModel

/// The metadata rules of the generic registry's `BeforeCreate` / `BeforeUpdate` that do not need a clock or a
/// UID source (the store assigns `uid`, `creationTimestamp` and generated names itself).
public enum ObjectMetaStrategy {
    /// On create a client cannot start an object in deletion.
    public static func prepareForCreate(_ meta: inout ObjectMeta) {
        meta.deletionTimestamp = nil
        meta.deletionGracePeriodSeconds = nil
    }

    /// On update the server owns `generation` (the kind's strategy bumps it), a missing `uid` means "the same
    /// object", and the creation and deletion marks cannot be changed or removed.
    public static func prepareForUpdate(_ meta: inout ObjectMeta, old: ObjectMeta) {
        meta.generation = old.generation
        if meta.uid.isEmpty {
            meta.uid = old.uid
        }
        if old.creationTimestamp != nil {
            meta.creationTimestamp = old.creationTimestamp
        }
        if old.deletionTimestamp != nil {
            meta.deletionTimestamp = old.deletionTimestamp
        }
        if old.deletionGracePeriodSeconds != nil && meta.deletionGracePeriodSeconds == nil {
            meta.deletionGracePeriodSeconds = old.deletionGracePeriodSeconds
        }
    }
}

/// What a `LeaderElector` runs and tells, client-go's `LeaderCallbacks`.
public struct LeaderCallbacks: Sendable {
    /// The work of a leader: started when leadership is acquired, cancelled when it is lost. It must stop
    /// promptly when cancelled: the elector gives up leadership (and releases the lease) only after it has
    /// returned, so a body that ignores cancellation could act beside the next leader. Returning ends
    /// leadership too.
    public var onStartedLeading: @Sendable () async throws -> Void
    /// Called after a leadership period ended (the body has returned). Unlike client-go it is not called when
    /// the candidate never led.
    public var onStoppedLeading: @Sendable () -> Void
    /// Called with the holder's identity whenever the observed holder changes (this candidate included).
    /// Runs on the elector's task: keep it quick.
    public var onNewLeader: @Sendable (_ identity: String) -> Void

    /// Callbacks with the given closures.
    public init(
        onStartedLeading: @escaping @Sendable () async throws -> Void,
        onStoppedLeading: @escaping @Sendable () -> Void = {},
        onNewLeader: @escaping @Sendable (_ identity: String) -> Void = { _ in }
    ) {
        self.onStartedLeading = onStartedLeading
        self.onStoppedLeading = onStoppedLeading
        self.onNewLeader = onNewLeader
    }
}

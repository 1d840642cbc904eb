import Logging
import Synchronization

/// What a controller expects to see in its informers after its own writes, per controller key:
/// kube-controller-manager's `ControllerExpectations`.
///
/// A controller that creates 10 pods expects 10 pod ADD events; until it has seen them, its cache is behind
/// its own actions and a sync would create the pods again. `isSatisfied` says when a sync may act: when every
/// expectation has been observed, when none were recorded, or when they are older than `timeout` (5 minutes
/// upstream, `ExpectationsTimeout`): a lost watch event must not stall the controller forever.
public final class ControllerExpectations: Sendable {
    /// How long expectations hold before a sync proceeds anyway: 5 minutes, kube-controller-manager's
    /// `ExpectationsTimeout`.
    public static let defaultTimeout: Duration = .seconds(300)

    /// How long expectations hold.
    public let timeout: Duration
    private let clock: AnyClock
    private let logger: Logger
    private let table = Mutex<[String: ControlleeExpectations]>([:])

    /// Empty expectations timing out after `timeout`, read on `clock`.
    public init(
        timeout: Duration = ControllerExpectations.defaultTimeout, clock: some Clock<Duration> = ContinuousClock(),
        logger: Logger = Logger(label: "daemonry.expectations")
    ) {
        self.timeout = timeout
        self.clock = AnyClock(clock)
        self.logger = logger
    }

    /// The expectations recorded for `key`.
    public func expectations(for key: String) -> ControlleeExpectations? {
        table.withLock { $0[key] }
    }

    /// Whether a sync of `key` may act on its cache: no expectations, all observed, or expired.
    public func isSatisfied(_ key: String) -> Bool {
        guard let expectations = expectations(for: key) else {
            // Never recorded (a new controller), or deleted: nothing to wait for.
            return true
        }
        if expectations.isFulfilled { return true }
        if expectations.timestamp.duration(to: clock.now) > timeout {
            logger.debug("expectations expired", metadata: ["key": .string(key)])
            return true
        }
        logger.trace(
            "still waiting on expectations",
            metadata: ["key": .string(key), "add": .stringConvertible(expectations.add),
                       "delete": .stringConvertible(expectations.delete)])
        return false
    }

    /// Records that `add` creations and `delete` deletions are expected for `key`, replacing what was there
    /// and restarting the timeout.
    public func setExpectations(_ key: String, add: Int, delete: Int) {
        let expectations = ControlleeExpectations(add: add, delete: delete, timestamp: clock.now)
        table.withLock { $0[key] = expectations }
    }

    /// Expects `count` creations (and no deletions) for `key`.
    public func expectCreations(_ key: String, _ count: Int) {
        setExpectations(key, add: count, delete: 0)
    }

    /// Expects `count` deletions (and no creations) for `key`.
    public func expectDeletions(_ key: String, _ count: Int) {
        setExpectations(key, add: 0, delete: count)
    }

    /// Adds to the expected counts of `key` without restarting the timeout (nothing when none are recorded).
    public func raiseExpectations(_ key: String, add: Int, delete: Int) {
        adjust(key, add: add, delete: delete)
    }

    /// Takes from the expected counts of `key` (nothing when none are recorded).
    public func lowerExpectations(_ key: String, add: Int, delete: Int) {
        adjust(key, add: -add, delete: -delete)
    }

    /// One expected creation was observed for `key`.
    public func creationObserved(_ key: String) {
        lowerExpectations(key, add: 1, delete: 0)
    }

    /// One expected deletion was observed for `key`.
    public func deletionObserved(_ key: String) {
        lowerExpectations(key, add: 0, delete: 1)
    }

    /// Forgets `key`'s expectations (its controller object was deleted).
    public func deleteExpectations(_ key: String) {
        table.withLock { $0[key] = nil }
    }

    private func adjust(_ key: String, add: Int, delete: Int) {
        table.withLock { table in
            table[key]?.add += add
            table[key]?.delete += delete
        }
    }
}

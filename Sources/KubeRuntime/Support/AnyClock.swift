import Foundation

/// A clock with its type erased, so the runtime's components are not generic over the clock they wait on:
/// production code passes `ContinuousClock()`, tests a manual clock that only moves when told.
///
/// Instants are offsets from the wrapped clock's reading at the moment it was wrapped. `date(at:)` turns an
/// instant into wall time, for the few timestamps the API needs (Lease `renewTime`, Event `lastTimestamp`):
/// the system's wall clock by default, or a fixed `epoch` plus the offset for a test clock. Decisions never
/// read wall time, so a clock step cannot expire a lease or an expectation.
public struct AnyClock: Clock {
    /// A point in time: the wrapped clock's elapsed time since it was wrapped.
    public struct Instant: InstantProtocol, Hashable, Sendable {
        /// The elapsed time since the clock was wrapped.
        public var offset: Duration

        /// The instant `offset` after the clock was wrapped.
        public init(offset: Duration) { self.offset = offset }

        /// The instant `duration` later.
        public func advanced(by duration: Duration) -> Instant { Instant(offset: offset + duration) }

        /// The time from this instant to `other`.
        public func duration(to other: Instant) -> Duration { other.offset - offset }

        /// Whether `lhs` comes first.
        public static func < (lhs: Instant, rhs: Instant) -> Bool { lhs.offset < rhs.offset }
    }

    private let read: @Sendable () -> Duration
    private let sleeper: @Sendable (_ offset: Duration, _ tolerance: Duration?) async throws -> Void
    /// The wrapped clock's resolution.
    public let minimumResolution: Duration
    /// The wall time at offset zero, nil to read the system's wall clock.
    public let epoch: Date?

    /// Wraps `clock`; its current reading becomes offset zero. Wall times come from the system, or, given an
    /// `epoch`, are `epoch` plus the offset (a test clock's dates then move with it). An `AnyClock` passed in
    /// is kept as it is.
    public init<C: Clock>(_ clock: C, epoch: Date? = nil) where C.Duration == Duration {
        if let erased = clock as? AnyClock {
            self = erased
            return
        }
        let start = clock.now
        self.read = { start.duration(to: clock.now) }
        self.sleeper = { offset, tolerance in
            try await clock.sleep(until: start.advanced(by: offset), tolerance: tolerance)
        }
        self.minimumResolution = clock.minimumResolution
        self.epoch = epoch
    }

    /// The current instant.
    public var now: Instant { Instant(offset: read()) }

    /// Suspends until `deadline`; throws `CancellationError` when the task is cancelled first.
    public func sleep(until deadline: Instant, tolerance: Duration? = nil) async throws {
        try await sleeper(deadline.offset, tolerance)
    }

    /// The wall time of `instant`: `epoch` plus its offset, or the system's time now moved by the time from
    /// now to `instant`.
    public func date(at instant: Instant) -> Date {
        guard let epoch else { return Date().addingTimeInterval(now.duration(to: instant).seconds) }
        return epoch.addingTimeInterval(instant.offset.seconds)
    }

    /// The wall time now, by this clock.
    public var date: Date { date(at: now) }
}

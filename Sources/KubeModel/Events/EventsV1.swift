import Foundation

/// The `events.k8s.io/v1` API group.
///
/// Its `Event` and `EventSeries` share names with core `v1` types but differ in fields and JSON, so
/// they live in this namespace: ``EventsV1/Event`` is the events API's object, plain ``Event`` the
/// core one. Both are views of the same stored events (see `EventsV1+Conversion.swift`).
public enum EventsV1 {
    /// "events.k8s.io/v1".
    public static let groupVersion = "events.k8s.io/v1"
}

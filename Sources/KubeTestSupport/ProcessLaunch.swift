import Foundation
import Synchronization

/// Starts processes one at a time. Foundation's `Process.run()` on Linux crashed once in a memmove
/// while tests launched curl and kubectl from many tasks at once (a clean-clone CI run, signal 11 inside
/// `Process.run`); launching is a few milliseconds, so the tests serialise it rather than race it.
private let launches = Mutex(())

extension Process {
    /// `run()`, never concurrently with another launch from this process's tests.
    func runSerially() throws {
        try launches.withLock { _ in try run() }
    }
}

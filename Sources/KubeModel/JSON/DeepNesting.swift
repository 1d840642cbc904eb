import Foundation

/// Where deeply nested input is worked on: documents may nest 10,000 levels (Go's limit, which the parsers
/// enforce with Go's words), and every parser, patcher and writer of `JSONValue` recurses once a level. A
/// cooperative thread's 8 MiB stack holds a few thousand such levels in a debug build, so input nested past
/// `inlineDepth` is worked on in a thread of its own with a stack sized for the limit, while the caller waits.
/// Such input is rare (real manifests nest a few dozen levels), so the common case costs one scan.
public enum DeepNesting {
    /// Nesting worked on in the caller's thread.
    public static let inlineDepth = 256
    /// The stack of the thread for deeper input: room for 10,000 levels of the deepest recursion with margin.
    static let deepStackBytes = 512 << 20

    /// How deep `bytes` nest: brackets outside strings for JSON; for YAML, its collections as libyaml reads
    /// them (so YAML past go-yaml's limits is refused here, with go-yaml's words).
    public static func depth(of bytes: [UInt8]) throws(ManifestError) -> Int {
        // An empty body (an in-process client's typed hand-over) nests nothing: no parser is started for it.
        guard let first = bytes.first(where: { $0 != 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 }) else { return 0 }
        if first == UInt8(ascii: "{") || first == UInt8(ascii: "[") { return bracketDepth(bytes) }
        return try YAMLLimits.check(String(decoding: bytes, as: UTF8.self))
    }

    /// The deepest bracket nesting outside JSON strings.
    static func bracketDepth(_ bytes: [UInt8]) -> Int {
        var depth = 0
        var deepest = 0
        var inString = false
        var escaped = false
        for byte in bytes {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return deepest
    }

    /// Runs `body` here when `depth` is within `inlineDepth`, else on a thread with a stack for the deepest
    /// input, blocking this thread until it is done (rare, and bounded by the work itself).
    public static func run<Value, Failure: Error>(
        depth: Int, _ body: () throws(Failure) -> Value
    ) throws(Failure) -> Value {
        // Deep work that nests more deep work (a patch whose result is decoded) stays on its thread.
        guard depth > inlineDepth, Thread.current.stackSize < deepStackBytes else { return try body() }
        return try withoutActuallyEscaping(body) { (escaping) throws(Failure) -> Value in
            let work = DeepWork(escaping)
            let thread = Thread { work.run() }
            thread.stackSize = deepStackBytes
            thread.start()
            work.done.wait()
            // `run()` always sets the result before signalling.
            guard let result = work.result else { preconditionFailure("deep work finished without a result") }
            return try result.get()
        }
    }
}

/// One piece of deep work and its result.
///
/// `@unchecked Sendable`: `body` and `result` are touched by the worker thread only until it signals `done`,
/// and by the waiting caller only after; the semaphore orders the two.
private final class DeepWork<Value, Failure: Error>: @unchecked Sendable {
    /// The work; dropped before `done` is signalled, since `withoutActuallyEscaping` checks that no reference
    /// to it is left when the caller returns.
    var body: (() throws(Failure) -> Value)?
    var result: Result<Value, Failure>?
    let done = DispatchSemaphore(value: 0)

    init(_ body: @escaping () throws(Failure) -> Value) { self.body = body }

    func run() {
        if let body {
            do throws(Failure) {
                result = .success(try body())
            } catch {
                result = .failure(error)
            }
        }
        body = nil
        done.signal()
    }
}

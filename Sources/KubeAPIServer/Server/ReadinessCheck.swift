/// One of `/readyz`'s checks: its name, and why it fails (nil while it passes).
public struct ReadinessCheck: Sendable {
    public var name: String
    public var failure: @Sendable () -> String?

    public init(name: String, failure: @escaping @Sendable () -> String?) {
        self.name = name
        self.failure = failure
    }

    /// `/readyz`'s body and whether every check passed, as upstream's health handler writes them: `ok`, or
    /// each check on its own line (`[+]ping ok`, `[-]store failed: reason withheld`) when one fails or
    /// `verbose` asks; reasons only under `verbose`.
    static func report(_ checks: [ReadinessCheck], verbose: Bool) -> (passed: Bool, body: String) {
        var lines = ["[+]ping ok"]
        var passed = true
        for check in checks {
            if let failure = check.failure() {
                passed = false
                lines.append("[-]\(check.name) failed: \(verbose ? failure : "reason withheld")")
            } else {
                lines.append("[+]\(check.name) ok")
            }
        }
        if passed && !verbose { return (true, "ok") }
        lines.append(passed ? "readyz check passed" : "readyz check failed")
        return (passed, lines.joined(separator: "\n") + "\n")
    }
}

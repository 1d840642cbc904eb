import Logging

/// Every command logs through swift-log to standard error at the `--log-level` given, so standard output
/// stays free for the one line a command prints (`export KUBECONFIG=...`).
enum StandardErrorLogging {
    static func bootstrap(level: Logger.Level) {
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = level
            return handler
        }
    }
}

// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Daemonry",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KubeModel", targets: ["KubeModel"]),
        .library(name: "DaemonSetCore", targets: ["DaemonSetCore"]),
        .library(name: "KubeAPIServer", targets: ["KubeAPIServer"]),
        .library(name: "KubeStore", targets: ["KubeStore"]),
        .library(name: "KubeClient", targets: ["KubeClient"]),
        .library(name: "KubeRuntime", targets: ["KubeRuntime"]),
        .library(name: "DaemonSetController", targets: ["DaemonSetController"]),
        .library(name: "ClusterServices", targets: ["ClusterServices"]),
        .library(name: "NodeSimulator", targets: ["NodeSimulator"]),
        .library(name: "ProgressiveRollouts", targets: ["ProgressiveRollouts"]),
        .executable(name: "daemonry", targets: ["daemonry"]),
        .executable(name: "daemonry-bench", targets: ["daemonry-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.20.0"),
        .package(url: "https://github.com/apple/swift-certificates", from: "1.10.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl", from: "2.29.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/apple/swift-asn1", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/async-http-client", from: "1.37.0"),
        .package(url: "https://github.com/apple/swift-metrics", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus", from: "2.4.1"),
    ],
    targets: [
        .target(
            name: "KubeModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DaemonSetCore", dependencies: ["KubeModel", "CPrefetch"]),
        // `__builtin_prefetch` for the core's pass over every pod (Swift has no prefetch of its own).
        .target(name: "CPrefetch"),
        .target(
            name: "KubeStore",
            dependencies: [
                "KubeModel",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "KubeAPIServer",
            dependencies: [
                "KubeModel", "KubeStore",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "KubeClient",
            dependencies: [
                "KubeModel",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ]
        ),
        .target(
            name: "KubeRuntime",
            dependencies: [
                "KubeModel", "KubeClient",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .target(
            name: "DaemonSetController",
            dependencies: [
                "KubeModel", "DaemonSetCore", "KubeClient", "KubeRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ClusterServices",
            dependencies: [
                "KubeModel", "KubeClient", "KubeRuntime", "DaemonSetCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "NodeSimulator",
            dependencies: [
                "KubeModel", "KubeClient", "KubeRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "ProgressiveRollouts",
            dependencies: [
                "KubeModel", "DaemonSetCore", "KubeClient", "KubeRuntime",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "KubeTestSupport",
            dependencies: [
                "KubeAPIServer", "KubeClient",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "daemonry",
            dependencies: [
                "KubeModel", "DaemonSetCore", "KubeAPIServer", "KubeClient", "KubeRuntime", "DaemonSetController",
                "NodeSimulator", "ClusterServices", "ProgressiveRollouts",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .executableTarget(
            name: "daemonry-bench",
            dependencies: [
                "KubeModel", "DaemonSetCore", "KubeClient", "KubeRuntime", "KubeTestSupport",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .testTarget(
            name: "KubeModelTests",
            dependencies: ["KubeModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DaemonSetCoreTests", dependencies: ["DaemonSetCore", "KubeModel"]),
        .testTarget(
            name: "KubeAPIServerTests",
            dependencies: [
                "KubeAPIServer", "KubeModel", "KubeTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
            ]
        ),
        .testTarget(name: "KubeStoreTests", dependencies: ["KubeStore", "KubeModel"]),
        .testTarget(
            name: "EndToEndTests",
            dependencies: [
                "DaemonSetCore", "KubeAPIServer", "KubeClient", "KubeModel", "KubeTestSupport", "daemonry",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "KubeClientTests",
            dependencies: [
                "KubeClient", "KubeModel", "KubeTestSupport", "KubeAPIServer",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "KubeRuntimeTests",
            dependencies: [
                "KubeRuntime", "KubeClient", "KubeModel", "KubeTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "DaemonSetControllerTests",
            dependencies: [
                "DaemonSetController", "DaemonSetCore", "KubeClient", "KubeRuntime", "KubeModel", "KubeTestSupport",
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "ClusterServicesTests",
            dependencies: [
                "ClusterServices", "NodeSimulator", "DaemonSetController", "KubeClient", "KubeRuntime", "KubeModel", "KubeTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "NodeSimulatorTests",
            dependencies: [
                "NodeSimulator", "KubeClient", "KubeRuntime", "KubeModel", "KubeTestSupport",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "Daemonry",
    platforms: [.macOS(.v15)],
    products: [
        .library(name: "KubeModel", targets: ["KubeModel"]),
        .library(name: "DaemonSetCore", targets: ["DaemonSetCore"]),
        .executable(name: "daemonry", targets: ["daemonry"]),
        .executable(name: "daemonry-bench", targets: ["daemonry-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .target(
            name: "KubeModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        .target(name: "DaemonSetCore", dependencies: ["KubeModel"]),
        .executableTarget(
            name: "daemonry",
            dependencies: [
                "KubeModel", "DaemonSetCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "daemonry-bench",
            dependencies: [
                "KubeModel", "DaemonSetCore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "KubeModelTests",
            dependencies: ["KubeModel"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "DaemonSetCoreTests", dependencies: ["DaemonSetCore", "KubeModel"]),
    ],
    swiftLanguageModes: [.v6]
)

// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "errkb",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "ErrKB", targets: ["ErrKB"]),
        .executable(name: "errkb", targets: ["errkb"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        .systemLibrary(name: "CYAML", pkgConfig: "yaml-0.1", providers: [.apt(["libyaml-dev"])]),
        .target(name: "ErrKB", dependencies: ["CYAML"]),
        .executableTarget(
            name: "errkb",
            dependencies: [
                "ErrKB",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            // jemalloc instead of glibc's malloc (Debian's `libjemalloc-dev`): errkb makes and
            // frees millions of small objects on every core, and glibc's allocator took a sixth
            // of `validate`'s time. See the README's "Dependencies".
            linkerSettings: [.linkedLibrary("jemalloc", .when(platforms: [.linux]))]
        ),
        .testTarget(name: "ErrKBTests", dependencies: ["ErrKB", "errkb"], exclude: ["Load/Fixtures", "Report/Golden", "Stats/Golden"]),
    ]
)

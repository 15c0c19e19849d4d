// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Jeugdmonitor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "jeugdmonitor", targets: ["jeugdmonitor"]),
        .executable(name: "DemoData", targets: ["DemoData"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // Pure Swift: loading, validation, model, metrics. No terminal, no I/O beyond reading files.
        .target(name: "MonitorCore", dependencies: ["TextSafety"], linkerSettings: [.linkedLibrary("m")]),
        // Contract §7.11's one rule on control characters in output, below both MonitorCore and
        // TerminalUI (which must not depend on each other) so that both apply the same rule.
        .target(name: "TextSafety"),
        .executableTarget(
            name: "jeugdmonitor",
            dependencies: [
                "MonitorCore",
                "MonitorApp",
                "TerminalUI",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Writes the bundled synthetic Data/; the calibration to the published figures lives here.
        .executableTarget(name: "DemoData", dependencies: ["MonitorCore"]),
        // Fuzz target for the record reader and field parsers (issue 13). `scripts/fuzz` builds it with
        // -DFUZZING and libFuzzer; an ordinary build gets a main running a property-based fallback.
        .executableTarget(name: "LoaderFuzz", dependencies: ["MonitorCore"]),
        .testTarget(name: "MonitorCoreTests", dependencies: ["MonitorCore"]),
        // App state, actions, key map and one file per screen; renders through TerminalUI only.
        .target(name: "MonitorApp", dependencies: ["MonitorCore", "TerminalUI"]),
        .testTarget(name: "MonitorAppTests", dependencies: ["MonitorApp", "SnapshotSupport"], exclude: ["Snapshots"]),
        // C shim over ncursesw: only the module map and a header of static inline wrappers live here.
        // No pkgConfig: SwiftPM would drop its -D flags with a warning; the shim header
        // defines what ncursesw needs and the module map links ncursesw and tinfo.
        .systemLibrary(name: "CNcursesW", providers: [.apt(["libncurses-dev"])]),
        // Immediate-mode terminal UI: buffers, widgets, backends. The only code that talks to ncurses.
        // libm: Double.rounded() calls floor/ceil, which nothing else links in an app without Foundation.
        .target(
            name: "TerminalUI",
            dependencies: ["CNcursesW", "TextSafety"],
            linkerSettings: [.linkedLibrary("m", .when(platforms: [.linux]))]
        ),
        // Snapshots/ holds expected text renderings, read through #filePath rather than as resources.
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI", "SnapshotSupport"], exclude: ["Snapshots"]),
        // Runs the real binary in tmux; needs `swift build` first (scripts/test does it).
        .testTarget(name: "EndToEndTests"),
        // Text snapshot assertions shared by the UI test targets.
        .target(name: "SnapshotSupport", dependencies: ["TerminalUI"], path: "Tests/SnapshotSupport"),
    ],
    swiftLanguageModes: [.v6]
)

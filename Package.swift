// swift-tools-version:6.0
import PackageDescription

let package = Package(
  name: "archadvisor",
  products: [
    .executable(name: "archadvisor", targets: ["archadvisor"]),
    .library(name: "ArchAdvisorKit", targets: ["ArchAdvisorKit"]),
  ],
  targets: [
    // The engine: JSON reading, the rubric model, loading and validation, scoring and
    // explanation. It never prints, reads the environment or exits.
    .target(name: "ArchAdvisorKit", linkerSettings: [.linkedLibrary("m")]),
    // The command line: arguments, prompts, rendering, files and streams.
    .executableTarget(name: "archadvisor", dependencies: ["ArchAdvisorKit"]),
    .testTarget(
      name: "ArchAdvisorKitTests",
      dependencies: ["ArchAdvisorKit"],
      exclude: ["Fixtures"]
    ),
    // End-to-end tests run the built binary; the dependency makes `swift test` build it.
    .testTarget(
      name: "archadvisorTests",
      dependencies: ["archadvisor", "ArchAdvisorKit"],
      exclude: ["Fixtures"]
    ),
  ]
)

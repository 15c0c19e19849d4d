import Foundation
import MonitorCore

// DemoData: writes the bundled synthetic demo data folder, calibrated to the published figures.
// Usage: DemoData [--output Data] [--verify]
var output = "Data"
var verifyOnly = false
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let a = arguments.next() {
    switch a {
    case "--output": output = arguments.next() ?? output
    case "--verify": verifyOnly = true
    default:
        print("usage: DemoData [--output Data] [--verify]")
        exit(2)
    }
}

let started = Date()
if verifyOnly {
    exit(Verify.run(output) ? 0 : 1)
}

let plan = Generator.build()
var (reference, delivery) = Generator.finalRows(plan)
Placements.add(to: &delivery, municipalities: reference.municipalities)
let dataset = try Dataset(reference: reference, delivery: delivery)
let ok = Calibration.report(dataset)
print(String(format: "rows: %d allocations, %d claims; %.1f s", delivery.allocations.count, delivery.claims.count, Date().timeIntervalSince(started)))
// The older delivery: the same world as known on its date (the calibration holds for the newest).
var (previous, corrections) = Deliveries.cut(delivery)
Placements.cut(delivery, to: &previous)
_ = try Dataset(reference: reference, delivery: previous)
print("delivery \(previous.month): \(previous.allocations.count) allocations, \(previous.claims.count) claims; corrected in \(delivery.month): \(corrections.volume) volumes, \(corrections.end) einddatums, \(corrections.removed) removed")
Deliveries.printChanges(from: previous, to: delivery)
guard ok else {
    print("calibration failed: nothing written")
    exit(1)
}
try CSVWriter.write(reference: reference, deliveries: [previous, delivery], to: output)
print("written to \(output)/")

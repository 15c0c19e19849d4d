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
let (reference, delivery) = Generator.finalRows(plan)
let dataset = try Dataset(reference: reference, delivery: delivery)
let ok = Calibration.report(dataset)
print(String(format: "rows: %d allocations, %d claims; %.1f s", delivery.allocations.count, delivery.claims.count, Date().timeIntervalSince(started)))
guard ok else {
    print("calibration failed: nothing written")
    exit(1)
}
try CSVWriter.write(reference: reference, delivery: delivery, to: output)
print("written to \(output)/")

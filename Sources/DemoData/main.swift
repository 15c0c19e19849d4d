import Foundation
import MonitorCore

// DemoData: writes the bundled synthetic demo data folder, calibrated to the published figures.
// Usage: DemoData [--output Data] [--verify]
//        DemoData --scale K [--from Data] --output DIR   (a K-times delivery, for benchmarks)
var output = "Data"
var verifyOnly = false
var scale: Int?
var scaleSource = "Data"
var arguments = CommandLine.arguments.dropFirst().makeIterator()
while let a = arguments.next() {
    switch a {
    case "--output": output = arguments.next() ?? output
    case "--verify": verifyOnly = true
    case "--scale": scale = arguments.next().flatMap { Int($0) }.flatMap { $0 >= 1 ? $0 : nil } ?? 0
    case "--from": scaleSource = arguments.next() ?? scaleSource
    default:
        print("usage: DemoData [--output Data] [--verify] | --scale K [--from Data] --output DIR")
        exit(2)
    }
}

let started = Date()
if verifyOnly {
    exit(Verify.run(output) ? 0 : 1)
}
if let scale {
    guard scale >= 1, output != scaleSource else {
        print("--scale needs a whole number of 1 or more and an --output other than --from")
        exit(2)
    }
    do {
        try Scale.run(factor: scale, from: scaleSource, to: output)
        print(String(format: "%d× delivery written to %@/ in %.1f s", scale, output, Date().timeIntervalSince(started)))
        exit(0)
    } catch {
        print("DemoData --scale: \(error)")
        exit(1)
    }
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

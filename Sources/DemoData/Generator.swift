import MonitorCore

/// The generation pipeline, in calibration order.
enum Generator {
    static func build() -> Plan {
        let providers = Providers.build()
        var plan = Plan(providers: providers)
        plan.reference.inhabitants = Regions.inhabitants()
        plan.reference.annualAccounts = Regions.annualAccounts()
        plan.reference.waitingTimes = ReferenceFiles.waitingTimes(providers)
        plan.reference.rmtCases = ReferenceFiles.rmt()

        let targets = Segment2.targets()
        let initial = (0..<11).map { g in Int(Double((0..<3).reduce(0) { $0 + Published.classCount($1, g, 2022) }) * 2.2) }
        var careers = Residential.fit(targets: targets, initialPerMunicipality: initial, iterations: 6_000_000)
        Segment2.coverWholeApril(&careers)
        var used = Set<Int>()
        Segment2.place(careers, into: &plan, usedNumbers: &used)
        Tuning.calibrateApril(&plan)

        let (r22, r23, rH) = Tuning.residuals(plan)
        Population.add(to: &plan, residual22: r22, residual23: r23, residualH1: rH, usedNumbers: &used)
        Tuning.fixMaatwerk(&plan)
        Tuning.boostSegment2(&plan)
        Tuning.calibrateCosts(&plan)
        Tuning.calibrateVerzilvering(&plan)
        // Provider outcomes (§7.5): own streams, nothing above changes; only from 2024 on.
        Outcomes.assignEndReasons(&plan)
        Outcomes.addFollowUps(&plan)
        return plan
    }

    /// The rows as written: allocations plus a few removed rows (reden_wijziging 13), claims in
    /// order of receipt per municipality.
    static func finalRows(_ plan: Plan) -> (ReferenceData, Delivery) {
        var rng = SplitMix64.stream("removed")
        let (rows, _) = plan.allocations()
        var allocations: [Allocation] = []
        allocations.reserveCapacity(rows.count + rows.count / 200)
        for (i, a) in rows.enumerated() {
            allocations.append(a)
            if plan.drafts[i].role != .followUp, rng.chance(0.004) {
                // Entered by mistake (wrong product) and removed by the municipality.
                var removed = a
                removed.number = a.number + "-V"
                removed.product = Catalogue.specs[rng.pick(Catalogue.ordinary)].product.code
                removed.category = Catalogue.specs[Catalogue.index(removed.product)].product.category
                removed.changeReason = "13"
                removed.endReason = nil
                let spec = Catalogue.specs[Catalogue.index(removed.product)]
                removed.unit = spec.unit; removed.frequency = spec.frequency; removed.volume = spec.volume.lowerBound
                if spec.frequency == .totalInPeriod && removed.end == nil { removed.end = a.start + 90 }
                allocations.append(removed)
            }
        }
        let claims = plan.claims.enumerated().sorted { x, y in
            (x.element.municipality, x.element.received.ordinal, x.offset) < (y.element.municipality, y.element.received.ordinal, y.offset)
        }.map(\.element)
        return (plan.referenceData(), Delivery(month: Plan.delivery, allocations: allocations, claims: claims))
    }
}

/// `--verify`: reloads the written folder with the monitor's loader and re-runs the calibration
/// on the newest delivery; every older delivery must load without errors or warnings too.
enum Verify {
    static func run(_ folder: String) -> Bool {
        var older: [Dataset] = []
        var olderOK = true
        for month in Loader.deliveries(in: folder).dropLast() {
            let result = Loader.load(dataDirectory: folder, delivery: month)
            print("verify \(month): \(result.errors.count) errors, \(result.warnings.count) warnings")
            for p in (result.errors + result.warnings).prefix(40) { print("  \(p)") }
            if let ds = result.dataset {
                print("verify \(month): \(ds.allocations.count) allocations, \(ds.claims.count) claims loaded")
                older.append(ds)
            }
            olderOK = olderOK && result.dataset != nil && result.errors.isEmpty && result.warnings.isEmpty
        }
        return newest(folder, olderOK: olderOK, older: older)
    }

    static func newest(_ folder: String, olderOK: Bool, older: [Dataset]) -> Bool {
        let result = Loader.load(dataDirectory: folder)
        print("verify: \(result.errors.count) errors, \(result.warnings.count) warnings")
        for p in (result.errors + result.warnings).prefix(40) { print("  \(p)") }
        guard let dataset = result.dataset else {
            print("verify: the loader produced no dataset")
            return false
        }
        print("verify: \(dataset.allocations.count) allocations, \(dataset.claims.count) claims loaded")
        let ok = Calibration.report(dataset)
        if let previous = older.last {
            let r = dataset.changes(since: previous).region
            print("changes since \(previous.delivery.month): \(r.newAllocations) new / \(r.removedAllocations) removed / \(r.changedAllocations) changed / \(r.newClaimLines) claim lines / \(r.newAmount)")
        }
        return ok && olderOK && result.errors.isEmpty && result.warnings.isEmpty
    }
}

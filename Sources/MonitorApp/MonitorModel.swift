import Foundation
import MonitorCore

/// The loaded delivery and every table computed from it so far. Tables are built by
/// MonitorCore on first request and kept, so moving, sorting and filtering never recompute a
/// metric, and a screen not yet visited costs nothing at start-up.
public struct MonitorModel: Sendable {
    public let regionName: String
    public let deliveryMonth: Month
    /// The bundled synthetic data is loaded: the header shows a DEMO-DATA badge.
    public let isDemoData: Bool
    public let dataset: Dataset
    /// Where the data came from and the load's warnings, to read the other deliveries when
    /// the Leveringen screen first asks; nil for a dataset built in memory.
    public let source: (directory: String, warnings: [Problem])?
    /// Every table this model hands out withholds counts of 1–4 people (contract §7.10): the
    /// dashboard's toggle. A view of the same model; both keep their tables in one memo.
    public private(set) var protectsSmallCells = false
    /// Set while the declaraties are still being read: the dataset has no claims yet, so only
    /// the screens that do not read them may draw (`Screen.readsClaims`).
    public let claimsLoading: LoadProgress?
    private let memo = Memo()

    public init(dataset: Dataset, isDemoData: Bool, source: (directory: String, warnings: [Problem])? = nil,
                claimsLoading: LoadProgress? = nil) {
        regionName = "Een 10 voor de Jeugd"
        deliveryMonth = dataset.delivery.month
        self.isDemoData = isDemoData
        self.dataset = dataset
        self.source = source
        self.claimsLoading = claimsLoading
    }

    /// Whether a screen can be drawn from this model: every screen once the claims are in.
    public func canShow(_ screen: any Screen.Type) -> Bool { claimsLoading == nil || !screen.readsClaims }

    /// Every delivery folder and the previous delivery, loaded on first use.
    public var history: DeliveryHistory {
        memo.value(.history) {
            source.map { DeliveryHistory.load(dataDirectory: $0.directory, shown: dataset, shownWarnings: $0.warnings) }
                ?? DeliveryHistory(summaries: [dataset.deliverySummary(warnings: [])], previous: nil)
        }
    }

    /// This delivery against the previous one; nil when there is none.
    public var changes: DeliveryChanges? { memo.value(.changes) { history.previous.map { dataset.changes(since: $0) } } }

    /// The same model with small-cell protection on or off; the memo is shared, so switching
    /// back and forth computes nothing twice.
    public func protectingSmallCells(_ on: Bool) -> MonitorModel {
        var view = self
        view.protectsSmallCells = on
        return view
    }

    /// A report as `jeugdmonitor report` builds it with the same choices (with the other
    /// deliveries for the reports that compare them), protected when the model is.
    public func report(_ request: ReportRequest) -> Report {
        var options = request.options
        options.protectSmallCells = options.protectSmallCells || protectsSmallCells
        let request = ReportRequest(request.name, options)
        return memo.value(.report(request)) { ReportCatalog.build(request, dataset, history: request.name.needsHistory ? history : nil) }
    }

    /// The table a screen shows for a report: its first (people's) table.
    public func table(_ request: ReportRequest) -> WideTable { report(request).layout.first ?? .empty }

    /// A table a screen builds with a public Core builder over the model's values (a provider's
    /// products, the months of an area), as shown: protected when the model is.
    public func shown(_ table: WideTable) -> WideTable { protectsSmallCells ? table.protectingSmallCells() : table }

    /// Costs per month of every area for a selection: the Kosten screen's months and charts.
    public func costMonths(_ selection: ProductSelection) -> CostMonths {
        memo.value(.costMonths(selection)) { dataset.costMonths(selection: selection) }
    }

    public var segment2Trend: Segment2Trend { memo.value(.segment2Trend) { dataset.segment2Trend() } }

    /// Every provider's figures for a year, selection and area (nil: the region): the
    /// Aanbieders list and profiles read it, so opening a profile computes nothing of it again.
    public func providerYear(_ year: Int, selection: ProductSelection, area: String?) -> ProviderYear {
        memo.value(.providerYear(year, selection, area)) {
            dataset.providerYear(year, selection: selection, area: area.flatMap(dataset.area), settledThrough: dataset.settledMonth(lagModel))
        }
    }

    /// The 11 municipalities and the region on every indicator and year.
    public var municipalityComparison: MunicipalityComparison { memo.value(.municipalityComparison) { dataset.municipalityComparison() } }

    /// Each ambition's pace towards 2028 from its full years.
    public var ambitionPace: [AmbitionPace] { memo.value(.ambitionPace) { dataset.ambitionPace() } }

    /// The region's claim-lag model, to mark a provider's incomplete months.
    public var lagModel: LagModel { memo.value(.lagModel) { dataset.regionLagModel() } }

    public func providerMonths(_ provider: Int) -> [ProviderMonth] {
        memo.value(.providerMonths(provider)) { dataset.providerMonths(provider: provider, lag: lagModel) }
    }
}

/// Values computed once per model. A class behind a lock so that the model stays a value
/// that can be shared; computing twice in a race is harmless (same inputs, same result).
private final class Memo: @unchecked Sendable {
    enum Key: Hashable {
        case report(ReportRequest)
        case costMonths(ProductSelection)
        case segment2Trend
        case providerYear(Int, ProductSelection, String?)
        case lagModel
        case providerMonths(Int)
        case municipalityComparison
        case history
        case changes
        case ambitionPace
    }

    private let lock = NSLock()
    private var values: [Key: Any] = [:]

    func value<T>(_ key: Key, _ compute: () -> T) -> T {
        // Bound in two steps: an absent key must not pass as a stored nil when T is optional.
        if let stored = lock.withLock({ values[key] }), let known = stored as? T { return known }
        let value = compute()
        lock.withLock { values[key] = value }
        return value
    }
}

import MonitorCore

/// Everything the dashboard shows, computed once when the data is loaded, so that
/// navigation never recomputes a metric: screens only sort, filter and draw these tables.
public struct MonitorModel: Sendable {
    public let regionName: String
    public let deliveryMonth: Month
    /// The bundled synthetic data is loaded: the header shows a DEMO-DATA badge.
    public let isDemoData: Bool
    /// The three 0-meting tables (in-care, residential, residential by municipality) per measure.
    public let zeroMeasurement: [Measure: [WideTable]]
    public let ambitions: WideTable
    public let municipalityNames: [String]
    public let costs: CostsModel
    public let segment2Trend: Segment2Trend
    /// Kept for what is computed on request (the Segment 2 screen at another peilmaand).
    public let dataset: Dataset

    public init(dataset: Dataset, isDemoData: Bool) {
        regionName = "Een 10 voor de Jeugd"
        deliveryMonth = dataset.delivery.month
        self.isDemoData = isDemoData
        var zero: [Measure: [WideTable]] = [:]
        for measure in Measure.allCases {
            zero[measure] = ReportCatalog.zeroMeasurement.compactMap {
                ReportCatalog.named($0)?.build(dataset, measure: measure).layout.first
            }
        }
        zeroMeasurement = zero
        ambitions = ReportCatalog.named("ambitions").flatMap { $0.build(dataset).layout.first }
            ?? WideTable(title: "Ambities", columns: [], rows: [])
        municipalityNames = dataset.municipalities.map(\.name)
        costs = CostsModel(dataset)
        segment2Trend = Segment2Trend(dataset)
        self.dataset = dataset
    }

    /// The Segment 2 tables at a peilmaand (the delivery month by default).
    public func segment2Tables(month: Month? = nil, areaPeriod: AreaPeriod = .halfYear) -> Segment2Tables {
        Segment2Tables(dataset, month: month ?? deliveryMonth, areaPeriod: areaPeriod)
    }

    /// "levering oktober 2026"
    public var deliveryLabel: String { "levering \(DutchCalendar.name(of: deliveryMonth))" }

    public func zeroMeasurementTables(_ measure: Measure) -> [WideTable] { zeroMeasurement[measure] ?? [] }
}

/// The dashboard's screens, in tab order. Later screens (Kosten, Segment 2) slot in here.
public enum ScreenID: Int, CaseIterable, Sendable {
    case zeroMeasurement
    case costs
    case segment2
    case ambitions

    public var title: String {
        switch self {
        case .zeroMeasurement: "0-meting"
        case .costs: "Kosten"
        case .segment2: "Segment 2"
        case .ambitions: "Ambities 2028"
        }
    }

    /// Tables on the screen that `t` moves the focus between.
    var tableCount: Int {
        switch self {
        case .zeroMeasurement: ZeroMeasurementState.tableCount
        case .costs: CostsState.tableCount
        case .segment2: Segment2State.tableCount
        case .ambitions: 1
        }
    }
}

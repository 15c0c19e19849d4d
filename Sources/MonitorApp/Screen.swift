/// The dashboard's screens, in tab order. Later screens (Kosten, Segment 2) slot in here.
public enum ScreenID: Int, CaseIterable, Sendable {
    case zeroMeasurement
    case ambitions

    public var title: String {
        switch self {
        case .zeroMeasurement: "0-meting"
        case .ambitions: "Ambities 2028"
        }
    }
}

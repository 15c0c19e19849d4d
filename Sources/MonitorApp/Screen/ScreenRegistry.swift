/// The one list of the dashboard's screens: its order is the tab order and the number keys
/// (1, 2, …), and help lists each screen's keys from it. Adding a screen is one line here.
public enum ScreenRegistry {
    public static let all: [any Screen.Type] = [
        ZeroMeasurementScreen.self,
        CostsScreen.self,
        Segment2Screen.self,
        AmbitionsScreen.self,
        ProvidersScreen.self,
        MunicipalitiesScreen.self,
        DeliveriesScreen.self,
    ]

    public static func type(of id: ScreenID) -> any Screen.Type {
        all.first { $0.id == id } ?? all[0]
    }

    public static func index(of id: ScreenID) -> Int { all.firstIndex { $0.id == id } ?? 0 }
}

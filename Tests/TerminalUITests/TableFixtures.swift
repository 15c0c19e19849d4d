@testable import TerminalUI

/// A youth-care table shaped like the real screens: many numeric columns,
/// municipality labels, groups per province and a totals row.
enum TableFixtures {
    static let columns: [TableColumn] = [
        TableColumn("Gemeente", maxWidth: 18),
        TableColumn("Jeugdigen", alignment: .right),
        TableColumn("Met jeugdzorg", alignment: .right),
        TableColumn("%", alignment: .right, minWidth: 5),
        TableColumn("Kosten (€ mln)", alignment: .right),
        TableColumn("Δ vorig jaar", alignment: .right),
        TableColumn("Zonder verblijf", alignment: .right),
        TableColumn("Met verblijf", alignment: .right),
        TableColumn("Jeugdbescherming", alignment: .right),
        TableColumn("Jeugdreclassering", alignment: .right),
        TableColumn("Wachttijd (wk)", alignment: .right),
        TableColumn("Per jeugdige (€)", alignment: .right),
    ]

    static let municipalities: [(province: String, name: String)] = [
        ("Groningen", "Groningen"), ("Groningen", "Midden-Groningen"), ("Groningen", "Eemsdelta"),
        ("Friesland", "Leeuwarden"), ("Friesland", "Súdwest-Fryslân"), ("Friesland", "Smallingerland"),
        ("Utrecht", "Utrecht"), ("Utrecht", "Amersfoort"), ("Utrecht", "Nieuwegein"), ("Utrecht", "Zeist"),
        ("Noord-Holland", "Amsterdam"), ("Noord-Holland", "Haarlem"), ("Noord-Holland", "Zaanstad"),
        ("Noord-Holland", "Alkmaar"), ("Noord-Holland", "Hilversum"),
        ("Zuid-Holland", "Rotterdam"), ("Zuid-Holland", "'s-Gravenhage"), ("Zuid-Holland", "Leiden"),
        ("Zuid-Holland", "Dordrecht"), ("Zuid-Holland", "Zoetermeer"), ("Zuid-Holland", "Delft"),
        ("Limburg", "Maastricht"), ("Limburg", "Heerlen"), ("Limburg", "Venlo"),
        ("Gelderland", "Nijmegen"), ("Gelderland", "Arnhem"), ("Gelderland", "Apeldoorn"), ("Gelderland", "Ede"),
        ("Noord-Brabant", "Eindhoven"), ("Noord-Brabant", "Tilburg"), ("Noord-Brabant", "Breda"),
        ("Noord-Brabant", "'s-Hertogenbosch"), ("Noord-Brabant", "Helmond"),
    ]

    /// Deterministic numbers so snapshots are stable.
    static func rows() -> [TableRow] {
        municipalities.enumerated().map { index, entry in
            let youths = 8_000 + (index * 7_919) % 90_000
            let inCare = youths * (8 + index % 6) / 100
            let costs = Double(inCare) * (11.5 + Double(index % 4)) / 1_000
            let change = Double((index * 37) % 21 - 10) / 2
            let previousProvince = index > 0 ? municipalities[index - 1].province : entry.province
            let changeStyle: Style = change > 0 ? .foreground(.negative) : .foreground(.positive)
            return TableRow([
                TableCell(entry.name),
                TableCell(grouped(youths)),
                TableCell(grouped(inCare)),
                TableCell(String(format1: Double(inCare) * 100 / Double(youths)) + "%"),
                TableCell(String(format1: costs)),
                TableCell((change > 0 ? "+" : "") + String(format1: change) + "%", style: changeStyle),
                TableCell(grouped(inCare * 7 / 10)),
                TableCell(grouped(inCare / 10)),
                index % 5 == 3 ? .empty : TableCell(grouped(inCare / 25)),
                TableCell(grouped(inCare / 60)),
                TableCell(String(4 + index % 9)),
                TableCell(grouped(Int(costs * 1_000_000) / youths)),
            ], startsGroup: entry.province != previousProvince)
        }
    }

    static func footer() -> TableRow {
        TableRow(texts: ["Totaal", "1.712.400", "164.310", "9,6%", "2.145,0", "+3,1%", "115.017", "16.431", "6.572", "2.738", "7", "1.253"])
    }

    static func table(footer: Bool = true) -> TableView {
        TableView(columns: columns, rows: rows(), footer: footer ? Self.footer() : nil)
    }

    /// Dutch thousands separator, as the dashboard shows numbers.
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (offset, digit) in digits.enumerated() {
            if offset > 0, (digits.count - offset) % 3 == 0 { result.append(".") }
            result.append(digit)
        }
        return result
    }
}

extension String {
    /// One decimal with a Dutch decimal comma, without Foundation's locale machinery.
    init(format1 value: Double) {
        let tenths = Int((abs(value) * 10).rounded())
        self = (value < 0 && tenths > 0 ? "-" : "") + "\(tenths / 10),\(tenths % 10)"
    }
}

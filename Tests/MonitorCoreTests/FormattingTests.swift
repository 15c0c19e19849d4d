import Testing
@testable import MonitorCore

@Suite struct FormattingTests {
    @Test func dutchNumbers() {
        #expect(DutchNumber.integer(9014) == "9.014")
        #expect(DutchNumber.integer(-1_234_567) == "-1.234.567")
        #expect(DutchNumber.integer(363) == "363")
        #expect(DutchNumber.percent(372.0 / 363 - 1) == "2,5%")
        #expect(DutchNumber.percent(-0.0551, decimals: 2) == "-5,51%")
        #expect(DutchNumber.percent(-0.00001) == "0,0%")
        #expect(DutchNumber.euros(94_631_000) == "€ 94.631.000")
        #expect(DutchNumber.decimal(1234.565, decimals: 2) == "1.234,57")
    }

    @Test func plainNumbersForScripts() {
        let dot = PlainNumber(decimalMark: "."), comma = PlainNumber(decimalMark: ",")
        #expect(dot.trimmed(0.025, maxDecimals: 4) == "0.025")
        #expect(dot.trimmed(86934.0 / 92000 - 1, maxDecimals: 4) == "-0.0551")
        #expect(comma.trimmed(0.025, maxDecimals: 4) == "0,025")
        #expect(dot.fixed(1234567.891, decimals: 2) == "1234567.89")
        #expect(dot.trimmed(2, maxDecimals: 4) == "2")
    }

    @Test func formatsRenderTheSameFigures() {
        let report = Report(
            name: "t", title: "Test",
            tidy: TidyTable(columns: ["jaar", "gemeente", "aandeel"], rows: [[.count(2023), .text("Son; Breugel"), .fraction(0.025, decimals: 1)]]),
            layout: [WideTable(title: "Test", columns: ["2023"], rows: [.init("Asten", [.count(1224)])])])
        #expect(report.rendered(as: .csv) == "jaar,gemeente,aandeel\n2023,Son; Breugel,0.025\n")
        #expect(report.rendered(as: .csvNL) == "jaar;gemeente;aandeel\n2023;\"Son; Breugel\";0,025\n")
        #expect(report.rendered(as: .json) == "[\n  {\"jaar\": 2023, \"gemeente\": \"Son; Breugel\", \"aandeel\": 0.025}\n]\n")
        #expect(report.rendered(as: .text).contains("Asten  1.224"))
        #expect(report.rendered(as: .markdown).contains("| Asten | 1.224 |"))
    }
}

import Foundation
import Testing
@testable import MonitorCore

/// The fast lane (`PlainLine`) reads the plain lines of a file and leaves every other line to
/// the general reader. Lines of every kind that it must decline, between plain ones, give the
/// same problems, warnings and figures as reading every line the general way (issue 14).
@Suite struct PlainLineTests {
    /// Both ways agree on the problems and, for a delivery that loads, on every report.
    static func expectSameAsGeneralReading(_ fixture: DeliveryFixture) throws -> LoadResult {
        let folder = try fixture.write()
        let fast = Loader.load(dataDirectory: folder.path, concurrent: false, plainLines: true)
        let general = Loader.load(dataDirectory: folder.path, concurrent: false, plainLines: false)
        #expect(fast.errors.map(\.description) == general.errors.map(\.description))
        #expect(fast.warnings.map(\.description) == general.warnings.map(\.description))
        #expect((fast.dataset == nil) == (general.dataset == nil))
        if let a = fast.dataset, let b = general.dataset {
            #expect(a.allocations.count == b.allocations.count)
            #expect(a.claims.map(\.amountCents) == b.claims.map(\.amountCents))
            for report in ReportCatalog.all {
                #expect(report.build(a).rendered(as: .csv) == report.build(b).rendered(as: .csv), "\(report.name.rawValue)")
            }
        }
        return fast
    }

    /// Lines the fast lane must leave alone, each between plain lines, in a delivery that loads.
    @Test func linesThatLoadTheGeneralWay() throws {
        var fixture = DeliveryFixture()
        let a = DeliveryFixture.allocation
        fixture.allocationFiles["0743"]! += [
            a("A3", "P003", "2012", "45", "45A01", "12345678", "2024-01-01", "", "5", "04", "2", "", "", ""),
            "\"A4\";P004;;45;45A01;12345678;2024-01-01;;5;04;2;;;",          // quoted
            " A5;P005;;45;45A01;12345678;2024-01-01;;5;04;2;;;",             // leading space
            "A6;P006 ;;45;45A01;12345678;2024-01-01;;5;04;2;;;",             // trailing space
            "A7;P 007;;45;45A01;12345678;2024-01-01;;5;04;2;;;",             // inner space: plain
            "",                                                              // empty line
            "A8;P008;;45;45A01;12345678;2024-01-01;;5;04;2;;13;",            // removed
            a("A9", "P009", "", "45", "45A01", "12345678", "31-01-2024", "29-02-2024", "0", "04", "6", "06", "", "31"),
        ]
        fixture.claimFiles["0743"]! += [
            DeliveryFixture.claim(number: "A3", month: "2024-02", volume: "-3", amount: "1.234.567,89", received: "01-03-2024"),
            "A3;2024-03;;\"12,00\";2024-04-01",                               // quoted amount
            "A3;2024-03;;12,00;2024-04-01\r",                                 // CRLF
            "A3;2024-03 ;;12,00;2024-04-01",                                  // trailing space
            "A8;2024-03;;12,00;2024-04-01",                                   // on a removed allocation: warning
            "A7;2024-03;;7.5;2024-04-01",
            "",
            "A3;2024-04;;-0,01;2024-05-01",
        ]
        let result = try Self.expectSameAsGeneralReading(fixture)
        #expect(result.errors.isEmpty)
        #expect(result.warnings.count == 1)
        #expect(result.dataset?.claims.count == 9)
    }

    /// Lines with problems, each between plain lines: every problem is reported once, in order.
    @Test func linesWithProblemsBetweenPlainOnes() throws {
        var fixture = DeliveryFixture()
        let a = { (number: String, change: (inout [String]) -> Void) -> String in
            var fields = DeliveryFixture.allocation(number: number, client: "Q\(number)").split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            change(&fields)
            return fields.joined(separator: ";")
        }
        fixture.allocationFiles["0743"]! += [
            a("B1") { _ in }, a("A1") { _ in },                               // repeated number
            a("B2") { $0[1] = "123456782" },                                  // a BSN
            a("B3") { $0[4] = "99X99" }, a("B4") { $0[5] = "11111111" },      // unknown product, provider
            a("B5") { $0[6] = "2024-02-30" }, a("B6") { $0[7] = "2023-12-31" }, // impossible date, end before start
            a("B7") { $0[10] = "6" },                                         // frequency 6 without an end
            a("B8") { $0[9] = "99" }, a("B9") { $0[8] = "-1" }, a("B10") { $0[2] = "15" },
            a("B11") { $0[11] = "7" }, a("B12") { $0[12] = "x" }, a("B13") { $0[13] = "30" },
            a("B14") { $0[3] = "" }, a("B15") { $0.removeLast() }, a("B16") { _ in },
        ]
        fixture.claimFiles["0743"]! += [
            DeliveryFixture.claim(number: "B1"), DeliveryFixture.claim(number: "ZZ"),
            DeliveryFixture.claim(number: "A1", month: "2020-12"), DeliveryFixture.claim(number: "A1", month: "2026-11"),
            DeliveryFixture.claim(number: "A1", month: "2024-13"), DeliveryFixture.claim(number: "A1", amount: "1.23"),
            DeliveryFixture.claim(number: "A1", received: "2023-12-31"), DeliveryFixture.claim(number: "A1", volume: "1,5"),
            DeliveryFixture.claim(number: "", amount: ""), "A1;2024-01;;1,00", DeliveryFixture.claim(number: "B16"),
        ]
        let result = try Self.expectSameAsGeneralReading(fixture)
        #expect(result.errors.count >= 20)
    }

    /// The declaraties are read field by field in the header's order (`PlainFields`): columns in
    /// another order, an unknown column, a comma as delimiter (where an amount with a decimal
    /// comma splits the line), a lone CR in a number, CRLF, a field too many or too few.
    @Test func declaratiesInAnyLayout() throws {
        var fixture = DeliveryFixture()
        fixture.claimFiles["0743"] = [
            "ontvangstdatum;bedrag;extra;toewijzingnummer;zorgmaand",
            "2024-02-01;12,50;x;A1;2024-01", "2024-02-01;12,50;;A1;2024-01\r", "2024-02-01;12,50;\"q\";A1;2024-01",
            "2024-02-01;12,50;x;A\r1;2024-01", "2024-02-01;12,50;x;A1;2024-01;", "2024-02-01;12,50;x;A1",
            "2024-02-01 ;12,50;x;A1;2024-01", "2024-2-01;12,50;x;A1;2024-01", "2024-02-01;12,50;x;A1;2024-1",
            "01-02-2024;7;x;A1;2024-01\r", "2024-02-01;12,50;x;A1;2024-01",
        ]
        fixture.claimFiles["0794"] = [
            "toewijzingnummer,zorgmaand,volume,bedrag,ontvangstdatum",
            "H1,2025-01,4,-12.50,2025-02-01", "H1,2025-01,4,-12,50,2025-02-01", "H1,2025-01,,7,2025-02-01",
        ]
        let result = try Self.expectSameAsGeneralReading(fixture)
        // The lone CR, the field too many and too few, the short date and month; the decimal comma.
        #expect(result.errors.count == 6)
        #expect(result.warnings.contains { $0.description.contains("extra") })
    }

    /// A long file of plain lines with a problem every so often: the lane stops and starts again.
    @Test func aLongFileWithOccasionalProblems() throws {
        var fixture = DeliveryFixture()
        var allocations: [String] = [], claims: [String] = []
        for i in 0..<3_000 {
            let number = "N\(i)"
            allocations.append(DeliveryFixture.allocation(number: i % 997 == 5 ? "A1" : number, client: "C\(i % 700)",
                                                          start: i % 1_201 == 7 ? "2024-01-32" : "2024-01-01"))
            claims.append(DeliveryFixture.claim(number: i % 613 == 3 ? "X\(i)" : number, month: "2024-0\(1 + i % 9)",
                                                amount: "\(i),\(i % 100 < 10 ? "0" : "")\(i % 100)", received: "2024-10-01"))
        }
        fixture.allocationFiles["0743"]! += allocations
        fixture.claimFiles["0743"]! += claims
        let result = try Self.expectSameAsGeneralReading(fixture)
        // 4 repeated numbers (whose own numbers the claims then miss: 4 more), 3 impossible
        // dates, 5 unknown numbers.
        #expect(result.errors.count == 4 + 4 + 3 + 5)
    }
}

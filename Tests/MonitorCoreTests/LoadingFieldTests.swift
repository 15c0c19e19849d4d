import Foundation
import Testing
@testable import MonitorCore

/// The value formats of the contract, parsed from bytes.
@Suite struct LoadingFieldTests {
    private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }

    @Test func parsesIsoAndDutchDates() {
        #expect(FieldParsers.day(bytes("2024-02-29")) == Day(year: 2024, month: 2, day: 29))
        #expect(FieldParsers.day(bytes("29-02-2024")) == Day(year: 2024, month: 2, day: 29))
        #expect(FieldParsers.day(bytes("2023-02-29")) == nil)
        #expect(FieldParsers.day(bytes("2023-13-01")) == nil)
        #expect(FieldParsers.day(bytes("1-3-2024")) == nil)
        #expect(FieldParsers.day(bytes("2024/03/01")) == nil)
    }

    @Test func parsesMonths() {
        #expect(FieldParsers.month(bytes("2024-03")) == Month(year: 2024, month: 3))
        #expect(FieldParsers.month(bytes("2024-13")) == nil)
        #expect(FieldParsers.month(bytes("03-2024")) == nil)
    }

    /// Dates and months are checked eight bytes at a time; they read as byte by byte would:
    /// every day of three centuries in both forms, and every byte at every position of a few.
    @Test func datesAndMonthsReadAsByteByByte() {
        func number(_ text: [UInt8], _ range: Range<Int>) -> Int? {
            var value = 0
            for b in text[range] { guard (48...57).contains(b) else { return nil }; value = value * 10 + Int(b) - 48 }
            return value
        }
        func referenceDay(_ t: [UInt8]) -> Day? {
            guard t.count == 10 else { return nil }
            if t[4] == 45, t[7] == 45, let y = number(t, 0..<4), let m = number(t, 5..<7), let d = number(t, 8..<10) { return Day(year: y, month: m, day: d) }
            if t[2] == 45, t[5] == 45, let d = number(t, 0..<2), let m = number(t, 3..<5), let y = number(t, 6..<10) { return Day(year: y, month: m, day: d) }
            return nil
        }
        func referenceMonth(_ t: [UInt8]) -> Month? {
            guard t.count == 7, t[4] == 45, let y = number(t, 0..<4), let m = number(t, 5..<7), (1...12).contains(m) else { return nil }
            return Month(year: y, month: m)
        }
        let first = Day(year: 1899, month: 12, day: 1)!.ordinal, last = Day(year: 2201, month: 1, day: 31)!.ordinal
        for ordinal in first...last {
            let c = Day(ordinal: ordinal).civil
            let iso = String(format: "%04d-%02d-%02d", c.year, c.month, c.day), dutch = String(format: "%02d-%02d-%04d", c.day, c.month, c.year)
            #expect(FieldParsers.day(bytes(iso))?.ordinal == ordinal, "\(iso)")
            #expect(FieldParsers.day(bytes(dutch))?.ordinal == ordinal, "\(dutch)")
        }
        for sample in ["2024-02-29", "29-02-2024", "0000-01-01", "9999-12-31", "2024-07-15", "2024-07"] {
            let text = Array(sample.utf8)
            for position in text.indices {
                for byte in UInt8.min...UInt8.max {
                    var changed = text
                    changed[position] = byte
                    #expect(FieldParsers.day(changed[...]) == referenceDay(changed), "\(changed)")
                    #expect(FieldParsers.month(changed[...]) == referenceMonth(changed), "\(changed)")
                }
            }
        }
    }

    @Test func parsesAmountsToExactCents() {
        let cases: [(String, Int64?)] = [
            ("1234.56", 123_456), ("1234,56", 123_456), ("1.234,56", 123_456), ("-12,50", -1_250),
            ("1234", 123_400), ("0,5", 50), ("12.345.678,9", 1_234_567_890), ("0.07", 7),
            ("1,234", nil), ("1.234", nil), ("1.234.567", nil), ("12,345.67", nil), ("1.23,45", nil),
            ("", nil), ("-", nil), (",50", nil), ("12,", nil), ("€ 12", nil), ("1e3", nil), ("+5", nil),
            ("1234567890123456", 123_456_789_012_345_600), ("12345678901234567", nil),
            ("-9.999.999.999.999.999,99", -999_999_999_999_999_999),
        ]
        for (text, cents) in cases {
            #expect(FieldParsers.cents(bytes(text)) == cents, "\(text)")
        }
    }

    /// Amounts in the common form are read in one pass, the rest by the general decimal
    /// reader: every text of up to five characters from digits, separators and a minus sign
    /// reads the same as the general reader alone would read it.
    @Test func theOnePassAmountReadsAsTheGeneralReader() {
        let alphabet = Array("0159,.-".utf8)
        var texts: [[UInt8]] = [[]]
        for _ in 1...5 { texts += texts.filter { $0.count == texts.last!.count }.flatMap { t in alphabet.map { t + [$0] } } }
        texts += ["1234567890123456", "123456789012345,67", "-999999999999999.9", "1.234.567,89",
                  // Found by the fuzzer: twenty digits overflowed the one-pass reader.
                  "99999999999999999999", "-12345678901234567890123,45"].map { Array($0.utf8) }
        for text in texts {
            let general = FieldParsers.decimal(text[...], maxDecimals: 2, allowNegative: true).map { $0.scale == 2 ? $0.units : $0.units * ($0.scale == 1 ? 10 : 100) }
            #expect(FieldParsers.cents(text[...]) == general, "\(String(decoding: text, as: UTF8.self))")
        }
    }

    @Test func parsesTariffsWithFourDecimals() {
        #expect(FieldParsers.tariff(bytes("62.1234")) == 62.1234)
        #expect(FieldParsers.tariff(bytes("62,1234")) == 62.1234)
        #expect(FieldParsers.tariff(bytes("85")) == 85)
        #expect(FieldParsers.tariff(bytes("1,23456")) == nil)
        #expect(FieldParsers.tariff(bytes("-1,00")) == nil)
        // Too many digits for exact arithmetic is a format error, never an overflow crash.
        #expect(FieldParsers.tariff(bytes("99999999999999999,9999")) == nil)
        #expect(FieldParsers.tariff(bytes("99999999999999,9999")) == 99_999_999_999_999.9999)
    }

    @Test func parsesWholeNumbers() {
        #expect(FieldParsers.integer(bytes("42")) == 42)
        #expect(FieldParsers.integer(bytes("-3")) == -3)
        #expect(FieldParsers.integer(bytes("4,5")) == nil)
        #expect(FieldParsers.integer(bytes("1234567890123456789")) == nil)
    }

    @Test func recognisesBSNsByTheElevenTest() {
        #expect(FieldParsers.looksLikeBSN(bytes("111222333")))
        #expect(FieldParsers.looksLikeBSN(bytes("123456782")))
        #expect(!FieldParsers.looksLikeBSN(bytes("123456789")))
        #expect(!FieldParsers.looksLikeBSN(bytes("11122233")))
        #expect(!FieldParsers.looksLikeBSN(bytes("P11122233")))
        #expect(FieldParsers.maskedBSN("123456782") == "12*****82")
    }

    @Test func describesCodeListsCompactly() {
        #expect(CodeRanges.describe(Unit.allCases.map(\.rawValue)) == "01, 04, 14, 16, 82-84")
        #expect(CodeRanges.describe(CodeLists.productCategories) == "31-38, 40-58")
        #expect(CodeRanges.describe(["1", "2", "4", "6"]) == "1, 2, 4, 6")
    }
}

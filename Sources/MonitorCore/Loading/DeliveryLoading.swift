import Foundation

/// The rows of one delivery folder, in gemeenten.csv order.
struct DeliveryRows {
    var allocations: [Allocation] = []
    var claims: [Claim] = []
}

extension Loader {
    static let allocationsSuffix = "_toewijzingen.csv"
    static let claimsSuffix = "_declaraties.csv"

    /// Checks `leveringen/<month>/`: one toewijzingen and one declaraties file per municipality.
    /// nil when the folder is missing; rows are only meaningful when no errors were added.
    static func loadDelivery(_ folder: DataFolder, month: Month, reference: LoadedReference,
                             _ problems: inout Problems) -> DeliveryRows? {
        let relative = "\(deliveriesFolder)/\(month)"
        guard isDirectory(folder.absolute(relative)) else {
            problems.error(file: relative, found: "no delivery folder",
                           expected: "a folder \(relative) with a toewijzingen and a declaraties file per gemeente")
            return nil
        }
        warnAboutStrayFiles(in: relative, folder: folder, codes: Set(reference.municipalityCodes), &problems)

        var rows = DeliveryRows()
        for code in reference.municipalityCodes {
            let name = reference.municipalities.first { $0.code == code }.map { " (\($0.name))" } ?? ""
            let allocationsFile = "\(relative)/\(code)\(allocationsSuffix)"
            let claimsFile = "\(relative)/\(code)\(claimsSuffix)"
            var allocationNumbers: Set<String>?
            if let bytes = folder.read(allocationsFile, expected: "the toewijzingen of gemeente \(code)\(name)", &problems) {
                let parsed = parseAllocations(bytes: bytes, file: allocationsFile, municipality: code,
                                              products: reference.productCodes, providers: reference.providerCodes)
                problems.add(parsed)
                rows.allocations += parsed.rows
                allocationNumbers = parsed.keys
            }
            if let bytes = folder.read(claimsFile, expected: "the declaraties of gemeente \(code)\(name)", &problems) {
                let parsed = parseClaims(bytes: bytes, file: claimsFile, municipality: code, allocationNumbers: allocationNumbers)
                problems.add(parsed)
                rows.claims += parsed.rows
            }
        }
        return rows
    }

    /// Files that are not a known municipality's pair are ignored, with a warning so that a
    /// misnamed file does not go unnoticed. Hidden files (`.DS_Store`) are not the region's.
    private static func warnAboutStrayFiles(in relative: String, folder: DataFolder, codes: Set<String>, _ problems: inout Problems) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.absolute(relative))) ?? []
        for name in names.sorted() where !name.hasPrefix(".") {
            let code = deliveryFileCode(name)
            if let code, codes.contains(code) { continue }
            if let code {
                problems.warning(file: "\(relative)/\(name)", found: "a file for unknown gemeentecode \(Shown.quoted(code))",
                                 expected: "files only for gemeenten in gemeenten.csv (the file is ignored)")
            } else {
                problems.warning(file: "\(relative)/\(name)", found: "an unexpected file",
                                 expected: "only <gemeentecode>\(allocationsSuffix) and <gemeentecode>\(claimsSuffix) files (the file is ignored)")
            }
        }
    }

    /// The gemeentecode of `0743_toewijzingen.csv` or `0743_declaraties.csv`.
    static func deliveryFileCode(_ name: String) -> String? {
        for suffix in [allocationsSuffix, claimsSuffix] where name.hasSuffix(suffix) {
            let code = String(name.dropLast(suffix.count))
            if FieldParsers.isDigits(Array(code.utf8)[...], count: 4) { return code }
        }
        return nil
    }
}

import Foundation
import ReportModel

/// The reports one project gives: one for a municipality with its own service; for a shared service one per
/// council and one for the service as a whole, all from one privacy decision.
extension ReportBuilder {
    /// Every report of `data`, each with the stem of its file names.
    static func reports(_ data: ReportData) -> [(report: ComputedReport, stem: String)] {
        let year = data.settings.year
        guard data.settings.service != nil else { return [(ComputedReport(data: data), "tilstandsrapport-\(year)")] }
        let computed = ComputedService(data: data)
        var reports = computed.councils.map { report -> (ComputedReport, String) in
            (report, "tilstandsrapport-\(year)-\(report.settings.municipalityNumber)-\(slug(report.settings.municipality))")
        }
        reports.append((computed.service, "tilstandsrapport-\(year)-tjenesten"))
        return reports.map { (report: $0.0, stem: $0.1) }
    }

    /// The name of the file of printed key figures beside the reports of `year`.
    public static func printedFiguresName(year: Int) -> String { "tilstandsrapport-\(year)-nokkeltall.csv" }

    /// «Dalvik kommune» → `dalvik`, «Nord-Fron» → `nord-fron`, «Porsanger – Porsángu» → `porsanger-porsangu`: a name
    /// for a file, in plain letters, digits and hyphens.
    static func slug(_ name: String) -> String {
        var out = ""
        for character in ServiceSettings.shortName(name).lowercased() {
            switch character {
            case "æ": out += "ae"
            case "ø": out += "o"
            case "å": out += "a"
            case "a"..."z", "0"..."9": out.append(character)
            default:
                let plain = String(character).folding(options: .diacriticInsensitive, locale: nil)
                if plain.count == 1, let letter = plain.first, ("a"..."z").contains(letter) { out.append(letter) }
                else if !out.hasSuffix("-") { out += "-" }
            }
        }
        let trimmed = out.split(separator: "-").joined(separator: "-")
        return String(trimmed.prefix(40))
    }
}

/// The printed key figures as a small CSV file (`tilstandsrapport-<år>-nokkeltall.csv`): what each report printed
/// for the report year, for next year's report to compare with (`init --fra` copies it to `data/fjorarets-nokkeltall.csv`).
enum PrintedFiguresFile {
    static let header = ["kommunenummer", "år", "nøkkel", "navn", "verdi", "enhet", "vist", "status"]

    /// The file: UTF-8 with a byte order mark (so Excel reads æøå), `;`-separated, a point as the decimal mark in
    /// `verdi` (for machines) and the figure exactly as printed in `vist`.
    static func csv(_ figures: [PrintedFigure], units: [String: FigureUnit]) -> String {
        var lines = [header.joined(separator: ";")]
        for figure in figures {
            let cells = [figure.unit, String(figure.year), figure.key, spreadsheetSafe(figure.name), figure.value.map(number) ?? "",
                         units[figure.key].map(unitName) ?? "", spreadsheetSafe(figure.text), figure.status.rawValue]
            lines.append(cells.map(quoted).joined(separator: ";"))
        }
        return "\u{FEFF}" + lines.joined(separator: "\n") + "\n"
    }

    /// A value with up to four decimals and a point, without trailing zeros.
    static func number(_ value: Double) -> String {
        guard value.isFinite else { return "" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text
    }

    static func unitName(_ unit: FigureUnit) -> String {
        switch unit {
        case .count: return "antall"
        case .percent: return "prosent"
        case .kroner: return "kroner"
        case .perThousand: return "per1000"
        case .fte: return "årsverk"
        case .score: return "skår"
        case .credits: return "studiepoeng"
        case .ratio: return "forhold"
        }
    }

    /// A cell a spreadsheet would take for a formula (`=`, `+`, `-`, `@` first) gets a leading apostrophe.
    static func spreadsheetSafe(_ text: String) -> String {
        guard let first = text.first, "=+-@".contains(first) else { return text }
        return "'" + text
    }

    static func quoted(_ cell: String) -> String {
        guard cell.contains(where: { $0 == ";" || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return cell }
        return "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}

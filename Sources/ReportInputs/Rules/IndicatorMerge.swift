import Foundation
import ReportModel
import SourceText

/// Joins the figures a leader typed in `indikatorer.csv` with those imported from SSB's statistics bank, one
/// row per indicator, year and level.
///
/// - Two downloads with the same figure: one is kept. Different figures: the final one wins over a preliminary
///   one, then the newer download (JSON-stat's update time); a warning names both files and values.
/// - A typed figure and an imported one: equal is fine, and the imported row is kept with the typed `teller`,
///   `nevner` and `merknad` (SSB's downloads have none). Different: SSB's figure is used (it is the official one,
///   and the one that is replaced with final figures by downloading again), with a warning naming both files and
///   both values. A figure SSB withholds (`:`) replaces a typed number the same way: it is never shown as a number.
///   A typed row left empty takes SSB's figure without a warning.
enum IndicatorMerge {
    /// Where a typed row's value stands, and its line for the excerpt.
    struct Place: Hashable {
        var location: SourceLocation
        var excerpt: String?
    }

    static func merge(typed: [IndicatorRow], typedFile: String, places: [String: Place],
                      imported: [ImportedIndicator]) -> (rows: [IndicatorRow], diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var chosen: [String: ImportedIndicator] = [:]
        var order: [String] = []
        for candidate in imported {
            let key = key(candidate.row)
            guard let current = chosen[key] else {
                chosen[key] = candidate
                order.append(key)
                continue
            }
            let (winner, loser) = preferred(current, candidate)
            chosen[key] = winner
            if !sameFigure(winner.row, loser.row) {
                let figures = pair(winner.row, usedFile: winner.location.file, other: loser.row, otherFile: loser.location.file)
                diagnostics.append(InputMessage.importedTwice(figures).diagnostic(at: loser.location))
            }
        }
        var rows: [IndicatorRow] = []
        var used = Set<String>()
        for row in typed {
            let key = key(row)
            guard let fromSSB = chosen[key] else {
                rows.append(row)
                continue
            }
            used.insert(key)
            var merged = fromSSB.row
            if row.value != nil, !sameFigure(row, fromSSB.row) {
                let figures = pair(fromSSB.row, usedFile: fromSSB.location.file, other: row, otherFile: typedFile)
                let place = places[key] ?? Place(location: SourceLocation(file: typedFile, line: 1, column: 1), excerpt: nil)
                diagnostics.append(InputMessage.importedDisagrees(figures).diagnostic(at: place.location, excerpt: place.excerpt))
            } else if row.value != nil {
                merged.numerator = row.numerator
                merged.denominator = row.denominator
                merged.provenance.note = merged.provenance.note ?? row.provenance.note
            }
            rows.append(merged)
        }
        for key in order where !used.contains(key) {
            if let row = chosen[key]?.row { rows.append(row) }
        }
        return (rows, diagnostics)
    }

    /// `indikator|år|nivå` (and `|kommune` in a shared service), the key `indikatorer.csv` is unique on.
    static func key(_ row: IndicatorRow) -> String {
        "\(row.id)|\(row.year)|\(row.level.rawValue)" + (row.municipality.map { "|\($0)" } ?? "")
    }

    /// Final before preliminary, then the newer download, then the first read.
    static func preferred(_ first: ImportedIndicator, _ second: ImportedIndicator) -> (ImportedIndicator, ImportedIndicator) {
        if first.row.provenance.status != second.row.provenance.status {
            return first.row.provenance.status == .final ? (first, second) : (second, first)
        }
        if let a = first.updated, let b = second.updated, b > a { return (second, first) }
        return (first, second)
    }

    /// The same number (to a millionth, so 4,4 typed is SSB's 4.4), or both without one.
    static func sameFigure(_ a: IndicatorRow, _ b: IndicatorRow) -> Bool {
        switch (a.value, b.value) {
        case (nil, nil): return true
        case let (x?, y?): return abs(x - y) <= 0.000_001 * max(1, abs(y))
        default: return false
        }
    }

    static func pair(_ used: IndicatorRow, usedFile: String, other: IndicatorRow, otherFile: String) -> InputMessage.ImportedFigures {
        InputMessage.ImportedFigures(indicator: used.id, year: used.year, level: used.level.rawValue, usedFile: usedFile, usedValue: shown(used),
                                     otherFile: otherFile, otherValue: shown(other))
    }

    /// The value as a message shows it: `4,4`, or SSB's reason for having none.
    static func shown(_ row: IndicatorRow) -> String {
        guard let value = row.value else { return row.provenance.note.map { "ingen verdi (\($0))" } ?? "ingen verdi" }
        let decimals = (0...4).first { abs(value * pow(10, Double($0)) - (value * pow(10, Double($0))).rounded()) < 0.000_001 } ?? 4
        return NorwegianFormat.number(value, decimals: decimals)
    }
}

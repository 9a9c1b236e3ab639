import Mustache
import ReportModel

/// A figure as templates see it: `{{x}}` prints its text (`12,5 %`, `<5`, `mangler`), and members
/// tell its state. There is no member that prints a hidden number.
struct FigureValue: TemplateRenderable {
    let figure: Figure
    let phrases: Phrasebook

    var text: String { figure.text(phrases) }
    var isTruthy: Bool { figure.state != .missing }

    func member(_ key: String) -> TemplateValue? {
        switch key {
        case "tekst": return .string(figure.text(phrases))
        case "tall": return .string(figure.numberText(phrases))
        case "vist": return .bool(figure.isShown)
        case "skjult": return .bool(figure.isProtected)
        case "mangler": return .bool(figure.state == .missing)
        case "foreløpig": return .bool(figure.isPreliminary && figure.state != .missing)
        case "år": return figure.year.map { .int($0) } ?? .null
        case "kilde": return .string(figure.provenance.source.isEmpty ? phrases.computedSource : figure.provenance.source)
        default: return nil
        }
    }
}

extension TemplateValue {
    /// A figure for a template.
    static func figure(_ figure: Figure, _ phrases: Phrasebook) -> TemplateValue { .custom(FigureValue(figure: figure, phrases: phrases)) }

    /// A string, or null when nil or empty (so `{{#x}}` skips it).
    static func text(_ value: String?) -> TemplateValue {
        guard let value, !value.isEmpty else { return .null }
        return .string(value)
    }
}

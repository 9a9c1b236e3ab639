import Mustache
import ReportModel

/// A figure as templates see it: `{{x}}` prints its text (`12,5 %`, `<5`, `mangler`), and members
/// tell its state. There is no member that prints a hidden number.
struct FigureValue: TemplateRenderable {
    let figure: Figure
    let phrases: Phrasebook

    /// The figure as its table cell writes it (`95,0 %`, `11,0*`): one figure, one way of writing it,
    /// with the mark of a preliminary figure, also when it is worked out from one.
    var text: String { figure.fixedText(phrases) + (figure.isPreliminary && figure.state != .missing ? "*" : "") }
    var isTruthy: Bool { figure.state != .missing }

    func member(_ key: String) -> TemplateValue? {
        switch key {
        case "tekst": return .string(figure.fixedText(phrases))
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

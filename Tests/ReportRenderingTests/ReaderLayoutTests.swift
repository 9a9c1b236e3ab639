import Foundation
import Mustache
import ReportModel
@testable import ReportRendering
import Testing

/// Issue 12: the report as a council member reads it. Numbered headings, tables that fit, a source and
/// the data's notes under every table, the union representatives' part set apart, and a Markdown file
/// pandoc turns into a Word document with its title and captions.
@Suite struct HeadingNumberingTests {
    @Test func chaptersAndTheirSectionsAreNumberedDeeperHeadingsAreNot() {
        var numbering = HeadingNumbering()
        let first = numbering.number("## Bemanning\n\nTekst.\n\n### Årsverk\n\n#### Detalj\n\n### Turnover\n")
        #expect(first.markdown == "## 1 Bemanning\n\nTekst.\n\n### 1.1 Årsverk\n\n#### Detalj\n\n### 1.2 Turnover\n")
        #expect(first.numbers == [1: "1", 5: "1.1", 9: "1.2"])
        let second = numbering.number("## Økonomi\n\n### Tallene")
        #expect(second.markdown == "## 2 Økonomi\n\n### 2.1 Tallene")
    }

    @Test func theSummaryKeepsItsHeadingsAndTheCountGoesOn() {
        var numbering = HeadingNumbering()
        let summary = numbering.number("## Kort oppsummering\n\n### Hovedfunn", numbered: false)
        #expect(summary.markdown == "## Kort oppsummering\n\n### Hovedfunn")
        #expect(summary.numbers.isEmpty)
        #expect(numbering.number("## Leseveiledning").markdown == "## 1 Leseveiledning")
    }

    @Test func theMarkdownFileHasChaptersAtLevelOne() {
        var numbering = HeadingNumbering()
        let numbered = numbering.number("## Vedlegg\n\n### Kilder\n\n#### Mer\n", raise: 1)
        #expect(numbered.markdown == "# 1 Vedlegg\n\n## 1.1 Kilder\n\n### Mer\n")
    }

    @Test func anAuthorsOwnNumberGivesWayToOurs() {
        var numbering = HeadingNumbering()
        let numbered = numbering.number("## Utfordringer\n\n### 1. Bemanning\n\n### 2) Kompetanse\n\n### 2031: kravet\n\n### 1.\n")
        #expect(numbered.markdown == "## 1 Utfordringer\n\n### 1.1 Bemanning\n\n### 1.2 Kompetanse\n\n### 1.3 2031: kravet\n\n### 1.4 1.\n")
    }

    @Test func setextHeadingsBecomeNumberedATXAndQuotedHeadingsStayAsWritten() {
        var numbering = HeadingNumbering()
        let numbered = numbering.number("Kapittel\nto linjer\n---\n\n> ### Sitat\n")
        #expect(numbered.markdown == "## 1 Kapittel to linjer\n\n> ### Sitat\n")
    }

    @Test func theIdComesFromTheTextWithoutItsNumber() {
        #expect(HeadingNumbering.unnumbered("4.2 Turnover", number: "4.2") == "Turnover")
        #expect(HeadingNumbering.unnumbered("4.2 Turnover", number: nil) == "4.2 Turnover")
        #expect(HeadingNumbering.unnumbered("Turnover", number: "4.2") == "Turnover")
    }

    @Test func onlyRealHeadingLinesAreHeadings() {
        #expect(HeadingNumbering.isATX("## Tittel"))
        #expect(HeadingNumbering.isATX("   #"))
        #expect(!HeadingNumbering.isATX("#emneknagg"))
        #expect(!HeadingNumbering.isATX("    # kode"))
        #expect(!HeadingNumbering.isATX("####### sju"))
    }

    /// pandoc reads a `#` line straight after a paragraph or a list as part of it.
    @Test func aHeadingGetsABlankLineBeforeItInTheMarkdownFile() {
        let text = "*Merknad: x.*\n### Neste\n- punkt\n## Kapittel\n```\ntekst\n# ikke en overskrift\n```\n"
        #expect(ReportAssembler.collapsingBlankLines(text) == "*Merknad: x.*\n\n### Neste\n- punkt\n\n## Kapittel\n```\ntekst\n# ikke en overskrift\n```\n")
    }
}

@Suite struct ReaderTableTests {
    let rule = Suppression()
    let nb = Phrasebook(.bokmål)
    let preliminary = Provenance(source: "KOSTRA", status: .preliminary)

    func indicatorRows(_ id: String, _ level: IndicatorLevel, _ values: [(Int, Double?)], note: String? = nil) -> [IndicatorRow] {
        values.map { year, value in
            IndicatorRow(id: id, year: year, level: level, value: value, numerator: nil, denominator: nil,
                         provenance: Provenance(source: level == .county ? "Statsforvalteren" : "KOSTRA", status: year == 2025 ? .preliminary : .final,
                                                note: value == nil ? note : nil))
        }
    }

    func table(_ rows: [IndicatorRow]) throws -> DataTable {
        var data = ReportData(settings: Repository.settings())
        data.indicators = rows
        let views = ViewBuilder(report: ComputedReport(data: data), order: ["tilstand"])
        let series = try #require(views.report.indicator("meldinger_innen_frist_andel"))
        let counts = views.report.indicator("meldinger").map { [$0] } ?? []
        return views.indicatorTable("Meldinger", counts + [series])
    }

    @Test func aPhoneGetsOneCardPerRowWithTheLatestYearAndItsComparisonsFirst() throws {
        let years = [(2024, 97.0), (2025, 98.8)].map { ($0.0, Optional($0.1)) }
        let table = try table(indicatorRows("meldinger_innen_frist_andel", .municipality, years)
            + indicatorRows("meldinger_innen_frist_andel", .kostraGroup, years) + indicatorRows("meldinger_innen_frist_andel", .country, years))
        #expect(table.columns == ["2024", "2025", "KOSTRA-gruppe 1 2025", "Landet 2025"])
        #expect(table.keyColumns == [1, 2, 3])
        let html = table.html(id: "t")
        #expect(html.hasPrefix("<div class=\"tabell figurer kort\">\n<table>"))
        #expect(html.contains("<td class=\"tall eldre\"><span class=\"etikett\" aria-hidden=\"true\">2024</span>97,0\u{00A0}%</td>"))
        #expect(html.contains("<td class=\"tall\"><span class=\"etikett\" aria-hidden=\"true\">Landet 2025</span>98,8\u{00A0}%<span class=\"merke\" title=\"foreløpig tall\">*</span></td>"))
        // A table that fits is no tab stop and no landmark, and is never labelled just «Tabell».
        #expect(!html.contains("tabindex"))
        #expect(!html.contains("role=\"region\""))
        #expect(!html.contains("aria-label=\"Tabell\""))
    }

    @Test func theCountyIsAColumnOnlyWhereTheDataGivesIt() throws {
        let years: [(Int, Double?)] = [(2025, 98.8)]
        let without = try table(indicatorRows("meldinger_innen_frist_andel", .municipality, years))
        #expect(without.columns == ["2025", "KOSTRA-gruppe 1 2025", "Landet 2025"])
        let with = try table(indicatorRows("meldinger_innen_frist_andel", .municipality, years) + indicatorRows("meldinger_innen_frist_andel", .county, [(2025, 97.5)]))
        #expect(with.columns == ["2025", "KOSTRA-gruppe 1 2025", "Fylket 2025", "Landet 2025"])
        #expect(with.rows[0].cells[2].text == "97,5\u{00A0}%")
        #expect(with.sourceLine == "Kilde: KOSTRA og Statsforvalteren; tallene for 2025 er foreløpige (*).")
    }

    /// Issue 12: «mangler» stood in the KOSTRA and Landet columns of counts, where no comparison applies.
    @Test func aCountSaysDashWhereNoComparisonApplies() throws {
        let table = try table(indicatorRows("meldinger", .municipality, [(2025, 402)]) + indicatorRows("meldinger_innen_frist_andel", .municipality, [(2025, 98.8)]))
        #expect(table.rows[0].cells.map(\.text) == ["402", "–", "–"])
        #expect(table.rows[1].cells.map(\.text) == ["98,8\u{00A0}%", "mangler", "mangler"])
        let markdown = table.markdown()
        #expect(markdown.contains("| Meldinger mottatt | 402\\* | – | – |"))
        #expect(markdown.contains("«–»: antall sammenlignes ikke med andre kommuner, fordi antallet følger kommunens størrelse."))
    }

    /// Issue 12: the `merknad` column was read but never printed.
    @Test func theDatasOwnNoteIsANumberedNoteUnderTheTable() throws {
        let table = try table(indicatorRows("meldinger_innen_frist_andel", .municipality, [(2025, 98.8)])
            + indicatorRows("meldinger_innen_frist_andel", .kostraGroup, [(2025, nil)], note: "Ikke publisert ennå"))
        let markdown = table.markdown()
        #expect(markdown.contains("| Andel meldinger gjennomgått innen én uke | 98,8 %\\* | mangler¹ | mangler |".replacingOccurrences(of: " %", with: "\u{00A0}%")))
        #expect(markdown.contains("\n¹ Ikke publisert ennå.\n"))
        let html = table.html(id: "t")
        #expect(html.contains("mangler<sup class=\"fotnote\"><span class=\"visuelt-skjult\">merknad </span>1</sup>"))
        #expect(html.contains("<p class=\"tabellnote\"><sup>1</sup> Ikke publisert ennå.</p>"))
    }

    /// pandoc recognises «Table: …» after a table as its caption; the notes and the source follow.
    @Test func theMarkdownTableHasAPandocCaptionThenItsNotesAndSource() {
        let table = DataTable(caption: "Avvik per kategori", corner: "Kategori", columns: ["2025"],
                              rows: [DataTable.Row(header: "Fristbrudd", cells: [.figure(rule.count(2, year: 2025), nb)])], threshold: 5,
                              phrases: nb, source: "kommunens avvikssystem")
        #expect(table.markdown() == """
            | Kategori | 2025 |
            |:--|--:|
            | Fristbrudd | <5 |

            Table: Avvik per kategori

            «<5»: et antall fra 1 til 4, som ikke vises slik at ingen kan kjennes igjen.

            Kilde: kommunens avvikssystem.

            """)
        // Two columns fit a phone as they are: no card.
        #expect(table.html(id: "t").hasPrefix("<div class=\"tabell figurer\">"))
        #expect(table.html(id: "t").contains("<p class=\"kilde\">Kilde: kommunens avvikssystem.</p>"))
    }

    @Test func aShareCarriesItsNumberOfAnswersAsADetailThatMayWrap() {
        var cell = DataTable.Cell.figure(rule.value(88.9, .percent, year: 2025), nb)
        cell.detail = "(18)"
        let table = DataTable(caption: "c", corner: "", columns: ["S01", "S02", "S03"], rows: [DataTable.Row(header: "Skole", cells: [cell, cell, cell])], threshold: 5, phrases: nb)
        #expect(table.html(id: "t").contains("<td class=\"tall har-detalj\"><span class=\"etikett\" aria-hidden=\"true\">S01</span>88,9\u{00A0}% <span class=\"detalj\">(18)</span></td>"))
        #expect(table.markdown().contains("| Skole | 88,9\u{00A0}% (18) |"))
    }
}

@Suite struct ReaderPageTests {
    func sample() throws -> RenderedReport {
        let (report, order) = try Repository.sampleReport()
        return try #require(ReportAssembler(templates: Repository.builtIn).render(report, order: order).0)
    }

    /// pandoc takes the title from the metadata block and the language from `lang`; chapters are level 1.
    @Test func theMarkdownStartsWithATitleBlockPandocReads() throws {
        let markdown = try sample().markdown
        #expect(markdown.hasPrefix("""
            ---
            lang: nb-NO
            title: |
              Tilstandsrapport for barneverntjenesten 2025
            subtitle: |
              Fjordvik kommune – UTKAST
            author:
              - |
                Kari Aasland Nygård (barnevernleder)
            """))
        #expect(markdown.components(separatedBy: "\nlang: ").count == 2)
        #expect(markdown.contains("\n# Kort oppsummering\n"))
        #expect(markdown.contains("\n# 1 Leseveiledning\n"))
        #expect(markdown.contains("\n## 1.1 Slik er rapporten bygget opp\n"))
        #expect(!markdown.contains("\n# Tilstandsrapport"))
    }

    @Test func everyChartLeavesItsTableInTheMarkdown() throws {
        let report = try sample()
        let charts = report.html.components(separatedBy: "<figure class=\"diagram\">").count - 1
        #expect(charts == 8)
        for title in ["Besatte årsverk per rolle, 2021–2025", "Andel meldinger gjennomgått innen én uke, 2021–2025",
                      "Netto driftsutgifter til barnevern per innbygger 0–17 år, 2021–2025"] {
            #expect(report.markdown.contains("\nTable: \(title)\n"), "\(title)")
        }
    }

    /// Issue 12: the union representatives' headings sat at the level of the service's own, and nobody could tell where their text ended.
    @Test func theUnionRepresentativesPartIsFramedWithTheirHeadingsUnderTheirTitle() throws {
        let report = try sample()
        let start = try #require(report.html.range(of: "<section class=\"ramme tillitsvalgte\">\n<h3 id=\"de-tillitsvalgtes-vurdering\">4.6 De tillitsvalgtes vurdering</h3>\n<p><em>Skrevet av de tillitsvalgte: Marte Vik Sunde"))
        let end = try #require(report.html.range(of: "</section>", range: start.upperBound..<report.html.endIndex))
        let inside = report.html[start.upperBound..<end.lowerBound]
        #expect(inside.contains("<h4 id=\"arbeidsbelastningen\">Arbeidsbelastningen</h4>"))
        #expect(inside.contains("<h4 id=\"oppsummert\">Oppsummert</h4>"))
        #expect(!inside.contains("<h3"))
        #expect(report.markdown.contains("\n* * *\n\n## 4.6 De tillitsvalgtes vurdering\n\n*Skrevet av de tillitsvalgte: Marte Vik Sunde"))
        #expect(report.markdown.contains("\n### Arbeidsbelastningen\n"))
        #expect(report.markdown.contains("videreutdanning.\n\n* * *\n\n# 5 Tilstand og kvalitet i tjenesten"))
    }

    @Test func theContentsListChaptersWithTheirNumbersAndSectionsOnDemand() throws {
        let html = try sample().html
        let nav = try #require(html.range(of: "<nav class=\"innholdsfortegnelse\""))
        let navEnd = try #require(html.range(of: "</nav>", range: nav.upperBound..<html.endIndex))
        let contents = html[nav.upperBound..<navEnd.lowerBound]
        #expect(contents.contains("<li><a href=\"#kort-oppsummering\">Kort oppsummering</a>"))
        #expect(contents.contains("<li><span class=\"nr\">4</span> <a href=\"#bemanning-og-kompetanse\">Bemanning og kompetanse</a>\n<details><summary>6 avsnitt<span class=\"visuelt-skjult\"> i Bemanning og kompetanse</span></summary>"))
        #expect(contents.contains("<li><span class=\"nr\">4.6</span> <a href=\"#de-tillitsvalgtes-vurdering\">De tillitsvalgtes vurdering</a></li>"))
        #expect(!contents.contains("arbeidsbelastningen"))
        #expect(contents.contains("<span class=\"nr\">11</span> <a href=\"#innsatsområder-og-tiltak\">Innsatsområder og tiltak</a> <span class=\"kapittelstatus\">(ikke godkjent: til gjennomlesing)</span>"))
        // A way back from every chapter, and from the colophon after them.
        let back = html.components(separatedBy: "<p class=\"til-innhold\"><a href=\"#innholdsfortegnelse\">Til innholdsfortegnelsen</a></p>").count - 1
        #expect(back == 13)
        #expect(contents.contains("<li><a href=\"#ansvar-og-godkjenning\">Ansvar og godkjenning</a></li>"))
    }

    @Test func paperHasARunningHeaderAndTheDraftMarkOnEveryPage() throws {
        let html = try sample().html
        #expect(html.contains("@page { @top-left { content: \"Fjordvik\\000020kommune\\000020\\0000b7\\000020Tilstandsrapport\\000020for\\000020barneverntjenesten\\0000202025\"; } }"))
        #expect(html.contains("@page { @top-right { content: \"UTKAST\"; } }"))
        #expect(html.contains("@bottom-right { content: \"Side \" counter(page) \" av \" counter(pages);"))
    }

    @Test func aValueInTheRunningHeaderCannotLeaveItsString() {
        let css = HTMLPage.cssString("Ås\"; } </style><script>x</script> \\ \n")
        #expect(css == "\"Ås\\000022\\00003b\\000020\\00007d\\000020\\00003c\\00002fstyle\\00003e\\00003cscript\\00003ex\\00003c\\00002fscript\\00003e\\000020\\00005c\\000020\\00000a\"")
    }

    @Test func keyFiguresAreWrittenAsTheirTablesWriteThem() throws {
        let markdown = try sample().markdown
        #expect(markdown.contains("- **95,0\u{00A0}%\\*** andel undersøkelser avsluttet innen fristen (opp 4,0 prosentpoeng fra 2024)"))
        #expect(markdown.contains("\\*: foreløpig tall."))
    }
}

@Suite struct DerivedFigureTests {
    /// Issue 12: «11,0 barn per saksbehandlerårsverk» was worked out from a preliminary count but carried no *.
    @Test func aRatioWorkedOutFromAPreliminaryCountIsMarkedPreliminary() {
        var data = ReportData(settings: Repository.settings())
        data.staffing = [StaffingRow(year: 2025, role: .caseworker, budgeted: 10, filled: 10, vacant: 0, temporary: 0, bachelor: 5, master: 5, meetsRequirement: 5)]
        data.indicators = [IndicatorRow(id: "barn_med_tiltak", year: 2025, level: .municipality, value: 110, numerator: nil, denominator: nil,
                                        provenance: Provenance(source: "KOSTRA", status: .preliminary)),
                           IndicatorRow(id: "innbyggere_0_17", year: 2025, level: .municipality, value: 2000, numerator: nil, denominator: nil,
                                        provenance: Provenance(source: "SSB", status: .final))]
        var views = ViewBuilder(report: ComputedReport(data: data), order: ["bemanning"])
        let context = views.context(for: "bemanning")
        #expect(context.member("barn_per_saksbehandler")?.text == "11,0*")
        #expect(context.member("per_1000_barn")?.text == "5,0")
    }
}

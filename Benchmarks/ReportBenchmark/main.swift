// Times `build` on the sample project and on a generated big-city project, with peak memory.
// Run: swift run -c release ReportBenchmark
import EmbeddedResources
import Foundation
import ReportBuilding
import ReportInputs
import ReportModel

let pipeline = ReportBuilder()

func peakMemoryMB() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024 // kilobytes on Linux
}

func write(_ text: String, _ path: URL) {
    try? FileManager.default.createDirectory(at: path.deletingLastPathComponent(), withIntermediateDirectories: true)
    try? Data(text.utf8).write(to: path)
}

/// A sample project copied out of the binary: the municipality (`SampleData/`), or a sample in a folder of it
/// (`samarbeid/`: one service for three councils).
func sampleProject(_ folder: String = "") -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tilstandsrapport-bench-sample-\(folder.isEmpty ? "" : "samarbeid-")\(getpid())")
    let prefix = "SampleData/" + folder
    for file in EmbeddedResources.files(under: prefix) {
        let path = String(file.path.dropFirst(prefix.count))
        // The other samples live in folders of the municipality's.
        if folder.isEmpty, path.hasPrefix("nn/") || path.hasPrefix("samarbeid/") { continue }
        write(String(decoding: file.bytes, as: UTF8.self), root.appendingPathComponent(path))
    }
    return root
}

/// A big city: ten years, 50 indicators at four levels, 5 000 survey responses, a 100-page chapter text.
func bigProject(from sample: URL) -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tilstandsrapport-bench-big-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    try? FileManager.default.copyItem(at: sample, to: root)
    let years = 2016...2025
    var staffing = "år;rolle;hjemlede_årsverk;besatte_årsverk;ledige_årsverk;midlertidige_årsverk;bachelor_årsverk;master_årsverk;kompetansekrav_årsverk\n"
    var personnel = "år;ansatte_snitt;avganger;nytilsatte;sykefravær_prosent;korttid_prosent;langtid_prosent;videreutdanning_studiepoeng\n"
    for year in years {
        let step = Double(year - 2016)
        for (role, size) in [("leder", 24.0), ("saksbehandler", 310.0), ("tiltak", 120.0), ("merkantil", 30.0)] {
            let filled = size + step * 3
            staffing += "\(year);\(role);\(filled + 6);\(filled);6;4;\(filled * 0.6);\(filled * 0.2);\(filled * 0.5)\n".replacingOccurrences(of: ".", with: ",")
        }
        personnel += "\(year);\(500 + Int(step) * 5);\(60 + Int(step));\(70 + Int(step));10,5;3,5;7,0;\(400 + Int(step) * 20)\n"
    }
    write(staffing, root.appendingPathComponent("data/bemanning.csv"))
    write(personnel, root.appendingPathComponent("data/personale.csv"))
    var indicators = "indikator;år;nivå;verdi;enhet;teller;nevner;kilde;status;merknad\n"
    let catalogue: [(String, String, Double)] = [
        ("innbyggere_0_17", "antall", 130_000), ("meldinger", "antall", 6000), ("meldinger_henlagt_andel", "prosent", 20),
        ("meldinger_innen_frist_andel", "prosent", 97), ("undersokelser", "antall", 4500), ("undersokelser_innen_frist_andel", "prosent", 88),
        ("undersokelser_henlagt_andel", "prosent", 55), ("barn_med_undersokelse_andel", "prosent", 4), ("barn_med_tiltak", "antall", 4200),
        ("barn_med_tiltak_andel", "prosent", 3.5), ("barn_med_hjelpetiltak", "antall", 2100), ("barn_med_omsorgstiltak", "antall", 800),
        ("barn_i_fosterhjem", "antall", 700), ("barn_i_institusjon", "antall", 60), ("tiltaksplan_andel", "prosent", 90),
        ("omsorgsplan_andel", "prosent", 95), ("tilsynsbesok_andel", "prosent", 91), ("fylkesnemnd_saker", "antall", 120),
        ("netto_driftsutgifter_per_barn", "kroner", 14000), ("brutto_f244_per_barn", "kroner", 55000), ("andel_f251", "prosent", 19),
    ]
    for (id, unit, base) in catalogue {
        for year in years {
            for (level, factor) in [("kommune", 1.0), ("kostragruppe", 0.97), ("fylke", 1.02), ("land", 0.99)] {
                let value = unit == "antall" ? String(Int(base * factor) + year - 2016) : String(format: "%.1f", base * factor).replacingOccurrences(of: ".", with: ",")
                indicators += "\(id);\(year);\(level);\(value);\(unit);;;KOSTRA;\(year == 2025 ? "foreløpig" : "endelig");\n"
            }
        }
    }
    // 29 indicators of the city's own, so that there are 50 in all.
    var ownCatalogue = "id;navn;enhet;retning\n"
    for number in 1...29 {
        let id = "egen_indikator_\(number)"
        ownCatalogue += "\(id);Egen indikator \(number);prosent;høyere er bedre\n"
        for year in years {
            for level in ["kommune", "kostragruppe", "fylke", "land"] {
                indicators += "\(id);\(year);\(level);\(50 + number % 7 + year % 5),5;prosent;;;internt;endelig;\n"
            }
        }
    }
    write(ownCatalogue, root.appendingPathComponent("data/indikator-katalog.csv"))
    write(indicators, root.appendingPathComponent("data/indikatorer.csv"))
    let statements = ["Det er lett å komme i kontakt med barneverntjenesten.", "Jeg vet hvordan og når jeg skal sende en bekymringsmelding til barneverntjenesten.",
                      "Jeg får tilbakemelding fra barneverntjenesten etter at jeg har sendt en bekymringsmelding.", "Jeg kan drøfte saker anonymt med barneverntjenesten.",
                      "Samarbeidet om barn som har tiltak fra barneverntjenesten, fungerer godt.", "Informasjonsdelingen mellom oss og barneverntjenesten oppleves trygg for barnet.",
                      "Vi samarbeider godt med barneverntjenesten om forebyggende arbeid.", "Alt i alt er jeg fornøyd med samarbeidet med barneverntjenesten."]
    let answers = ["Helt enig", "Delvis enig", "Verken enig eller uenig", "Delvis uenig", "Helt uenig", "Vet ikke"]
    let sectors = ["Skole", "Barnehage", "Helsestasjon og skolehelsetjeneste", "NAV", "Politi", "Fastlege", "BUP", "PPT"]
    let questionsText = (try? String(contentsOf: root.appendingPathComponent("data/undersokelse-sporsmal.csv"), encoding: .utf8)) ?? ""
    let freeTexts = questionsText.split(whereSeparator: \.isNewline).filter { $0.contains(";fritekst;") }.map { String($0.split(separator: ";")[0]) }
    var survey = "ID;Starttidspunkt;Fullføringstidspunkt;E-post;Navn;Hvilken sektor jobber du i?;Hva er din rolle?;" + statements.joined(separator: ";") + ";" + freeTexts.joined(separator: ";") + "\n"
    for index in 1...5000 {
        let cells = statements.indices.map { answers[(index * 7 + $0 * 3) % answers.count] }
        survey += "\(index);3.11.2025 11:17:30;3.11.2025 11:21:41;anonymous;anonymous;\(sectors[index % sectors.count]);Ansatt;" + cells.joined(separator: ";") + String(repeating: ";Samarbeidet fungerer stort sett godt.", count: freeTexts.count) + "\n"
    }
    write(survey, root.appendingPathComponent("data/undersokelse-svar.csv"))
    var long = "---\ntittel: Tilstand og kvalitet i tjenesten\nansvarlig: Benchmark\nstatus: godkjent\n---\n"
    for page in 1...100 {
        long += "### Side \(page)\n\n" + String(repeating: "Barneverntjenesten har i år arbeidet med *fristene*, med **kvaliteten** i undersøkelsene og med [samarbeid](https://www.bufdir.no/). ", count: 20) + "\n\n- et punkt\n- et punkt til\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n"
    }
    write(long, root.appendingPathComponent("tekster/tilstand.md"))
    return root
}

func time(_ label: String, project: URL, runs: Int, reports: Int = 1) {
    var times: [Double] = []
    var bytes = 0
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        let build = pipeline.build(project: project)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
        if build.diagnostics.contains(where: { $0.isError }) {
            print("\(label): build failed: \(build.diagnostics.filter(\.isError).prefix(3).map(\.message))")
            exit(1)
        }
        bytes = build.files.reduce(0) { $0 + $1.bytes.count }
    }
    times.sort()
    let perReport = reports > 1 ? String(format: " (%.1f ms per report)", times[times.count / 2] / Double(reports)) : ""
    print(String(format: "%@: median %.1f ms%@, fastest %.1f ms over %d runs; %d KB written; peak memory so far %.0f MB",
                 label, times[times.count / 2], perReport, times[0], runs, bytes / 1024, peakMemoryMB()))
}

/// The privacy audit alone (the publication plan and the attacker's search), on data already loaded.
func timePrivacy(_ label: String, project: URL, runs: Int) {
    guard let data = ProjectLoader().load(project).data else {
        print("\(label): the project did not load")
        exit(1)
    }
    var times: [Double] = []
    var hidden: [HiddenCells] = []
    for _ in 0..<runs {
        let start = DispatchTime.now().uptimeNanoseconds
        hidden = ComputedReport.hiddenCells(for: data)
        times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
    }
    times.sort()
    let small = hidden.reduce(0) { $0 + $1.small }, protecting = hidden.reduce(0) { $0 + $1.protecting }
    print(String(format: "%@: privacy audit median %.1f ms, fastest %.1f ms over %d runs; %d small, %d protecting cells",
                 label, times[times.count / 2], times[0], runs, small, protecting))
}

let sample = sampleProject()
let big = bigProject(from: sample)
/// The sample with `count` indicators of the municipality's own (issue 16: 8 000 took 19 s, growing quadratically).
func ownIndicatorProject(from sample: URL, count: Int) -> URL {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("tilstandsrapport-bench-own-\(count)-\(getpid())")
    try? FileManager.default.removeItem(at: root)
    try? FileManager.default.copyItem(at: sample, to: root)
    var catalogue = "id;navn;enhet;retning\n"
    var rows = (try? String(contentsOf: root.appendingPathComponent("data/indikatorer.csv"), encoding: .utf8)) ?? ""
    if !rows.hasSuffix("\n") { rows += "\r\n" }
    for number in 1...count {
        catalogue += "egen_\(number);Egen indikator \(number);prosent;høyere er bedre\n"
        for year in 2024...2025 { rows += "egen_\(number);\(year);kommune;\(40 + number % 50),5;prosent;;;internt;endelig;\r\n" }
    }
    write(catalogue, root.appendingPathComponent("data/indikator-katalog.csv"))
    write(rows, root.appendingPathComponent("data/indikatorer.csv"))
    return root
}

print("Report benchmark (release). Goal: sample < 50 ms, big city < 1 s, privacy audit of the big city < 50 ms, "
      + "three-council service < 100 ms per report.")
time("sample (Fjordvik, 5 years)", project: sample, runs: 20)
let service = sampleProject("samarbeid/")
time("three-council service (Fjordvik hosts Li and Vang: 3 council reports and the whole service's)", project: service, runs: 20, reports: 4)
timePrivacy("three-council service", project: service, runs: 20)
try? FileManager.default.removeItem(at: service)
time("big city (10 years, 50 indicators, 5 000 survey responses, 100-page text)", project: big, runs: 5)
timePrivacy("sample", project: sample, runs: 20)
timePrivacy("big city", project: big, runs: 5)
// Linear growth: 8 000 own indicators should take about four times as long as 2 000.
for count in [2000, 8000] {
    let own = ownIndicatorProject(from: sample, count: count)
    time("\(count) own indicators", project: own, runs: 3)
    try? FileManager.default.removeItem(at: own)
}
try? FileManager.default.removeItem(at: sample)
try? FileManager.default.removeItem(at: big)

/// The `--help` texts, in Norwegian bokmål.
enum HelpText {
    static let usageLine = "Bruk: tilstandsrapport <kommando> [valg]"

    static let main = """
        tilstandsrapport lager kommunens årlige tilstandsrapport om barnevernet
        (barnevernsloven § 15-3) som Markdown og HTML, fra en rapportmappe.

        \(usageLine)

        Kommandoer:
          init DIR        Lag en ny rapportmappe med eksempelkommunens filer som utgangspunkt.
          build DIR       Kontroller dataene og lag rapporten (Markdown og HTML).
          check DIR       Kontroller dataene uten å skrive noe.
          status DIR      Vis status for hvert kapittel og hva som mangler.
          help KOMMANDO   Vis hjelp for en kommando.

        Valg:
          -h, --help      Vis denne hjelpen.
          --version       Vis versjonsnummeret.

        Eksempler:
          tilstandsrapport init barnevern-2025
          tilstandsrapport status barnevern-2025
          tilstandsrapport build barnevern-2025 --out /tmp/rapport

        Avslutningskoder: 0 fullført, 1 feil i rapportmappen, 2 feil bruk av kommandoen,
        3 kunne ikke skrive (mappen er ikke tom, filen er endret av deg, disken er full …).
        """

    static let initCommand = """
        Bruk: tilstandsrapport init DIR

        Lager rapportmappen DIR med alle filene en rapport trenger, fylt med den fiktive
        eksempelkommunens innhold som du bytter ut med kommunens eget. DIR lages hvis den
        ikke finnes; en mappe som ikke er tom blir ikke brukt. Ingenting blir overskrevet.

        Valg:
          -h, --help      Vis denne hjelpen.

        Eksempel:
          tilstandsrapport init barnevern-2025
        """

    static let buildCommand = """
        Bruk: tilstandsrapport build DIR [--out UTMAPPE]

        Kontrollerer rapportmappen DIR og skriver tilstandsrapport-<år>.md og
        tilstandsrapport-<år>.html. Finnes det feil, skrives ingenting. Filene skrives
        ferdig før de får sitt endelige navn, så et avbrutt bygg etterlater aldri en
        halvskrevet rapport. En fil blir bare overskrevet hvis tilstandsrapport selv
        skrev den og ingen har endret den siden (se UTMAPPE/.tilstandsrapport-utdata).

        Valg:
          -o, --out UTMAPPE   Mappen rapporten skrives til (standard: DIR/rapport).
                              Kan ikke være DIR selv eller ligge i data/, tekster/ eller maler/.
          -h, --help          Vis denne hjelpen.

        Eksempler:
          tilstandsrapport build barnevern-2025
          tilstandsrapport build barnevern-2025 --out /tmp/rapport
        """

    static let checkCommand = """
        Bruk: tilstandsrapport check DIR

        Kontrollerer rapportmappen DIR og viser alle feil og advarsler, uten å skrive noe.
        Avslutter med 0 når det ikke er feil (advarsler alene gir 0), ellers 1.

        Valg:
          -h, --help      Vis denne hjelpen.

        Eksempel:
          tilstandsrapport check barnevern-2025
        """

    static let statusCommand = """
        Bruk: tilstandsrapport status DIR

        Viser hvert kapittel med ansvarlig, status (ikke påbegynt, utkast, til gjennomlesing,
        godkjent) og hva som mangler: tekster, godkjenninger og år uten data.

        Valg:
          -h, --help      Vis denne hjelpen.

        Eksempel:
          tilstandsrapport status barnevern-2025
        """

    static func text(for command: CommandName?) -> String {
        switch command {
        case nil: return main
        case .initialize: return initCommand
        case .build: return buildCommand
        case .check: return checkCommand
        case .status: return statusCommand
        }
    }
}

/// The `--help` texts, in Norwegian bokmål.
enum HelpText {
    static let usageLine = "Bruk: tilstandsrapport <kommando> [valg]"

    static let main = """
        tilstandsrapport lager kommunens årlige tilstandsrapport om barnevernet
        (barnevernsloven § 15-3) som Markdown og HTML, fra en rapportmappe.

        \(usageLine)

        Kommandoer:
          init DIR        Lag en ny, tom rapportmappe (med --eksempel: eksempelkommunen).
          build DIR       Kontroller dataene og lag rapporten (Markdown og HTML).
          check DIR       Kontroller dataene uten å skrive noe.
          status DIR      Vis status for hvert kapittel og hva som mangler.
          help KOMMANDO   Vis hjelp for en kommando.

        Valg:
          -h, --help      Vis denne hjelpen.
          --version       Vis versjonsnummeret.

        Eksempler:
          tilstandsrapport init barnevern-2025
          tilstandsrapport init --eksempel eksempel
          tilstandsrapport status barnevern-2025
          tilstandsrapport build barnevern-2025 --out /tmp/rapport

        Avslutningskoder: 0 fullført, 1 feil i rapportmappen, 2 feil bruk av kommandoen,
        3 kunne ikke skrive (mappen er ikke tom, filen er endret av deg, et annet bygg skriver
        til samme mappe, disken er full …); meldingen sier hvilke filer som ble skrevet.
        """

    static let initCommand = """
        Bruk: tilstandsrapport init DIR [--eksempel] [--målform nb|nn]

        Lager rapportmappen DIR med alle filene en rapport trenger, tomme: hver datafil har
        overskriftsraden og en eksempelrad med # foran, hvert kapittel har status «ikke
        påbegynt» og en kort veiledning om hva det bør inneholde, og innstillingene står
        med forklaring og [ ] der kommunens egne verdier skal inn. En rapport med
        veiledning, plassholdere eller eksempelkommunens navn igjen blir aldri godkjent.
        DIR lages hvis den ikke finnes; en mappe som ikke er tom blir ikke brukt.
        Ingenting blir overskrevet.

        Valg:
          --eksempel      Lag den oppdiktede eksempelkommunen Fjordvik i stedet, med
                          ferdige tall og tekster, for å se hvordan en rapport blir.
          --målform nn    Lag mappen på nynorsk: veiledning og rapport på nynorsk
                          (målform: nn). Standard er nb (bokmål).
          -h, --help      Vis denne hjelpen.

        Eksempler:
          tilstandsrapport init barnevern-2025
          tilstandsrapport init --eksempel eksempel
          tilstandsrapport init --målform nn barnevern-2025
        """

    static let buildCommand = """
        Bruk: tilstandsrapport build DIR [--out UTMAPPE]

        Kontrollerer rapportmappen DIR og skriver tilstandsrapport-<år>.md og
        tilstandsrapport-<år>.html. Finnes det feil, skrives ingenting. Filene skrives
        ferdig før de får sitt endelige navn, så et avbrutt bygg etterlater aldri en
        halvskrevet rapport. En fil blir bare overskrevet hvis tilstandsrapport selv
        skrev den og ingen har endret den siden (se UTMAPPE/.tilstandsrapport-utdata,
        som «sha256sum -c» kan kontrollere). Bare ett bygg om gangen skriver til en
        utmappe; et bygg nummer to venter på det første, eller sier fra og skriver ingenting.

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
        godkjent, kan ikke leses) og hva som mangler: tekster, godkjenninger, år uten data
        og eksempel- eller veiledningstekst som må fjernes. Tabellen tilpasses terminalens
        bredde (COLUMNS); for lange felt kortes av med «…».

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

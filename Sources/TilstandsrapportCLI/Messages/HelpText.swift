/// The `--help` texts, in Norwegian bokmål.
enum HelpText {
    static let usageLine = "Bruk: tilstandsrapport <kommando> [valg]"

    static let main = """
        tilstandsrapport lager kommunens årlige tilstandsrapport om barnevernet
        (barnevernsloven § 15-3) som Markdown og HTML, fra en rapportmappe.

        \(usageLine)

        Kommandoer:
          init DIR        Lag en ny, tom rapportmappe (med --eksempel: eksempelkommunen;
                          med --fra FJORÅRET: neste års mappe laget fra fjorårets).
          build DIR       Kontroller dataene og lag rapporten (Markdown og HTML).
          check DIR       Kontroller dataene uten å skrive noe.
          status DIR      Vis status for hvert kapittel og hva som mangler.
          godkjenn DIR KAPITTEL --av "navn; rolle"
                          Registrer at teksten i et kapittel er godkjent slik den er nå.
          endringer DIR [KAPITTEL]
                          Vis hva som er endret i tekstene siden de ble godkjent.
          help KOMMANDO   Vis hjelp for en kommando.

        Valg:
          -h, --help      Vis denne hjelpen.
          --version       Vis versjonsnummeret.

        Eksempler:
          tilstandsrapport init barnevern-2025
          tilstandsrapport init --eksempel eksempel
          tilstandsrapport status barnevern-2025
          tilstandsrapport build barnevern-2025 --out /tmp/rapport
          tilstandsrapport godkjenn barnevern-2025 okonomi --av "Hanne Solberg; barnevernleder"

        Avslutningskoder: 0 fullført, 1 feil i rapportmappen, 2 feil bruk av kommandoen,
        3 kunne ikke skrive (mappen er ikke tom, filen er endret av deg, et annet bygg skriver
        til samme mappe, disken er full …); meldingen sier hvilke filer som ble skrevet.
        """

    static let initCommand = """
        Bruk: tilstandsrapport init DIR [--eksempel [--samarbeid]] [--målform nb|nn]
               tilstandsrapport init DIR --fra FJORÅRET

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
          --samarbeid     Eksempelet som en oppdiktet barneverntjeneste for tre kommuner
                          (Fjordvik er vertskommune for Li og Vang), som gir én rapport
                          per kommunestyre og én for hele tjenesten.
          --fra FJORÅRET  Lag neste års mappe fra fjorårets rapportmappe: året flyttes ett
                          fram, møtedato og saksnummer tømmes, datafilene beholdes, hvert
                          kapittel blir utkast med en merknad om hva som skal oppdateres,
                          med fjorårets tiltak som skal følges opp. Målformen er fjorårets.
                          Fjorårets mappe endres ikke.
          --målform nn    Lag mappen på nynorsk: veiledning og rapport på nynorsk
                          (målform: nn). Standard er nb (bokmål).
          -h, --help      Vis denne hjelpen.

        Eksempler:
          tilstandsrapport init barnevern-2025
          tilstandsrapport init --eksempel eksempel
          tilstandsrapport init --eksempel --samarbeid vestfjord
          tilstandsrapport init --fra barnevern-2025 barnevern-2026
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

    static let approveCommand = """
        Bruk: tilstandsrapport godkjenn DIR KAPITTEL --av "navn; rolle"

        Registrerer at KAPITTEL (for eksempel «okonomi» eller «bemanning-tillitsvalgte»)
        er godkjent av deg, med teksten akkurat slik den er nå: tittel, forfattere og
        tekst. Godkjenningen legges til nederst i DIR/godkjenninger.txt sammen med
        rapportåret, tidspunktet og en kopi av teksten; ingen tidligere godkjenning
        fjernes. Endres teksten etterpå, er kapitlet «endret etter godkjenning» og
        rapporten et utkast til noen godkjenner på nytt («tilstandsrapport endringer»
        viser hva som er endret). Endringer i «ansvarlig» og «status» krever ikke ny
        godkjenning.

        De tillitsvalgtes tekst (bemanning-tillitsvalgte) kan bare godkjennes av dem
        som står som forfatter i teksten («forfatter: navn; rolle»).

        Valg:
          --av "navn; rolle"   Hvem som godkjenner, med navn og rolle.
          -h, --help           Vis denne hjelpen.

        Avslutter med 0 når godkjenningen er registrert (eller var det fra før),
        1 når den ikke kan registreres (meldingen sier hvorfor), 2 ved feil bruk
        og 3 når godkjenninger.txt ikke kunne skrives.

        Eksempler:
          tilstandsrapport godkjenn barnevern-2025 okonomi --av "Hanne Solberg; barnevernleder"
          tilstandsrapport godkjenn barnevern-2025 bemanning-tillitsvalgte \\
              --av "Marte Vik Sunde; hovedtillitsvalgt, FO"
        """

    static let changesCommand = """
        Bruk: tilstandsrapport endringer DIR [KAPITTEL]

        Viser, avsnitt for avsnitt, hva som er endret i tekstene siden de sist ble
        godkjent med «tilstandsrapport godkjenn»: avsnitt som er lagt til, fjernet
        eller endret, og for et endret avsnitt teksten før og nå og ordene som er
        byttet. Uten KAPITTEL vises alle kapitler med en registrert godkjenning for
        rapportåret. Skriver ingenting.

        Valg:
          -h, --help      Vis denne hjelpen.

        Eksempler:
          tilstandsrapport endringer barnevern-2025
          tilstandsrapport endringer barnevern-2025 bemanning-tillitsvalgte
        """

    static func text(for command: CommandName?) -> String {
        switch command {
        case nil: return main
        case .initialize: return initCommand
        case .build: return buildCommand
        case .check: return checkCommand
        case .status: return statusCommand
        case .approve: return approveCommand
        case .changes: return changesCommand
        }
    }
}

#!/usr/bin/env python3
"""Writes forms-export.xlsx: a Microsoft Forms results download, part by part as Excel writes it.

Excel cannot run here, so the parts follow what Excel 365 writes for a Forms download (checked against
ECMA-376 and Excel-saved files): `[Content_Types].xml` with Defaults for rels/xml and an Override per part,
`_rels/.rels` with the officeDocument, core and extended-properties relationships, `xl/workbook.xml` with
`<fileVersion appName="xl">`, `<workbookPr defaultThemeVersion=...>` and one sheet «Form1»,
`xl/_rels/workbook.xml.rels` (worksheet, theme, styles, sharedStrings), `xl/styles.xml` whose cellXfs
index 1 has numFmtId 22 (the built-in «m/d/yyyy h:mm» that Norwegian Excel shows as dd.mm.yyyy hh:mm)
with applyNumberFormat="1", `xl/sharedStrings.xml` with count/uniqueCount, and
`xl/worksheets/sheet1.xml` with `<dimension>`, `<sheetViews>`, `<sheetFormatPr x14ac:dyDescent>`,
`<cols>`, rows with `spans="1:12"` and `x14ac:dyDescent`, every text as `t="s"`, IDs as numbers and
the two timestamps as serial numbers with `s="1"`. Every XML part starts with
`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` and CRLF, as Excel writes it.

Columns as Forms downloads them: ID, Start time, Completion time, Email, Name, then one column per
question (answers as text). The free-text answer in row 4 has a line break typed in Forms, which Excel
keeps as `_x000D_` plus a line feed; a leading space in row 5 is kept with xml:space="preserve".

Run from the repository root: python3 Tests/SpreadsheetTests/Fixtures/make-forms-fixture.py

With `--sample`, it writes the same kind of download for the sample project's 60 responses instead
(Tests/ReportInputsTests/Fixtures/forms/undersokelse-svar.xlsx, from SampleData/data/undersokelse-svar.csv,
which is that download saved as CSV): the Norwegian column names Forms uses for a Norwegian form, IDs as
numbers, timestamps as serial numbers, empty answers as absent cells.
"""
import csv
import datetime
import os
import sys
import zipfile

HERE = os.path.dirname(os.path.abspath(__file__))
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

HEADER = ["ID", "Start time", "Completion time", "Email", "Name", "Hvilken sektor jobber du i?", "Hva er din rolle?",
          "Det er lett å komme i kontakt med barneverntjenesten.",
          "Jeg vet hvordan og når jeg skal sende en bekymringsmelding til barneverntjenesten.",
          "Alt i alt er jeg fornøyd med samarbeidet med barneverntjenesten.",
          "Hva fungerer godt i samarbeidet med barneverntjenesten?", "Hva bør bli bedre?"]

ROWS = [
    [1, (2025, 11, 3, 11, 17, 30), (2025, 11, 3, 11, 21, 41), "anonymous", "anonymous", "Barnehage", "Ansatt",
     "Verken enig eller uenig", "Delvis enig", "Delvis enig", None, None],
    [2, (2025, 11, 3, 12, 3, 32), (2025, 11, 3, 12, 11, 17), "anonymous", "anonymous", "NAV", "Ansatt",
     "Verken enig eller uenig", "Delvis enig", "Delvis enig",
     "Ansvarsgruppene fungerer bra. Barnevernet møter opp og følger opp det som avtales.", None],
    [3, (2025, 11, 3, 13, 18, 29), (2025, 11, 3, 13, 25, 42), "anonymous", "anonymous", "Barnehage", "Leder",
     "Delvis enig", "Delvis enig", "Verken enig eller uenig",
     "Fast kontaktperson for oss i barnehagen gjør det enkelt å ta kontakt tidlig.", "Raskere tilbakemelding_x000D_\netter melding."],
    [4, (2025, 11, 4, 8, 2, 5), (2025, 11, 4, 8, 9, 59), "anonymous", "anonymous", "Skole", "Ansatt",
     "Helt enig", "Helt enig", "Delvis enig", None, " Tilbakemelding etter melding; det tar tid & mer enn <2> uker."],
]


def serial(parts):
    moment = datetime.datetime(*parts)
    delta = moment - datetime.datetime(1899, 12, 30)
    return delta.days + delta.seconds / 86400


def column(index):
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(65 + remainder) + name
    return name


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def main(header=HEADER, rows=ROWS, output=os.path.join(HERE, "forms-export.xlsx")):
    strings = []
    count = 0

    def shared(text):
        nonlocal count
        count += 1
        if text not in strings:
            strings.append(text)
        return strings.index(text)

    rows_xml = []
    width = len(header)
    for row_index, row in enumerate([header] + rows, start=1):
        cells = []
        for col_index, value in enumerate(row):
            ref = f"{column(col_index)}{row_index}"
            if value is None:
                continue
            if isinstance(value, tuple):
                cells.append(f'<c r="{ref}" s="1"><v>{repr(serial(value))}</v></c>')
            elif isinstance(value, int):
                cells.append(f'<c r="{ref}"><v>{value}</v></c>')
            else:
                cells.append(f'<c r="{ref}" t="s"><v>{shared(value)}</v></c>')
        rows_xml.append(f'<row r="{row_index}" spans="1:{width}" x14ac:dyDescent="0.25">{"".join(cells)}</row>')

    sheet = (DECL + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
             'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac xr xr2 xr3" '
             'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
             'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
             'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2" '
             'xmlns:xr3="http://schemas.microsoft.com/office/spreadsheetml/2016/revision3" '
             'xr:uid="{00000000-0001-0000-0000-000000000000}">'
             f'<dimension ref="A1:{column(width - 1)}{len(rows) + 1}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0">'
             '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>'
             '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>'
             '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
             '<cols><col min="1" max="1" width="5.7109375" customWidth="1"/><col min="2" max="3" width="18.7109375" customWidth="1"/>'
             f'<col min="4" max="{width}" width="20.7109375" customWidth="1"/></cols>'
             f'<sheetData>{"".join(rows_xml)}</sheetData>'
             '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>')

    items = []
    for text in strings:
        space = ' xml:space="preserve"' if text != text.strip() else ""
        items.append(f"<si><t{space}>{escape(text)}</t></si>")
    shared_strings = DECL + f'<sst xmlns="{MAIN}" count="{count}" uniqueCount="{len(strings)}">{"".join(items)}</sst>'

    styles = (DECL + f'<styleSheet xmlns="{MAIN}" '
              'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2 xr" '
              'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" '
              'xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main" '
              'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision">'
              '<fonts count="1" x14ac:knownFonts="1"><font><sz val="11"/><color theme="1"/><name val="Calibri"/>'
              '<family val="2"/><scheme val="minor"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="22" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>'
              '</styleSheet>')

    workbook = (DECL + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}" '
                'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15 xr xr6 xr10 xr2" '
                'xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main" '
                'xmlns:xr="http://schemas.microsoft.com/office/spreadsheetml/2014/revision" '
                'xmlns:xr6="http://schemas.microsoft.com/office/spreadsheetml/2016/revision6" '
                'xmlns:xr10="http://schemas.microsoft.com/office/spreadsheetml/2016/revision10" '
                'xmlns:xr2="http://schemas.microsoft.com/office/spreadsheetml/2015/revision2">'
                '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="28127"/>'
                '<workbookPr defaultThemeVersion="202300"/>'
                '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15720"/></bookViews>'
                '<sheets><sheet name="Form1" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>')

    workbook_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                     f'<Relationship Id="rId3" Type="{REL}/styles" Target="styles.xml"/>'
                     f'<Relationship Id="rId2" Type="{REL}/theme" Target="theme/theme1.xml"/>'
                     f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
                     f'<Relationship Id="rId4" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/></Relationships>')

    package_rels = (DECL + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
                    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" '
                    'Target="docProps/core.xml"/>'
                    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>')

    content_types = (DECL + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                     '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                     '<Default Extension="xml" ContentType="application/xml"/>'
                     '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
                     '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
                     '<Override PartName="/xl/theme/theme1.xml" ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
                     '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
                     '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
                     '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
                     '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
                     '</Types>')

    theme = (DECL + '<a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Office Theme">'
             '<a:themeElements><a:clrScheme name="Office"><a:dk1><a:sysClr val="windowText" lastClr="000000"/></a:dk1>'
             '</a:clrScheme></a:themeElements></a:theme>')

    core = (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>Microsoft Forms</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-20T09:12:44Z</dcterms:created></cp:coreProperties>')

    app = (DECL + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity></Properties>')

    parts = [("[Content_Types].xml", content_types), ("_rels/.rels", package_rels), ("docProps/app.xml", app),
             ("docProps/core.xml", core), ("xl/workbook.xml", workbook), ("xl/_rels/workbook.xml.rels", workbook_rels),
             ("xl/theme/theme1.xml", theme), ("xl/styles.xml", styles), ("xl/sharedStrings.xml", shared_strings),
             ("xl/worksheets/sheet1.xml", sheet)]
    with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def sample():
    """The sample project's survey export (saved as CSV from this download) as the download itself."""
    root = os.path.dirname(os.path.dirname(os.path.dirname(HERE)))
    with open(os.path.join(root, "SampleData", "data", "undersokelse-svar.csv"), encoding="utf-8-sig", newline="") as file:
        table = list(csv.reader(file, delimiter=";"))
    header, rows = table[0], []
    for record in table[1:]:
        row = []
        for index, cell in enumerate(record):
            if index == 0:
                row.append(int(cell))
            elif index in (1, 2):
                date, time = cell.split(" ")
                day, month, year = (int(part) for part in date.split("."))
                hour, minute, second = (int(part) for part in time.split(":"))
                row.append((year, month, day, hour, minute, second))
            else:
                row.append(cell if cell else None)
        rows.append(row)
    output = os.path.join(root, "Tests", "ReportInputsTests", "Fixtures", "forms", "undersokelse-svar.xlsx")
    os.makedirs(os.path.dirname(output), exist_ok=True)
    main(header, rows, output)


if __name__ == "__main__":
    sample() if "--sample" in sys.argv else main()

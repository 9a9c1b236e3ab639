#!/usr/bin/env python3
"""Writes the seeds of Fuzz/Corpus/FuzzInflate/ and Fuzz/Corpus/FuzzWorkbook/ from the test fixtures.

FuzzInflate: byte 0 even + a DEFLATE stream from Tests/ZIPArchiveTests/Fixtures/deflate (the small ones),
byte 0 odd + a whole .xlsx (a ZIP archive). FuzzWorkbook: byte 0 = 0 + a whole .xlsx; 1 + a sheet's
<sheetData> content; 2 + a sharedStrings part; 3 + a styles part, each taken from the fixtures.

Run from anywhere: python3 Fuzz/Tools/make-workbook-corpus.py
"""
import glob
import os
import re
import zipfile

FUZZ = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(FUZZ)
DEFLATE = os.path.join(ROOT, "Tests", "ZIPArchiveTests", "Fixtures", "deflate")
WORKBOOKS = os.path.join(ROOT, "Tests", "SpreadsheetTests", "Fixtures")


def put(target, name, data):
    folder = os.path.join(FUZZ, "Corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as handle:
        handle.write(data)


def main():
    for path in sorted(glob.glob(os.path.join(DEFLATE, "*.deflate"))):
        data = open(path, "rb").read()
        if len(data) <= 8000:
            put("FuzzInflate", "deflate-" + os.path.basename(path)[:-8], b"\x00" + data)
    for path in sorted(glob.glob(os.path.join(WORKBOOKS, "*.xlsx"))):
        name = os.path.basename(path)[:-5]
        data = open(path, "rb").read()
        put("FuzzInflate", "zip-" + name, b"\x01" + data)
        put("FuzzWorkbook", "xlsx-" + name, b"\x00" + data)
        archive = zipfile.ZipFile(path)
        sheet = archive.read("xl/worksheets/sheet1.xml").decode("utf-8")
        match = re.search(r"<sheetData>(.*)</sheetData>", sheet, re.S)
        if match:
            put("FuzzWorkbook", "sheet-" + name, b"\x01" + match.group(1).encode("utf-8"))
        put("FuzzWorkbook", "strings-" + name, b"\x02" + archive.read("xl/sharedStrings.xml"))
        put("FuzzWorkbook", "styles-" + name, b"\x03" + archive.read("xl/styles.xml"))
    put("FuzzWorkbook", "sheet-types", b"\x01" + (
        '<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" s="1"><v>45964</v></c><c r="C1" s="2"><v>45964.47</v></c>'
        '<c r="D1" s="3"><v>0.125</v></c><c r="E1" s="4"><v>-1234.5</v></c><c t="b"><v>1</v></c><c t="e"><v>#N/A</v></c>'
        '<c t="inlineStr"><is><r><t xml:space="preserve"> a_x000D_</t></r><rPh><t>x</t></rPh></is></c><c t="d"><v>2025-11-03T11:17:30</v></c>'
        '<c t="str"><f>A1</f><v>b</v></c></row><row><c><v>1E+300</v></c></row>').encode("utf-8"))


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Regenerates the committed seed corpora in Fuzz/Corpus/<target>/ from the repository's own files.

Run from anywhere: python3 Fuzz/Tools/make-corpus.py [--shared PATH-TO-shared]. Existing seeds of the same
name are overwritten; other files (e.g. regressions added by hand) are left alone. Seed names are
stable (a prefix plus a readable name), so re-running does not churn the corpus.
"""
import glob
import hashlib
import json
import os
import sys

FUZZ = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ROOT = os.path.dirname(FUZZ)
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
if "--shared" in sys.argv:
    SHARED = sys.argv[sys.argv.index("--shared") + 1]
SAMPLE = os.path.join(ROOT, "SampleData")
BROKEN = os.path.join(ROOT, "Tests", "ReportInputsTests", "Fixtures", "broken")


def read(path):
    with open(path, "rb") as f:
        return f.read()


def put(target, name, data):
    folder = os.path.join(FUZZ, "Corpus", target)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, name), "wb") as f:
        f.write(data)


def sample_files():
    """Sample project files relative to its root, sorted like Swift sorts the paths (code points)."""
    out = []
    for path in glob.glob(os.path.join(SAMPLE, "**", "*"), recursive=True):
        if os.path.isfile(path):
            out.append(os.path.relpath(path, SAMPLE))
    return sorted(out)


def broken_files():
    """(fixture, relative path) for every input file of the broken fixtures."""
    out = []
    for path in sorted(glob.glob(os.path.join(BROKEN, "*", "**", "*"), recursive=True)):
        if not os.path.isfile(path) or path.endswith("expected-diagnostics.txt") or path.endswith("les-meg.txt"):
            continue
        rel = os.path.relpath(path, BROKEN)
        fixture, inner = rel.split(os.sep, 1)
        out.append((fixture, inner))
    return out


files = sample_files()
chapter_ids = sorted(p[len("tekster/"):-3] for p in files if p.startswith("tekster/") and p.endswith(".md"))

# FuzzCSV: the sample data and the broken CSV fixtures.
for rel in files:
    if rel.endswith(".csv"):
        put("FuzzCSV", "sample-" + os.path.basename(rel), read(os.path.join(SAMPLE, rel)))
for fixture, inner in broken_files():
    if inner.endswith(".csv"):
        put("FuzzCSV", "broken-" + fixture, read(os.path.join(BROKEN, fixture, inner)))
for name, text in {
    "numbers": "tall;verdi;dato\n1 234,5;-12;01.02.2024\n\"1,5\";1e3;2024-02-29\n12 %;−3;31.12.1999\n",
    "quoted": "a,b\n\"x\"\"y\",\"line\nbreak\"\n\"unterminated\n",
    "tabs-crlf": "a\tb\r\n1\t2\r\n",
}.items():
    put("FuzzCSV", "hand-" + name, text.encode())

# FuzzSettings: the sample settings, a variant with every optional key, and the broken settings fixtures.
settings = read(os.path.join(SAMPLE, "tilstandsrapport.txt"))
put("FuzzSettings", "sample", settings)
put("FuzzSettings", "sample-kapitler", settings.replace(b"# kapitler:", b"kapitler:"))
put("FuzzSettings", "minimal", b"kommune: A\nkommunenummer: 0301\nrapport\xc3\xa5r: 2025\norgan: k\nkostragruppe: K1\n"
    b"kapitler: okonomi, eget\nm\xc3\xa5lform: nn\nprikkegrense: 3\n")
for fixture, inner in broken_files():
    if inner == "tilstandsrapport.txt":
        put("FuzzSettings", "broken-" + fixture, read(os.path.join(BROKEN, fixture, inner)))

# FuzzFrontMatter: byte 0 picks the chapter id (index in sorted ids), the rest is tekster/<id>.md.
for rel in files:
    if rel.startswith("tekster/"):
        cid = rel[len("tekster/"):-3]
        put("FuzzFrontMatter", "sample-" + cid, bytes([chapter_ids.index(cid)]) + read(os.path.join(SAMPLE, rel)))
for fixture, inner in broken_files():
    if inner.startswith("tekster/"):
        cid = inner[len("tekster/"):-3]
        put("FuzzFrontMatter", "broken-" + fixture, bytes([chapter_ids.index(cid)]) + read(os.path.join(BROKEN, fixture, inner)))

# FuzzMustache: flags byte (0 html, 1 markdown, 2 text, 3 inferred from x.md.mustache; +4 strict),
# then template NUL json NUL partial p1 NUL p2 NUL p3.
for path in sorted(glob.glob(os.path.join(ROOT, "Templates", "nb", "*.mustache"))):
    name = os.path.basename(path)
    flags = 0 if ".html." in name else 3
    put("FuzzMustache", "template-" + name, bytes([flags]) + read(path))
spec = os.path.join(SHARED, "conformance", "mustache")
for path in sorted(glob.glob(os.path.join(spec, "*.json"))):
    if "lambdas" in path:
        continue
    suite = os.path.basename(path)[:-5].lstrip("~")
    for test in json.load(open(path, encoding="utf-8"))["tests"]:
        template = test["template"]
        parts = [template.encode(), json.dumps(test.get("data")).encode()]
        partials = test.get("partials") or {}
        # Rename partials to p1..p3 in the template so the library finds them.
        for i, (pname, ptext) in enumerate(list(partials.items())[:3]):
            parts[0] = parts[0].replace(pname.encode(), b"p%d" % (i + 1))
            parts.append(ptext.encode())
        name = "spec-%s-%s" % (suite, "".join(c if c.isalnum() else "-" for c in test["name"]).lower())
        put("FuzzMustache", name, bytes([0]) + b"\0".join(parts))
put("FuzzMustache", "hand-strict-sections", bytes([5]) + "{{#liste}}- {{.}}\n{{/liste}}{{^tom}}*ingen*{{/tom}}{{&navn}} {{{objekt.a}}} {{objekt.b.c}}{{>p1}}\0\0[{{navn}}]({{objekt.a}})".encode())

# FuzzMarkdown: CommonMark spec examples (every 13th, ~50), the GFM extension examples, the sample texts.
cm = json.load(open(os.path.join(SHARED, "conformance", "commonmark", "spec.json"), encoding="utf-8"))
for ex in cm[::13]:
    put("FuzzMarkdown", "commonmark-%03d" % ex["example"], ex["markdown"].encode())
for ex in json.load(open(os.path.join(SHARED, "conformance", "gfm", "extensions.json"), encoding="utf-8")):
    put("FuzzMarkdown", "gfm-%03d" % ex["example"], ex["markdown"].encode())
for rel in files:
    if rel.startswith("tekster/"):
        put("FuzzMarkdown", "sample-" + os.path.basename(rel)[:-3], read(os.path.join(SAMPLE, rel)))
put("FuzzMarkdown", "hand-xss", b"<script>alert(1)</script>\n\n[a](javascript:alert(1)) ![i](JaVa\tScRiPt:x) <javascript:x>\n"
    b"[r]: vbscript:x\n[r] <a href=\"javascript:x\">h</a> www.example.com/<script> <img src=x onerror=alert(1)>\n"
    b"| a | b |\n|---|:-:|\n| <script> | `x` |\n\n- [x] done\n~~del~~ &#106;avascript:\n")

# FuzzBuild: byte 0 picks the file (index in the sorted sample paths), the rest replaces it.
for i, rel in enumerate(files):
    put("FuzzBuild", "sample-" + rel.replace("/", "-"), bytes([i]) + read(os.path.join(SAMPLE, rel)))
for fixture, inner in broken_files():
    if inner in files:
        put("FuzzBuild", "broken-" + fixture, bytes([files.index(inner)]) + read(os.path.join(BROKEN, fixture, inner)))
ok = read(os.path.join(SAMPLE, "tekster", "okonomi.md"))
put("FuzzBuild", "hand-xss-okonomi", bytes([files.index("tekster/okonomi.md")]) + ok +
    b"\n<script>alert(1)</script> [x](javascript:alert(1)) ![y](data:text/html,x) <JAVASCRIPT:x>\n")

# Issue 16 seeds: counts of 10^20, control characters and bidi overrides, unclosed fences, Word-pasted text,
# SSB symbols, invisible characters around front-matter keys, identity numbers written with separators.
big = b"100000000000000000000"
ind = read(os.path.join(SAMPLE, "data", "indikatorer.csv"))
put("FuzzBuild", "hand-count-1e20-teller", bytes([files.index("data/indikatorer.csv")]) + ind +
    b"meldinger;2019;kommune;402;antall;" + big + b";402;KOSTRA;endelig;\r\nmeldinger;2019;land;..;antall;;;SSB;endelig;\r\n")
put("FuzzBuild", "hand-count-1e20-personale", bytes([files.index("data/personale.csv")]) +
    "år;ansatte_snitt;avganger;nytilsatte;sykefravær_prosent;korttid_prosent;langtid_prosent\r\n2025;".encode() + big + b";4;5;8,9;3,1;5,8\r\n")
put("FuzzBuild", "hand-controls-okonomi", bytes([files.index("tekster/okonomi.md")]) +
    ok.replace("tittel: Økonomi".encode(), "tittel: Øk\x1b[31monomi\x07 \u202eabc\u2066".encode()) + "\n\u0085x\x7f\n".encode())
put("FuzzBuild", "hand-unclosed-fence-okonomi", bytes([files.index("tekster/okonomi.md")]) + ok + b"\n```\nkode som aldri lukkes\n")
put("FuzzBuild", "hand-word-paste-okonomi", bytes([files.index("tekster/okonomi.md")]) +
    ok.replace(b"status:", "\u200bstatus\u00ad:".encode()) + "\n•\tett\no\tto\n\tavsnitt\n~~~~\n".encode())
put("FuzzBuild", "hand-identity-u202f", bytes([files.index("tekster/okonomi.md")]) + ok + "\n010190\u202f-\u202f10046 01.01.90 10046\n".encode())
put("FuzzCSV", "hand-count-1e20", b"indikator;teller;nevner\n" + b"meldinger;" + big + b";1e20\nx;" + b"9" * 400 + b";..\n")
put("FuzzCSV", "hand-controls", "a;b\r\nx\x1b[2J;\u202etekst\u2069\r\n\x07;\u0085\x7f\r\n".encode())
put("FuzzCSV", "hand-ssb-symbols", "verdi;teller\n..;.\n:;-\n...;–\n".encode())
oid = chapter_ids.index("okonomi")
put("FuzzFrontMatter", "hand-unclosed-fence", bytes([oid]) + b"---\ntittel: T\nansvarlig: A\nstatus: utkast\n---\n```\nkode\n")
put("FuzzFrontMatter", "hand-unclosed-fence-in-list", bytes([oid]) + b"---\ntittel: T\nansvarlig: A\nstatus: utkast\n---\n- a\n\n  ~~~\n> ```\n")
put("FuzzFrontMatter", "hand-controls", bytes([oid]) + "---\ntittel: \x1b]0;x\x07\u202eT\nansvarlig: A\x7f\nstatus: utkast\n---\n\u0085\n".encode())
put("FuzzFrontMatter", "hand-invisible-keys", bytes([oid]) + "---\u200b\n\ufefftittel\u2060: T\n\u200bstatus\u00ad: utkast\u200d\nansvarlig: A\n---\n".encode())
put("FuzzFrontMatter", "hand-word-paste", bytes([oid]) + "---\ntittel: T\nansvarlig: A\nstatus: utkast\n---\n•\tett\n–\tto\n▪ tre\no\tfire\n\tavsnitt\n\t```\nx\n".encode())
put("FuzzFrontMatter", "hand-empty", bytes([oid]))

total = 0
for target in sorted(os.listdir(os.path.join(FUZZ, "Corpus"))):
    folder = os.path.join(FUZZ, "Corpus", target)
    names = os.listdir(folder)
    size = sum(os.path.getsize(os.path.join(folder, n)) for n in names)
    total += size
    print("%-16s %4d files %8d bytes" % (target, len(names), size))
print("total %d bytes" % total)

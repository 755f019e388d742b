#!/usr/bin/env python3
"""Compares what the real clients made of the exports with `campaign show --json`.

    check_exports.py check OUTDIR          (after scripts/check-exports-in-clients.sh made OUTDIR)
    check_exports.py tamper IN.xlsx OUT.xlsx

Every amount is compared in cents, every formatted value exactly as the language writes it (`1 234,50 €`,
`15.12.2026` in Finnish; `1,234.50 €`, `15 Dec 2026` in English; CSV `1234,50`/`1.3.2027` and `1234.50`/`2027-03-01`).
Only the space inside a number (no-break or narrow no-break space, as the product writes it) and the minus sign
(U+2212 in printed Finnish) are read as a space and a hyphen, because PDF text extraction does not keep them apart.
"""
import csv
import datetime as dt
import glob
import html
import io
import json
import os
import re
import sys
import zipfile
from collections import Counter, defaultdict

MONTHS_EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
MONTH_NAMES = {
    "fi": ["tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu", "syyskuu",
           "lokakuu", "marraskuu", "joulukuu"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
}
LABELS = {
    "fi": {"pay": "Maksettavaa", "receive": "Palautetaan sinulle", "none": "ei maksettavaa", "why": "Peruste",
           "payee": "Saaja", "payer": "Maksaa", "iban": "Tilinumero (IBAN)", "total": "Yhteensä",
           "businessId": "Y-tunnus", "issued": "Päiväys", "term": "Maksuehto", "days": "päivää netto"},
    "en": {"pay": "You pay", "receive": "You are reimbursed", "none": "nothing to pay", "why": "Why",
           "payee": "To", "payer": "Pays", "iban": "Account (IBAN)", "total": "Total",
           "businessId": "Business ID", "issued": "Date", "term": "Payment term", "days": "days net"},
}


# ---------------------------------------------------------------- formats
def cents(text):
    text = text.strip()
    sign = -1 if text.startswith("-") else 1
    whole, _, frac = text.lstrip("-").partition(".")
    return sign * (int(whole) * 100 + int((frac + "00")[:2]))


def money(c, lang):
    sign = "-" if c < 0 else ""
    whole, frac = divmod(abs(c), 100)
    group = " " if lang == "fi" else ","
    point = "," if lang == "fi" else "."
    return f"{sign}{whole:,}".replace(",", group) + f"{point}{frac:02d} €"


def csv_money(c, lang):
    sign = "-" if c < 0 else ""
    whole, frac = divmod(abs(c), 100)
    return f"{sign}{whole}{',' if lang == 'fi' else '.'}{frac:02d}"


def date(iso, lang):
    d = dt.date.fromisoformat(iso)
    return f"{d.day}.{d.month}.{d.year}" if lang == "fi" else f"{d.day} {MONTHS_EN[d.month - 1]} {d.year}"


def csv_date(iso, lang):
    d = dt.date.fromisoformat(iso)
    return f"{d.day}.{d.month}.{d.year}" if lang == "fi" else iso


def normalise(text):
    for ch in "\u00a0\u202f\u2009\u2007":
        text = text.replace(ch, " ")
    return text.replace("\u2212", "-")


def money_re(lang):
    return re.compile(r"-?\d{1,3}(?: \d{3})*,\d{2} €" if lang == "fi" else r"-?\d{1,3}(?:,\d{3})*\.\d{2} €")


def date_re(lang):
    return re.compile(r"\b\d{1,2}\.\d{1,2}\.\d{4}\b" if lang == "fi" else r"\b\d{1,2} [A-Z][a-z]{2} \d{4}\b")


# ---------------------------------------------------------------- check digits
def ref_check_digit(base):
    weights = [7, 3, 1]
    total = sum(int(d) * weights[i % 3] for i, d in enumerate(reversed(str(base))))
    return (10 - total % 10) % 10


def valid_reference(ref):
    return ref.isdigit() and 4 <= len(ref) <= 20 and ref_check_digit(ref[:-1]) == int(ref[-1])


def mod97(text):
    digits = "".join(str(int(ch, 36)) for ch in text)
    return int(digits) % 97


def valid_rf(rf, ref):
    return rf.startswith("RF") and rf[4:] == ref and mod97(rf[4:] + "RF" + rf[2:4]) == 1


def valid_business_id(bid):
    m = re.fullmatch(r"(\d{7})-(\d)", bid or "")
    if not m:
        return False
    r = sum(int(d) * w for d, w in zip(m.group(1), [7, 9, 10, 5, 8, 4, 2])) % 11
    return r != 1 and (0 if r == 0 else 11 - r) == int(m.group(2))


def valid_iban(iban):
    compact = (iban or "").replace(" ", "")
    return (len(compact) == 18 if compact.startswith("FI") else len(compact) >= 15) and mod97(compact[4:] + compact[:4]) == 1


# ---------------------------------------------------------------- results
class Results:
    def __init__(self):
        self.rows = defaultdict(lambda: [0, 0, 0])  # (client, kind) -> files, values compared, mismatches
        self.files = set()
        self.problems = []

    def file(self, client, kind, path):
        key = (client, kind)
        if (key, path) not in self.files:
            self.files.add((key, path))
            self.rows[key][0] += 1

    def eq(self, client, kind, path, what, got, want):
        self.file(client, kind, path)
        self.rows[(client, kind)][1] += 1
        if got != want:
            self.rows[(client, kind)][2] += 1
            self.problems.append(f"{os.path.relpath(path, OUT)}: {what}: got {got!r}, want {want!r}")

    def ok(self, client, kind, path, what, condition, detail=""):
        self.eq(client, kind, path, what, bool(condition) or detail or "false", True)


R = Results()
OUT = "."


# ---------------------------------------------------------------- expected facts
def facts(show):
    """Participants, item parts, totals and each member's one instruction, from `campaign show --json`."""
    due = show["paymentTerms"]["dueDate"]
    by_id = {str(p["id"]): p for p in show["participants"]}
    instructions = []
    for t in show["transfers"]:
        member = t["to"] if t["from"] == "association" else t["from"]
        p = by_id[member]
        instructions.append({"member": member, "name": p["name"], "payer": t["fromName"], "payee": t["toName"],
                             "amount": cents(t["amount"]), "reference": p["reference"], "rf": p["rfReference"],
                             "due": due, "action": "receive" if t["from"] == "association" else "pay"})
    return by_id, instructions


def row_has(line, values):
    """The values appear in the line, in this order."""
    pos = 0
    for v in values:
        found = line.find(v, pos)
        if found < 0:
            return False
        pos = found + len(v)
    return True


def key_of(name):
    return name.split()[0]


# ---------------------------------------------------------------- text formats (md, Chromium print, PDF)
def check_summary_text(client, path, text, show, lang):
    text = normalise(text)
    lines = text.splitlines()
    by_id, instructions = facts(show)
    terms = show["paymentTerms"]
    R.ok(client, "summary", path, "Y-tunnus in the letterhead", terms["businessId"] in text)
    R.ok(client, "summary", path, "IBAN in the letterhead", terms["iban"] in text)
    for p in show["participants"]:
        values = [money(cents(p[k]), lang) for k in ("net", "vat", "gross", "paid", "balance")]
        hit = any(key_of(p["name"]) in line and row_has(line, values) for line in lines)
        R.ok(client, "summary", path, f"participant row {p['name']} {values}", hit)
        R.rows[(client, "summary")][1] += 4  # five amounts checked in one row
        R.ok(client, "summary", path, f"gross of {p['name']} printed", money(cents(p["gross"]), lang) in text)
    for item in show["items"]:
        for part in item["parts"]:
            name = by_id[str(part["participant"])]["name"]
            values = [money(cents(part[k]), lang) for k in ("net", "vat", "gross")]
            hit = any(key_of(name) in line and row_has(line, values) for line in lines)
            R.ok(client, "summary", path, f"{item['description']} / {name} {values}", hit)
            R.rows[(client, "summary")][1] += 2
        values = [money(cents(item[k]), lang) for k in ("net", "vat", "gross")]
        R.ok(client, "summary", path, f"{item['description']} total {values}", any(row_has(line, values) for line in lines))
    totals = [money(cents(show["totals"][k]), lang) for k in ("net", "vat", "gross")]
    R.ok(client, "summary", path, f"totals {totals}", any(row_has(line, totals) for line in lines))
    for i in instructions:
        values = [money(i["amount"], lang), i["reference"], i["rf"], date(i["due"], lang)]
        hit = [line for line in lines if key_of(i["name"]) in line and row_has(line, values)]
        R.ok(client, "instructions", path, f"instruction {i['name']} {values}", len(hit) == 1, f"{len(hit)} rows")
        R.rows[(client, "instructions")][1] += 3


def statement_section(text, lang, action):
    l = LABELS[lang]
    heading = {"pay": l["pay"], "receive": l["receive"], "none": l["none"]}[action]
    start = text.find(heading)
    end = text.find("\n" + l["why"], start + 1)
    if end < 0:
        end = text.find(l["why"], start + len(heading))
    return text[start:end] if start >= 0 and end > start else ""


def check_statement_text(client, path, text, show, member, lang):
    text = normalise(text)
    _, instructions = facts(show)
    p = next(x for x in show["participants"] if str(x["id"]) == member)
    mine = [i for i in instructions if i["member"] == member]
    R.eq(client, "statement", path, "instructions for the member in show --json", len(mine) <= 1, True)
    action = mine[0]["action"] if mine else "none"
    amount = mine[0]["amount"] if mine else 0
    due = show["paymentTerms"]["dueDate"]
    section = statement_section(text, lang, action)
    R.ok(client, "statement", path, f"'{action}' section found", section)
    amounts = set(money_re(lang).findall(section))
    dates = set(date_re(lang).findall(section))
    refs = set(re.findall(r"(?<![\dA-Z])\d{5,20}(?!\d)", section))
    rfs = set(re.findall(r"\bRF\d{4,}\b", section))
    R.eq(client, "statement", path, "the one amount", sorted(amounts), [money(amount, lang)])
    R.eq(client, "statement", path, "the one due date", sorted(dates), [date(due, lang)])
    R.eq(client, "statement", path, "the one reference", sorted(refs), [p["reference"]])
    R.eq(client, "statement", path, "the one RF reference", sorted(rfs), [p["rfReference"]])
    R.eq(client, "statement", path, "RF references in the whole statement", sorted(set(re.findall(r"\bRF\d{4,}\b", text))), [p["rfReference"]])
    iban = show["paymentTerms"]["iban"]
    R.eq(client, "statement", path, "the association's IBAN to pay to", iban in section, action == "pay")
    why = [money(cents(p[k]), lang) for k in ("net", "vat", "gross")]
    R.ok(client, "statement", path, f"why: total {why}", any(row_has(line, why) for line in text.splitlines()))
    R.rows[(client, "statement")][1] += 2
    R.ok(client, "statement", path, "why: balance", money(cents(p["balance"]), lang) in text)


def check_printed_xlsx(path, show, member, lang):
    """A workbook printed from LibreOffice: each participant's row, or the statement's instruction, on one line."""
    lines = normalise(open(path, encoding="utf-8").read()).splitlines()
    due = date(show["paymentTerms"]["dueDate"], lang)
    for p in show["participants"]:
        if member and str(p["id"]) != member:
            continue
        if member:
            _, instructions = facts(show)
            mine = [i for i in instructions if i["member"] == member]
            values = [money(mine[0]["amount"] if mine else 0, lang), p["reference"], p["rfReference"], due]
        else:
            values = [money(cents(p[k]), lang) for k in ("net", "vat", "gross", "paid", "balance")] + [p["reference"], p["rfReference"]]
        R.ok("xlsx-printed", "statement" if member else "summary", path, f"{p['name']} {values} on one printed line",
             any(key_of(p["name"]) in line and row_has(line, values) for line in lines))
        R.rows[("xlsx-printed", "statement" if member else "summary")][1] += len(values) - 1


def check_clipping(path, bbox_path, info_path, client="chromium", margin=28.35):
    info = open(info_path, encoding="utf-8").read()
    m = re.search(r"Page size:\s+([\d.]+) x ([\d.]+) pts", info)
    width, height = float(m.group(1)), float(m.group(2))
    R.ok(client, "print", path, "A4 portrait", abs(width - 595.28) < 1 and abs(height - 841.89) < 1, f"{width}x{height}")
    words = re.findall(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">', open(bbox_path, encoding="utf-8").read())
    # Inside a 10 mm margin (28.35 pt; 5 mm for a workbook): a column pushed past the page's own margin shows as words
    # beyond it.
    outside = [w for w in words if float(w[0]) < margin or float(w[2]) > width - margin or float(w[1]) < 0 or float(w[3]) > height]
    R.ok(client, "print", path, "every word inside the margins", not outside and words, f"{len(outside)} of {len(words)} outside, e.g. {outside[:1]}")


# ---------------------------------------------------------------- CSV (the product's, and LibreOffice's re-save)
def read_csv(path, delimiter, shown=False):
    raw = open(path, "rb").read()
    text = normalise(raw.decode("utf-8-sig")) if shown else raw.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=delimiter)), raw


def rows_starting(rows, first):
    return [r for r in rows if r and r[0] == first]


def check_summary_csv(client, path, rows, show, lang, numbers):
    """numbers: 'text' (the product's CSV, exact dialect), 'lo' (LibreOffice's values: en-US numbers) or 'shown'
    (what LibreOffice shows in the language's locale: the printed formats' `1 234,50 €`, `15.12.2026`)."""
    amount, day = formats(numbers, lang)

    by_id, instructions = facts(show)
    for p in show["participants"]:
        want = [amount(cents(p[k])) for k in ("net", "vat", "gross", "paid", "balance")] + [p["reference"], p["rfReference"]]
        got = [r[1:6] + r[8:10] for r in rows_starting(rows, p["name"]) if len(r) >= 10 and r[1:6] != ["", "", "", "", ""]]
        got = [g for g in got if not g[0].startswith("Napapiirin")]
        R.eq(client, "summary", path, f"participant row {p['name']}", got[:1], [want])
        R.rows[(client, "summary")][1] += 6
    for item in show["items"]:
        for part in item["parts"]:
            name = by_id[str(part["participant"])]["name"]
            want = [amount(cents(part[k])) for k in ("net", "vat", "gross")]
            got = [r[5:8] for r in rows if len(r) >= 8 and r[0] == item["description"] and r[4] == name]
            R.eq(client, "summary", path, f"{item['description']} / {name}", got, [want])
            R.rows[(client, "summary")][1] += 2
    for i in instructions:
        want = [i["payee"], amount(i["amount"]), i["reference"], i["rf"], day(i["due"])]
        got = [r[1:5] + [lo_date(i["due"]) if numbers == "lo" and r[5] == iso_as_lo(i["due"]) else r[5]] for r in rows if len(r) >= 6 and r[0] == i["payer"] and r[1] == i["payee"] and r[3] == i["reference"]]
        R.eq(client, "instructions", path, f"instruction {i['name']}", got, [want])
        R.rows[(client, "instructions")][1] += 3


def formats(numbers, lang):
    if numbers == "text":
        return (lambda c: csv_money(c, lang)), (lambda iso: csv_date(iso, lang))
    if numbers == "shown":
        return (lambda c: money(c, lang)), (lambda iso: date(iso, lang))
    return lo_number, lo_date


def lo_number(c):
    """How LibreOffice writes a number it holds as a number (raw, en-US): 376.5, -50, 1980."""
    value = f"{c / 100:.2f}".rstrip("0").rstrip(".")
    return value if value != "-0" else "0"


def iso_as_lo(iso):
    """LibreOffice keeps an ISO date it recognised in that format (English CSV dates are ISO)."""
    return iso


def lo_date(iso):
    d = dt.date.fromisoformat(iso)
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def check_statement_csv(client, path, rows, show, member, lang, numbers):
    _, instructions = facts(show)
    p = next(x for x in show["participants"] if str(x["id"]) == member)
    mine = [i for i in instructions if i["member"] == member]
    amount = mine[0]["amount"] if mine else 0
    fmt, day = formats(numbers, lang)
    first = list(rows[1]) if len(rows) > 1 else []
    if numbers == "lo" and len(first) > 6 and first[6] == iso_as_lo(show["paymentTerms"]["dueDate"]):
        first[6] = lo_date(show["paymentTerms"]["dueDate"])
    R.eq(client, "statement", path, "one instruction row then a blank line", len(rows) > 2 and not any(rows[2]), True)
    want = [p["name"], fmt(amount), p["reference"], p["rfReference"], day(show["paymentTerms"]["dueDate"])]
    R.eq(client, "statement", path, "amount, reference, RF, due date", [first[0], first[3], first[4], first[5], first[6]] if len(first) > 6 else first, want)
    R.rows[(client, "statement")][1] += 4
    action = mine[0]["action"] if mine else "none"
    R.eq(client, "statement", path, "counterparty column heading", rows[0][2], LABELS[lang]["payee" if action == "pay" else "payer"] if action != "none" else rows[0][2])
    R.eq(client, "statement", path, "IBAN only when the member pays", first[7] if len(first) > 7 else "", show["paymentTerms"]["iban"] if action == "pay" else "")


# ---------------------------------------------------------------- XLSX (cached values, and LibreOffice's recalculation)
def xlsx_cells(path):
    """{sheet name: {(row, col): (formula or None, cached value)}} read from the package itself."""
    z = zipfile.ZipFile(path)
    wb = z.read("xl/workbook.xml").decode()
    rels = z.read("xl/_rels/workbook.xml.rels").decode()
    targets = {}
    for element in re.findall(r"<Relationship [^>]*>", rels):
        targets[re.search(r' Id="([^"]+)"', element).group(1)] = re.search(r' Target="([^"]+)"', element).group(1)
    shared = []
    if "xl/sharedStrings.xml" in z.namelist():
        shared = [html.unescape(re.sub(r"<[^>]+>", "", si)) for si in re.findall(r"<x:si>(.*?)</x:si>|<si>(.*?)</si>", z.read("xl/sharedStrings.xml").decode())]
    sheets = {}
    for name, rid in re.findall(r'<(?:x:)?sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"', wb):
        target = targets[rid].lstrip("/")
        xml = z.read(target if target.startswith("xl/") else "xl/" + target).decode()
        cells = {}
        for ref, attrs, body in re.findall(r'<(?:x:)?c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</(?:x:)?c>)', xml):
            f = re.search(r"<(?:x:)?f>(.*?)</(?:x:)?f>", body or "")
            v = re.search(r"<(?:x:)?v>(.*?)</(?:x:)?v>", body or "")
            col = sum((ord(ch) - 64) * 26 ** i for i, ch in enumerate(reversed(re.match(r"[A-Z]+", ref).group())))
            row = int(re.search(r"\d+", ref).group())
            cells[(row, col)] = (f.group(1) if f else None, v.group(1) if v else None)
        sheets[html.unescape(name)] = cells
    return sheets


def lo_sheets(lo_dir, base, xlsx, shown=False):
    """The CSV LibreOffice wrote for each sheet of the workbook (BASE-SHEET.csv), by sheet name, in order."""
    sheets = {}
    for name in xlsx_cells(xlsx):
        f = os.path.join(lo_dir, f"{base}-{name}.csv")
        sheets[name] = read_csv(f, ";", shown)[0] if os.path.exists(f) else []
    return sheets


def check_cached_sums(client, kind, path, cells, lo):
    for sheet, sc in cells.items():
        for (row, col), (formula, cached) in sc.items():
            if formula is None:
                continue
            rows = lo.get(sheet, [])
            got = rows[row - 1][col - 1] if row - 1 < len(rows) and col - 1 < len(rows[row - 1]) else None
            R.ok(client, kind, path, f"{sheet}!R{row}C{col} {formula} recalculated", got is not None and cached is not None and abs(float(got) - float(cached)) < 0.005, f"LibreOffice {got}, cached {cached}")


def all_rows(sheets):
    return [r for rows in sheets.values() for r in rows]


# ---------------------------------------------------------------- report
REPORT_HEADS = {"fi": ["Tavoitetut", "Liidit", "Uudet asiakkaat", "Myynti", "Kustannus"],
                "en": ["Reached", "Leads", "New customers", "Revenue", "Cost"]}


def report_table(table, lang):
    """{first cell: [reached, leads, new customers, revenue, cost]} from the tables whose header names them all and
    whose rows are one name each (the per-period, per-campaign and per-member tables)."""
    found, columns = {}, None
    for r in table:
        if all(h in r for h in REPORT_HEADS[lang]):
            columns = [r.index(h) for h in REPORT_HEADS[lang]] if r.index(REPORT_HEADS[lang][0]) == 1 else None
            continue
        if not any(r):
            columns = None
        elif columns and r[0] not in found and len(r) > max(columns):
            found[r[0]] = [r[i] for i in columns]
    return found


def report_rows(report, lang):
    def label(p):
        d = dt.date.fromisoformat(p["start"])
        return f"{MONTH_NAMES[lang][d.month - 1]} {d.year}"
    rows = [(label(p), p["metrics"]) for p in report["periods"]]
    rows += [(c["name"], c["metrics"]) for c in report["campaigns"]]
    rows += [(m["name"], m["metrics"]) for m in report["members"]]
    rows.append((LABELS[lang]["total"], report["total"]))
    return rows


def check_report(lang, report, shows):
    base = os.path.join(OUT, "export", lang, "report-month")
    rows = report_rows(report, lang)
    for c in report["campaigns"]:
        show = shows.get(c["id"])
        R.eq("json", "report", base + ".json", f"campaign {c['name']} cost = show metrics", c["metrics"]["cost"], show["metrics"]["cost"])
        R.eq("json", "report", base + ".json", f"campaign {c['name']} revenue = show metrics", c["metrics"]["revenue"], show["metrics"]["revenue"])
    for client, path in (("markdown", base + ".md"), ("chromium", os.path.join(OUT, "chromium", lang, "report-month.txt")), ("pdftotext", base + ".txt")):
        text = normalise(open(path, encoding="utf-8").read())
        lines = text.splitlines()
        for name, m in rows:
            values = [money(cents(m["revenue"]), lang), money(cents(m["cost"]), lang)]
            R.ok(client, "report", path, f"{name} revenue, cost {values}", any(key_of(name) in line and row_has(line, values) for line in lines))
            R.rows[(client, "report")][1] += 1
    csv_rows, raw = read_csv(base + ".csv", ";" if lang == "fi" else ",")
    R.eq("csv", "report", base + ".csv", "UTF-8 BOM", raw[:3], b"\xef\xbb\xbf")
    lo_rows, _ = read_csv(os.path.join(OUT, "lo-csv", lang, "report-month.csv"), ";")
    sheets = lo_sheets(os.path.join(OUT, "lo-xlsx", lang), "report-month", base + ".xlsx")
    periods = {label: dt.date.fromisoformat(p["start"]) for (label, _), p in zip(rows, report["periods"])}
    for client, path, table, fmt in (("csv", base + ".csv", csv_rows, lambda c: csv_money(c, lang)),
                                     ("libreoffice-csv", base + ".csv", lo_rows, lo_number),
                                     ("libreoffice-xlsx", base + ".xlsx", all_rows(sheets), lo_number),
                                     ("xlsx-as-shown", base + ".xlsx", all_rows(lo_sheets(os.path.join(OUT, "lo-shown", lang), "report-month", base + ".xlsx", shown=True)),
                                      lambda c: money(c, lang))):
        found = report_table(table, lang)
        for name, m in rows:
            counts = [m["reached"], m["leads"], m["newCustomers"]]
            counts = [f"{n:,}".replace(",", " " if lang == "fi" else ",") for n in counts] if client == "xlsx-as-shown" else [str(n) for n in counts]
            want = counts + [fmt(cents(m["revenue"])), fmt(cents(m["cost"]))]
            got = found.get(name)
            if got is None and client == "libreoffice-csv" and name in periods:
                # A month's name ("heinäkuu 2026", "July 2026") in a CSV is read as a date by LibreOffice (and Excel):
                # the cell becomes the month's first day. Counted, and said in the README.
                got = found.get(lo_date(periods[name].isoformat()))
            R.eq(client, "report", path, f"{name} reached, leads, new customers, revenue, cost", got, want)
            R.rows[(client, "report")][1] += 4
    check_cached_sums("libreoffice-xlsx", "report", base + ".xlsx", xlsx_cells(base + ".xlsx"), sheets)


# ---------------------------------------------------------------- main
def check(out):
    global OUT
    OUT = out
    campaigns = json.load(open(os.path.join(out, "campaigns.json"), encoding="utf-8"))
    shows = {c["id"]: json.load(open(os.path.join(out, "show", f"c{c['id']}.json"), encoding="utf-8")) for c in campaigns}

    # References, Y-tunnus, IBAN
    seen = Counter()
    for cid, show in shows.items():
        path = os.path.join(out, "show", f"c{cid}.json")
        for pos, p in enumerate(show["participants"], start=1):
            R.eq("show --json", "references", path, f"{p['name']} reference base", p["reference"][:-1], str(cid * 1000 + pos))
            R.ok("show --json", "references", path, f"{p['reference']} 7-3-1 check digit", valid_reference(p["reference"]))
            R.ok("show --json", "references", path, f"{p['rfReference']} ISO 11649 mod 97", valid_rf(p["rfReference"], p["reference"]))
            seen[p["reference"]] += 1
        terms = show["paymentTerms"]
        R.ok("show --json", "association", path, f"Y-tunnus {terms['businessId']} check digit", valid_business_id(terms["businessId"]))
        R.ok("show --json", "association", path, f"IBAN {terms['iban']} mod 97", valid_iban(terms["iban"]))
        R.eq("show --json", "association", path, "due date = issued + term",
             terms["dueDate"], (dt.date.fromisoformat(terms["issued"]) + dt.timedelta(days=terms["days"])).isoformat())
    R.eq("show --json", "references", os.path.join(out, "show"), "references unique across campaigns", [r for r, n in seen.items() if n > 1], [])

    # The control: LibreOffice recalculated the tampered SUM
    tampered = lo_sheets(os.path.join(out, "lo-xlsx", "tampered"), "tampered", os.path.join(out, "tampered.xlsx"))
    original = xlsx_cells(os.path.join(out, "tampered.xlsx"))
    check_cached_sums("libreoffice-xlsx", "control", os.path.join(out, "tampered.xlsx"),
                      {s: {k: (f, str(float(v) - 1000) if f and v else v) for k, (f, v) in c.items()} for s, c in original.items()}, tampered)

    for lang in ("fi", "en"):
        d = os.path.join(out, "export", lang)
        for cid, show in shows.items():
            members = [str(p["id"]) for p in show["participants"]]
            due = show["paymentTerms"]["dueDate"]
            for suffix, member in [("", None)] + [(f"-m{m}", m) for m in members]:
                base = f"c{cid}{suffix}"
                kind = "statement" if member else "summary"
                # JSON
                path = os.path.join(d, base + ".json")
                doc = json.load(open(path, encoding="utf-8"))
                if member:
                    _, instructions = facts(show)
                    mine = [i for i in instructions if i["member"] == member]
                    want = {"action": mine[0]["action"] if mine else "none", "amount": f"{(mine[0]['amount'] if mine else 0) / 100:.2f}",
                            "reference": next(p["reference"] for p in show["participants"] if str(p["id"]) == member),
                            "rfReference": next(p["rfReference"] for p in show["participants"] if str(p["id"]) == member),
                            "dueDate": due, "iban": show["paymentTerms"]["iban"] if mine and mine[0]["action"] == "pay" else None}
                    R.eq("json", "statement", path, "amount, reference, due date, IBAN", {k: doc.get(k) for k in want}, want)
                    R.rows[("json", "statement")][1] += 5
                else:
                    R.eq("json", "summary", path, "participants", [(p["name"], p["owed"]["net"], p["owed"]["vat"], p["owed"]["gross"], p["paid"], p["balance"], p["reference"], p["rfReference"]) for p in doc["participants"]],
                         [(p["name"], p["net"], p["vat"], p["gross"], p["paid"], p["balance"], p["reference"], p["rfReference"]) for p in show["participants"]])
                    R.rows[("json", "summary")][1] += 6 * len(show["participants"]) - 1
                    R.eq("json", "summary", path, "item parts", [[(x["net"], x["vat"], x["gross"]) for x in i["parts"]] for i in doc["items"]],
                         [[(x["net"], x["vat"], x["gross"]) for x in i["parts"]] for i in show["items"]])
                    R.eq("json", "instructions", path, "payment instructions", [(t["from"], t["to"], t["amount"], t["reference"], t["rfReference"], doc["paymentTerms"]["dueDate"]) for t in doc["paymentInstructions"]],
                         [(t["from"], t["to"], t["amount"], next(p["reference"] for p in show["participants"] if str(p["id"]) in (t["from"], t["to"])),
                           next(p["rfReference"] for p in show["participants"] if str(p["id"]) in (t["from"], t["to"])), due) for t in show["transfers"]])
                    R.eq("json", "summary", path, "totals", doc["totals"], show["totals"])
                # CSV as written, then as LibreOffice read it
                path = os.path.join(d, base + ".csv")
                rows, raw = read_csv(path, ";" if lang == "fi" else ",")
                R.eq("csv", kind, path, "UTF-8 BOM", raw[:3], b"\xef\xbb\xbf")
                lo_path = os.path.join(out, "lo-csv", lang, base + ".csv")
                lo_rows, _ = read_csv(lo_path, ";")
                names = [p["name"] for p in show["participants"]] if not member else [next(p["name"] for p in show["participants"] if str(p["id"]) == member)]
                R.eq("libreoffice-csv", kind, lo_path, "Finnish letters survive", sorted(n for n in names if any(n == r[0] for r in lo_rows)), sorted(names))
                if member:
                    check_statement_csv("csv", path, rows, show, member, lang, "text")
                    check_statement_csv("libreoffice-csv", lo_path, lo_rows, show, member, lang, "lo")
                else:
                    check_summary_csv("csv", path, rows, show, lang, "text")
                    check_summary_csv("libreoffice-csv", lo_path, lo_rows, show, lang, "lo")
                # XLSX through LibreOffice (recalculated), and its cached formula values
                path = os.path.join(d, base + ".xlsx")
                sheets = lo_sheets(os.path.join(out, "lo-xlsx", lang), base, path)
                R.ok("libreoffice-xlsx", kind, path, "LibreOffice opened it", sheets)
                check_cached_sums("libreoffice-xlsx", kind, path, xlsx_cells(path), sheets)
                shown = lo_sheets(os.path.join(out, "lo-shown", lang), base, path, shown=True)
                if member:
                    check_statement_csv("libreoffice-xlsx", path, list(sheets.values())[0], show, member, lang, "lo")
                    check_statement_csv("xlsx-as-shown", path, list(shown.values())[0], show, member, lang, "shown")
                else:
                    check_summary_csv("libreoffice-xlsx", path, all_rows(sheets), show, lang, "lo")
                    check_summary_csv("xlsx-as-shown", path, all_rows(shown), show, lang, "shown")
                    first = dict((r[0], r[1]) for r in list(shown.values())[0] if len(r) > 1)
                    terms = show["paymentTerms"]
                    l = LABELS[lang]
                    R.eq("xlsx-as-shown", "summary", path, "Y-tunnus, IBAN, date, payment term",
                         [first.get(l["businessId"]), first.get(l["iban"]), first.get(l["issued"]), first.get(l["term"])],
                         [terms["businessId"], terms["iban"], date(terms["issued"], lang), f"{terms['days']} {l['days']}"])
                    R.rows[("xlsx-as-shown", "summary")][1] += 3
                # Markdown, HTML printed by Chromium, the PDF
                texts = [("markdown", os.path.join(d, base + ".md")),
                         ("chromium", os.path.join(out, "chromium", lang, base + ".txt")),
                         ("pdftotext", os.path.join(d, base + ".txt"))]
                for client, tpath in texts:
                    text = open(tpath, encoding="utf-8").read()
                    if member:
                        check_statement_text(client, tpath, text, show, member, lang)
                    else:
                        check_summary_text(client, tpath, text, show, lang)
                cbase = os.path.join(out, "chromium", lang, base)
                check_clipping(cbase + ".pdf", cbase + ".bbox.html", cbase + ".info")
                lbase = os.path.join(out, "lo-pdf", lang, base)
                check_clipping(lbase + ".pdf", lbase + ".bbox.html", lbase + ".info", "xlsx-printed", margin=14.0)
                check_printed_xlsx(lbase + ".txt", show, member, lang)
                pbase = os.path.join(d, base)
                check_clipping(pbase + ".pdf", pbase + ".bbox.html", pbase + ".info", "pdftotext")
        report = json.load(open(os.path.join(out, "report-month.json"), encoding="utf-8"))
        check_report(lang, report, shows)
        for client, pbase in (("chromium", os.path.join(out, "chromium", lang, "report-month")), ("pdftotext", os.path.join(d, "report-month"))):
            check_clipping(pbase + ".pdf", pbase + ".bbox.html", pbase + ".info", client)

    files = len({p for _, p in R.files})
    print(f"{'client':<18}{'what':<14}{'files':>7}{'values':>9}{'mismatches':>12}")
    for (client, kind), (n, values, bad) in sorted(R.rows.items()):
        print(f"{client:<18}{kind:<14}{n:>7}{values:>9}{bad:>12}")
    total_values = sum(v for _, v, _ in R.rows.values())
    total_bad = sum(b for _, _, b in R.rows.values())
    exported = len(glob.glob(os.path.join(out, "export", "*", "*.*"))) - len(glob.glob(os.path.join(out, "export", "*", "*.txt"))) \
        - len(glob.glob(os.path.join(out, "export", "*", "*.info"))) - len(glob.glob(os.path.join(out, "export", "*", "*.bbox.html")))
    print(f"\n{exported} exported files, {files} files read, {total_values} values compared, {total_bad} mismatches")
    for problem in R.problems[:200]:
        print("MISMATCH " + problem)
    return 1 if total_bad else 0


def tamper(src, dst):
    """Copies the workbook with every cached formula value off by 1000, for the recalculation control."""
    zin = zipfile.ZipFile(src)
    with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename.startswith("xl/worksheets/"):
                text = data.decode()
                text = re.sub(r"(<(?:x:)?f>[^<]*</(?:x:)?f><(?:x:)?v>)([^<]*)(</(?:x:)?v>)",
                              lambda m: m.group(1) + repr(float(m.group(2)) + 1000) + m.group(3), text)
                data = text.encode()
            zout.writestr(item, data)
    return 0


if __name__ == "__main__":
    if sys.argv[1:2] == ["tamper"]:
        sys.exit(tamper(sys.argv[2], sys.argv[3]))
    sys.exit(check(sys.argv[2]))

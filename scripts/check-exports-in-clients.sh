#!/usr/bin/env bash
# Opens every export of the demo association in the client its users would use and checks every amount, reference
# and due date against `campaign show --json` (see README, "Checking the exports in real clients").
#
#   scripts/check-exports-in-clients.sh [OUTDIR]      (default /tmp/comarketing-export-check; wiped first)
#
# Needs: a built CLI (dotnet build src/CoMarketing.Cli), LibreOffice (soffice), Chromium, poppler-utils (pdftotext,
# pdfinfo) and python3. Not part of `dotnet test`: the CI machine may lack the clients. Exits non-zero on any mismatch.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="${1:-/tmp/comarketing-export-check}"
DLL="$ROOT/src/CoMarketing.Cli/bin/Debug/net10.0/comarketing.dll"
FORMATS=(csv xlsx html md json pdf)
LANGS=(fi en)
# The association's details are not in the demo; these are valid ones (a real Y-tunnus shape, the IBAN of the
# Finnish standard's example) so that the letterheads and the check digits can be checked.
BUSINESS_ID="${CHECK_BUSINESS_ID:-0112038-9}"
IBAN="${CHECK_IBAN:-FI2112345600000785}"

for tool in dotnet soffice chromium pdftotext pdfinfo python3; do
  command -v "$tool" >/dev/null || { echo "missing client: $tool" >&2; exit 2; }
done
[ -f "$DLL" ] || { echo "build the CLI first: dotnet build src/CoMarketing.Cli" >&2; exit 2; }

rm -rf "$OUT"
mkdir -p "$OUT"/{show,export,lo-xlsx,lo-shown,lo-pdf,lo-csv,chromium}
DB="$OUT/demo.db"
cli() { dotnet "$DLL" --db "$DB" "$@"; }

echo "== demo association in $DB"
cli demo >/dev/null
cli settings --business-id "$BUSINESS_ID" --iban "$IBAN" >/dev/null
cli settings > "$OUT/settings.txt"
cli campaign list --json > "$OUT/campaigns.json"
mapfile -t CAMPAIGNS < <(python3 -c 'import json,sys; [print(c["id"]) for c in json.load(open(sys.argv[1]))]' "$OUT/campaigns.json")

echo "== exports: ${#CAMPAIGNS[@]} campaigns x ${LANGS[*]} x ${FORMATS[*]}, member statements, report --period month"
for id in "${CAMPAIGNS[@]}"; do
  cli campaign show "$id" --json > "$OUT/show/c$id.json"
  mapfile -t MEMBERS < <(python3 -c 'import json,sys; [print(p["id"]) for p in json.load(open(sys.argv[1]))["participants"]]' "$OUT/show/c$id.json")
  for lang in "${LANGS[@]}"; do
    mkdir -p "$OUT/export/$lang"
    for f in "${FORMATS[@]}"; do
      cli export "$id" --format "$f" --lang "$lang" -o "$OUT/export/$lang/c$id.$f" >/dev/null
      for m in "${MEMBERS[@]}"; do
        cli export "$id" --format "$f" --lang "$lang" --member "$m" -o "$OUT/export/$lang/c$id-m$m.$f" >/dev/null
      done
    done
  done
done
cli report --period month --format json > "$OUT/report-month.json"
for lang in "${LANGS[@]}"; do
  for f in "${FORMATS[@]}"; do
    cli report --period month --format "$f" --lang "$lang" -o "$OUT/export/$lang/report-month.$f" >/dev/null
  done
done

# LibreOffice with its own profile that recalculates every formula when a file is loaded (OOXMLRecalcMode 0 =
# always), so the CSV it writes holds recalculated values, not the cached ones the file carries.
PROFILE="$OUT/lo-profile"
mkdir -p "$PROFILE/user"
cat > "$PROFILE/user/registrymodifications.xcu" <<'XCU'
<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
XCU
# The same, showing cells as a Finnish (fi-FI) or English (en-GB) LibreOffice shows them, for the formatted values.
for lang in "${LANGS[@]}"; do
  mkdir -p "$OUT/lo-profile-$lang/user"
  locale=$([ "$lang" = fi ] && echo fi-FI || echo en-GB)
  sed "s|</oor:items>|<item oor:path=\"/org.openoffice.Setup/L10N\"><prop oor:name=\"ooSetupSystemLocale\" oor:op=\"fuse\"><value>$locale</value></prop></item>\n</oor:items>|" \
    "$PROFILE/user/registrymodifications.xcu" > "$OUT/lo-profile-$lang/user/registrymodifications.xcu"
done
# CSV out: ';' (59), '"' (34), UTF-8 (76), from line 1, en-US numbers (1033), raw values not as shown, every sheet (-1).
LO_OUT='csv:Text - txt - csv (StarCalc):59,34,76,1,,1033,false,true,false,false,false,-1'
soffice_run() { soffice -env:UserInstallation="file://$PROFILE" --headless "$@" >>"$OUT/soffice.log" 2>&1; }
LO_SHOWN='csv:Text - txt - csv (StarCalc):59,34,76,1,,0,false,true,true,false,false,-1'  # as shown, in the profile's locale

echo "== LibreOffice $(soffice --version | awk '{print $2}'): XLSX -> CSV (recalculated), CSV -> CSV"
# A control: a workbook whose cached SUM is tampered must come back recalculated, proving recalculation is on.
python3 "$ROOT/scripts/check_exports.py" tamper "$OUT/export/fi/c${CAMPAIGNS[0]}.xlsx" "$OUT/tampered.xlsx"
for lang in "${LANGS[@]}"; do
  mkdir -p "$OUT/lo-xlsx/$lang" "$OUT/lo-csv/$lang"
  soffice_run --convert-to "$LO_OUT" --outdir "$OUT/lo-xlsx/$lang" "$OUT"/export/$lang/*.xlsx
  mkdir -p "$OUT/lo-shown/$lang"
  soffice -env:UserInstallation="file://$OUT/lo-profile-$lang" --headless --convert-to "$LO_SHOWN" \
    --outdir "$OUT/lo-shown/$lang" "$OUT"/export/$lang/*.xlsx >>"$OUT/soffice.log" 2>&1
  # Printed from LibreOffice (the workbook's own page set-up), to see that every column of a row is on one page.
  mkdir -p "$OUT/lo-pdf/$lang"
  soffice -env:UserInstallation="file://$OUT/lo-profile-$lang" --headless --convert-to pdf \
    --outdir "$OUT/lo-pdf/$lang" "$OUT"/export/$lang/*.xlsx >>"$OUT/soffice.log" 2>&1
  # The CSV read as its users' spreadsheet would: Finnish ';' with the Finnish locale (1035), English ',' (1033).
  if [ "$lang" = fi ]; then in='CSV:59,34,76,1,,1035'; else in='CSV:44,34,76,1,,1033'; fi
  soffice_run --infilter="$in" --convert-to "${LO_OUT%,-1}" --outdir "$OUT/lo-csv/$lang" "$OUT"/export/$lang/*.csv
done
mkdir -p "$OUT/lo-xlsx/tampered"
soffice_run --convert-to "$LO_OUT" --outdir "$OUT/lo-xlsx/tampered" "$OUT/tampered.xlsx"

echo "== $(chromium --version 2>/dev/null | awk '{print $1, $2}'): HTML printed to PDF (A4 from the page's CSS), then pdftotext"
for lang in "${LANGS[@]}"; do
  mkdir -p "$OUT/chromium/$lang"
  for html in "$OUT"/export/$lang/*.html; do
    base="$(basename "$html" .html)"
    chromium --headless --no-sandbox --disable-gpu --no-pdf-header-footer \
      --print-to-pdf="$OUT/chromium/$lang/$base.pdf" "file://$html" >>"$OUT/chromium.log" 2>&1
  done
done

echo "== $(pdftotext -v 2>&1 | head -1): the product's PDFs and Chromium's prints"
for dir in "$OUT"/export/* "$OUT"/chromium/* "$OUT"/lo-pdf/*; do
  for pdf in "$dir"/*.pdf; do
    pdftotext -layout "$pdf" "${pdf%.pdf}.txt"
    pdftotext -bbox "$pdf" "${pdf%.pdf}.bbox.html"
    pdfinfo "$pdf" > "${pdf%.pdf}.info"
  done
done

echo "== comparing"
python3 "$ROOT/scripts/check_exports.py" check "$OUT"

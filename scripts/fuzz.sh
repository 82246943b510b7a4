#!/usr/bin/env bash
# Run every fuzz target (or the ones named after N) for N seconds each (default 120), seeded
# with our own fixtures. Prints one line per target: runs executed and whether anything was
# found. `scripts/fuzz.sh 600 html_clean html_report batch_csv` is the hardening run.
set -euo pipefail
cd "$(dirname "$0")/.."
SECS=${1:-120}
shift || true
TARGETS=${*:-ofac_csv un_xml eu_oj_csv eu_fsf_xml us_csl ftm_json dates names html_clean html_report batch_csv pdf_page}
FIX=crates/vigil-ingest/tests/fixtures
mkdir -p fuzz/corpus/{ofac_csv,un_xml,eu_oj_csv,eu_fsf_xml,us_csl,ftm_json,dates,names,html_clean,html_report,batch_csv,pdf_page}
cp $FIX/un-sample.xml fuzz/corpus/un_xml/
cp $FIX/eu-fsf-sample.xml fuzz/corpus/eu_fsf_xml/
cp $FIX/eu-oj-sample.csv fuzz/corpus/eu_oj_csv/
cp $FIX/csl-sample.csv fuzz/corpus/us_csl/
cp $FIX/ftm-sample.ftm.json fuzz/corpus/ftm_json/
printf '10,"EXAMPLE TRADING LLC",-0- ,"IRAN] [SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. '"'"'EXTRA'"'"'; DOB 01 Feb 1970; Passport X1 (Iran); Linked To: DOE, John."\n11,"DOE, John","individual","SDGT",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n' > fuzz/corpus/ofac_csv/seed.csv
printf 'Asadollah AssadiASSADI Assadollah' > fuzz/corpus/names/a; printf 'اسدالله اسدیMaher (a.k.a. Mahir) AL-ASSAD' > fuzz/corpus/names/b
printf '31 Aug 1960' > fuzz/corpus/dates/a; printf '1960 to 1962' > fuzz/corpus/dates/b; printf '22.12.1971' > fuzz/corpus/dates/c
# Pages: our synthetic and held-out reports, plus deep and wide seeds (see the targets).
for t in html_clean html_report; do
    cp eval/reports/synthetic/* eval/reports/heldout/*.{html,txt} fuzz/corpus/$t/ 2>/dev/null || true
    printf 'D\x4e\x20<p>The envoy met the minister in Vienna on Monday, officials said.</p>' > fuzz/corpus/$t/deep
    printf 'W\x03\xe8<b>Amir</b> <i>met</i> <a href="#">Nasim</a>. ' > fuzz/corpus/$t/wide
    printf '<table><tr><td><ul><li><blockquote><p>Deep <b>nesting</b></p></blockquote></li></ul></td></tr></table>' > fuzz/corpus/$t/nest
done
# PDFs of three producers (a browser's print, word-by-word typesetting, an embedded TrueType
# font), without the header the target adds.
for f in eval/reports/heldout105/*.pdf; do tail -c +10 "$f" > "fuzz/corpus/pdf_page/$(basename "$f")"; done
printf 'name,schema,birth_date,country\nKaveh Nourbakhsh,Person,1968,Iran\n"Acme Trading,us\n\nSample, "Brigade",Organization\r\n' > fuzz/corpus/batch_csv/seed.csv
printf 'name\n"Doe, ""J""",1\nshort\n\xff\xfe bad utf8\n' > fuzz/corpus/batch_csv/quotes.csv
export RUSTC_BOOTSTRAP=1
for t in $TARGETS; do
    log=$(mktemp)
    if cargo fuzz run --sanitizer none "$t" -- -max_total_time="$SECS" -rss_limit_mb=2048 -timeout=10 >"$log" 2>&1; then
        runs=$(grep -oE '#[0-9]+' "$log" | tail -1)
        echo "$t: $runs runs in ${SECS}s, nothing found"
    else
        echo "$t: FOUND a problem; see fuzz/artifacts/$t and the log $log"
        grep -E "panicked|ERROR|SUMMARY" "$log" | head -5
    fi
done

#!/usr/bin/env bash
# Capture what raquan's commands print and write, into a folder that can be compared with
# `diff -r` against the same capture of another version of the code.
#
#   tools/compare_outputs.sh OUT [REPO]
#
# REPO (default: this script's repository) is the source tree whose code runs: its raquan/
# package comes first on PYTHONPATH, and its plans/, examples/, tests/fixtures/broken/ and
# benchmarks/generate.py are the inputs. The active Python must have raquan's dependencies.
# Every command runs in a fresh work folder with relative paths, so that the paths printed are
# the same for every REPO; each leaves OUT/<name>.out, .err and .rc (exit code). Each .docx is
# unpacked into OUT/<name>.docx.d/ (its parts' XML, not the zip bytes), with the creation and
# modification times of docProps/core.xml normalised (they are the time of the run).
# The 1 MB benchmark corpus is generated (seed 1) into OUT/corpus/ and checked too.
#
# Example (the layout change of issue 13):
#   git -C /work/main archive 32ffc5c | tar -x -C /tmp/raquan-before
#   tools/compare_outputs.sh /tmp/outputs-before /tmp/raquan-before
#   tools/compare_outputs.sh /tmp/outputs-after
#   diff -r /tmp/outputs-before /tmp/outputs-after && echo identical
set -euo pipefail

out=${1:?usage: tools/compare_outputs.sh OUT [REPO]}
repo=$(cd "${2:-$(dirname "$0")/..}" && pwd)
mkdir -p "$out"
out=$(cd "$out" && pwd)
work=$(mktemp -d "${TMPDIR:-/tmp}/raquan-compare-XXXXXX")
trap 'rm -rf "$work"' EXIT

export PYTHONPATH="$repo" RAQUAN_CACHE_DIR="$work/.cache" COLUMNS=100 NO_COLOR=1 LC_ALL=C.UTF-8
unset RAQUAN_DEBUG
cd "$work"
cp -r "$repo/plans" "$repo/examples" .
cp -r "$repo/tests/fixtures/broken" broken
python "$repo/benchmarks/generate.py" corpus --size 1MB --seed 1 > "$out/generate.out"
# The manifest names the folder and a digest of the generator's code: leave both out.
python -c 'import json, sys
m = json.load(open(sys.argv[1]))
print(json.dumps({k: v for k, v in m.items() if k not in ("folder", "generator")}, indent=2))' \
    corpus/manifest.json > "$out/corpus-manifest.json"
mkdir "$out/corpus"
cp -r corpus/plans corpus/reports "$out/corpus/"

run() { # run NAME ARGS...: python -m raquan ARGS, in the work folder
    local name=$1
    shift
    set +e
    python -m raquan "$@" > "$out/$name.out" 2> "$out/$name.err"
    echo $? > "$out/$name.rc"
    set -e
}

unpack() { # unpack NAME FILE: a .docx's parts, timestamps of docProps/core.xml normalised
    local name=$1 file=$2
    if [ -f "$file" ]; then
        mkdir -p "$out/$name.docx.d"
        (cd "$out/$name.docx.d" && python -m zipfile -e "$work/$file" .)
        sed -i -E 's#(<dcterms:(created|modified)[^>]*>)[^<]*#\1T#g' \
            "$out/$name.docx.d/docProps/core.xml"
        rm "$file"
    fi
}

# help of every command
run help --help
for command in check due diff schema render "render plan" "render report" new "new plan" \
    "new report"; do
    # shellcheck disable=SC2086  # the subcommand's words are separate arguments
    run "help-${command// /-}" $command --help
done
run version --version

# check
run check-default check
for format in text concise json github; do
    run "check-plans-$format" check plans/ --format "$format"
done
run check-with-results check plans/ examples/bao-cao/ --format concise
run check-broken check broken/ --format text
run check-broken-json check broken/ --format json
run check-select check plans/ --select RQ2 --ignore RQ206 --strict
run check-list check --list
run check-explain check --explain RQ202
run check-bad-format check plans/ --format xml
run check-missing check no-such-folder/

# due
unit="xã Đoàn Kết"
for format in table json ics md; do
    run "due-unit-$format" due --unit "$unit" --today 2023-01-10 --format "$format"
    run "due-all-$format" due --today 2023-01-10 --format "$format"
done
run due-results due plans/ examples/bao-cao/ --unit "phường Quyết Thắng" --today 2023-04-10 --all
run due-results-json due plans/ examples/bao-cao/ --unit "phường Quyết Thắng" --today 2023-04-10 \
    --all --format json
run due-within due --unit "doan ket" --unit "Kinh tế" --today 2023-01-20 --within 10 \
    --group-by plan --role chu-tri
run due-window-md due --today 2023-01-10 --from 2023-01-15 --to 10/02/2023 --group-by unit \
    --format md
run due-overdue due --unit "$unit" --today 2023-03-01 --fail-on-overdue
run due-unknown due --unit "xã Đoàn Kêt Mới" --today 2023-01-10
run due-to-file due --unit "$unit" --today 2023-01-10 -o due-table.txt
cp due-table.txt "$out/due-to-file.txt"
run due-to-file-ics due --unit "$unit" --today 2023-01-10 --format ics -o due.ics
cp due.ics "$out/due-to-file.ics"

# render
run render-plan render plan plans/ke-hoach-ra-quan-2023.yaml -o plan.docx
unpack render-plan plan.docx
run render-summary render report --reports examples/bao-cao --kind summary --date 2023-04-07 \
    --to "UBND tỉnh" -o summary.docx
unpack render-summary summary.docx
run render-unit render report --reports examples/bao-cao --kind summary --unit "$unit" \
    -o unit.docx
unpack render-unit unit.docx
run render-quick render report --reports examples/bao-cao --kind quick --unit "$unit" \
    -o quick.docx
unpack render-quick quick.docx
cp broken/unknown-key.yaml plans/loi.yaml
run render-broken render plan plans/loi.yaml -o loi.docx
rm plans/loi.yaml

# diff: the bundled plan against a copy with a deadline and a host changed
mkdir versions
cp plans/*.yaml versions/
cp versions/ke-hoach-ra-quan-2023.yaml versions/moi.yaml
sed -i -e 's/date: 2023-01-15/date: 2023-01-13/' \
    -e '0,/host: xã Đoàn Kết/s//host: xã Hòa Bình/' versions/moi.yaml
for format in text json md; do
    run "diff-$format" diff versions/ke-hoach-ra-quan-2023.yaml versions/moi.yaml --format "$format"
done
run diff-unit diff versions/ke-hoach-ra-quan-2023.yaml versions/moi.yaml --unit "Hòa Bình"
run diff-same diff versions/ke-hoach-ra-quan-2023.yaml versions/ke-hoach-ra-quan-2023.yaml
run diff-one diff versions/moi.yaml

# new, schema
mkdir new
run new-plan new plan --units plans/units.yaml -o new/ke-hoach-moi.yaml --today 2023-01-10
run new-report new report --plan plans/ke-hoach-ra-quan-2023.yaml --unit "$unit" --kind summary \
    -o new/bao-cao.yaml
run new-exists new plan -o new/ke-hoach-moi.yaml --today 2023-01-10
cp -r new "$out/new"
for kind in plan units report; do
    run "schema-$kind" schema "$kind"
done

# the 1 MB corpus
run corpus-check check corpus/plans/
run corpus-check-json check corpus/plans/ --format json --jobs 1
run corpus-check-results check corpus/plans/ corpus/reports/ --format concise
due_unit=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["due_unit"])' \
    corpus/manifest.json)
due_day=$(python -c 'import json, sys; print(json.load(open(sys.argv[1]))["due_today"])' \
    corpus/manifest.json)
run corpus-due-json due corpus/plans/ --unit "$due_unit" --today "$due_day" --format json
run corpus-due-table due corpus/plans/ corpus/reports/ --unit "$due_unit" --today "$due_day"
echo "outputs in $out"

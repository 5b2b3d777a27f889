#!/usr/bin/env bash
# Smoke test of the built application (docs/packaging.md#smoke-test): every subcommand on a
# scratch database, then the window offscreen on the sample data, in both languages.
# usage: packaging/smoke_test.sh DIST_DIR      (DIST_DIR holds keyaccount-desk/keyaccount-desk
#                                               or is that folder itself)
# Runs in a temporary HOME: no data of the user's is read or written. Fails on a non-zero exit,
# a traceback on stderr, or a file the application needs missing from the folder.
set -euo pipefail
dist=${1:?usage: smoke_test.sh DIST_DIR}
app_dir=$dist
[ -f "$app_dir/keyaccount-desk" ] || app_dir=$dist/keyaccount-desk
program=$(cd "$app_dir" && pwd)/keyaccount-desk
[ -f "$program" ] || { echo "smoke test: no program at $program"; exit 1; }

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
export HOME=$scratch/home KEYACCOUNT_DESK_HOME=$scratch/desk QT_QPA_PLATFORM=offscreen
unset XDG_DATA_HOME XDG_CONFIG_HOME XDG_CACHE_HOME MPLCONFIGDIR
mkdir -p "$HOME"
db=$scratch/smoke.sqlite
failures=0

# run NAME EXPECTED_IN_STDOUT ARGS...: one command; its output is kept for a failure report
run() {
  local name=$1 expected=$2; shift 2
  local out=$scratch/$name.out err=$scratch/$name.err code=0
  "$program" "$@" >"$out" 2>"$err" || code=$?
  if [ "$code" -ne 0 ] || grep -q "Traceback" "$err" \
    || { [ -n "$expected" ] && ! grep -q -- "$expected" "$out"; }; then
    echo "FAIL $name (exit $code): keyaccount-desk $*"
    sed 's/^/  out: /' "$out" | tail -20
    sed 's/^/  err: /' "$err" | tail -20
    failures=$((failures + 1))
  else
    echo "ok   $name"
  fi
}

# files the application reads from its folder (resources, migrations, Qt plugins)
internal=$app_dir/_internal
for needed in \
  desktop/_bundled/resources/i18n/core_zh_CN.qm \
  desktop/_bundled/resources/icons/keyaccount-desk.svg \
  desktop/_bundled/resources/templates/checklist_default.json \
  desktop/_bundled/data/demo/sample.json \
  desktop/migrations/env.py \
  desktop/migrations/versions/0001_initial_schema.py \
  PySide6/Qt/plugins/platforms/libqoffscreen.so \
  PySide6/Qt/plugins/platforms/libqxcb.so \
  PySide6/Qt/plugins/imageformats/libqsvg.so \
  PySide6/Qt/plugins/iconengines/libqsvgicon.so \
  PySide6/Qt/translations/qtbase_zh_CN.qm; do
  if [ -e "$internal/$needed" ]; then echo "ok   has $needed"; else
    echo "FAIL missing $needed"; failures=$((failures + 1)); fi
done
for unwanted in QtWebEngineCore QtQml QtQuick Qt3DCore QtMultimedia QtNetwork; do
  if compgen -G "$internal/PySide6/$unwanted.*" >/dev/null; then
    echo "FAIL carries $unwanted"; failures=$((failures + 1)); fi
done

# Every shared library of the folder loads (Linux): a build step that damages one (stripping a
# library a wheel patched, say) shows only when a screen first needs it, e.g. numpy for a chart.
broken=$(cd "$internal" && LD_LIBRARY_PATH=$internal:$internal/PySide6/Qt/lib python3 - <<'PY'
import ctypes, glob, os
for path in sorted(glob.glob("**/*.so*", recursive=True)):
    # libpython itself cannot be loaded into the Python running this check
    if os.path.isfile(path) and not os.path.islink(path) and "libpython" not in path:
        try:
            ctypes.CDLL(os.path.abspath(path))
        except OSError as exc:
            if "cannot open shared object file" not in str(exc):  # a dependency the loader
                print(f"{path}: {exc}")                       # here cannot see: not damage
# skip the exit handlers: the loaded extensions' destructors expect their own interpreter
os.sys.stdout.flush()
os._exit(0)
PY
) || broken="the check itself failed (exit $?)"
if [ -z "$broken" ]; then echo "ok   every library loads"; else
  echo "FAIL libraries that do not load:"; echo "$broken"; failures=$((failures + 1)); fi

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' "$(dirname "$0")/../desktop/__init__.py")
run version "$version" --version
run help "import" --help
run demo "" demo --db "$db" --lang zh_CN
run check "" check --db "$db"
run export "" export "$scratch/all.xlsx" --db "$db"
run summary "" export --summary "$scratch/summary.xlsx" --db "$db" --lang zh_CN
run calendar "" calendar "$scratch/plan.ics" --db "$db"
run backup "" backup --db "$db" --to "$scratch/copy.sqlite"
run import "" import --kind full "$scratch/all.xlsx" --db "$scratch/imported.sqlite"
run check-imported "" check --db "$scratch/imported.sqlite"
run restore "" restore "$scratch/copy.sqlite" --db "$scratch/restored.sqlite"
# a refusal is one sentence and exit code 1, never a traceback
code=0
"$program" import "$scratch/missing.xlsx" --db "$db" >/dev/null 2>"$scratch/refusal.err" || code=$?
if [ "$code" -eq 1 ] && ! grep -q Traceback "$scratch/refusal.err"; then echo "ok   refusal"; else
  echo "FAIL refusal (exit $code)"; cat "$scratch/refusal.err"; failures=$((failures + 1)); fi

# The window on the sample data: the start-up probe quits once the window is shown and the
# event loop is idle (desktop/startup_probe.py). Every tab once, and Chinese.
for tab in orgchart opportunities bids contracts; do
  KEYACCOUNT_DESK_STARTUP_PROBE=1 run "window-$tab" "startup-probe" --demo --lang en --tab "$tab"
done
KEYACCOUNT_DESK_STARTUP_PROBE=1 run window-zh "startup-probe" --demo --lang zh_CN

if [ "$failures" -ne 0 ]; then echo "smoke test: $failures failed"; exit 1; fi
echo "smoke test: all passed ($(du -sh "$app_dir" | cut -f1) in $app_dir)"

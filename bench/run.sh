#!/usr/bin/env bash
# Whole-process benchmark of policyscore as users run it (docs/performance.md).
#
#   bench/run.sh [--rev REV] [--runs N] [--tool "COMMAND"] [--keep]
#
# Clones the repository at REV (default HEAD, i.e. what is committed) into target/bench/clone,
# builds it the way a user does (the first ./policyscore), then measures with hyperfine (CPU =
# user + system, mean of N runs after warm-up) and /usr/bin/time (peak RSS):
#   --help against a hello-world jar, in the same run;
#   aggregate of RDR 2020's 28,453 answers against bench/aggregate_rdr.py (the same rules in
#   plain Python), and checks that both give the same scores;
#   aggregate of the same file sixteen times over (416 companies) in -Xmx256m;
#   diff of two ~200 KB versions of a policy, and of two identical copies;
#   run --offline on the fresh clone (charts and report of the published year): the first run
#   after the build, then repeated runs;
#   the jar's size.
# --tool runs another command in place of the clone's ./policyscore for every step but the
# clone's own run --offline (e.g. --tool "java -jar old.jar" to compare a jar built earlier).
# Needs hyperfine, GNU time (/usr/bin/time), python3, git, Maven and Java 17; RDR's data in
# ../shared/rdr/2020 (or RDR_DIR). Prints a Markdown table; target/bench/results.md keeps it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
rev=HEAD
runs=10
tool=""
keep=false
while [ $# -gt 0 ]; do
  case "$1" in
    --rev) rev="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --tool) tool="$2"; shift 2 ;;
    --keep) keep=true; shift ;;
    -h|--help) sed -n '2,24p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "bench/run.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done
for cmd in hyperfine python3 git java javac jar mvn; do
  command -v "$cmd" >/dev/null || { echo "bench/run.sh: $cmd is needed" >&2; exit 1; }
done
[ -x /usr/bin/time ] || { echo "bench/run.sh: GNU time is needed (Debian: apt-get install time)" >&2; exit 1; }
rdr="${RDR_DIR:-$root/../shared/rdr/2020}"
elements="$rdr/2020-rdr-index-06-element-scores.csv"
[ -f "$elements" ] || { echo "bench/run.sh: RDR's element file not found at $elements (set RDR_DIR)" >&2; exit 1; }

work="$root/target/bench"
mkdir -p "$work"
results="$work/results.md"
rows="$work/rows.tsv"
: > "$rows"

# --- the floor: a hello-world jar
mkdir -p "$work/hello"
javac -d "$work/hello" "$here/Hello.java"
printf 'Main-Class: Hello\n' > "$work/hello/manifest.txt"
jar cfm "$work/hello.jar" "$work/hello/manifest.txt" -C "$work/hello" Hello.class
hello=(java -jar "$work/hello.jar")

# --- inputs: the 16x file and the 200 KB policy versions
if [ ! -f "$work/inputs/rdr-x16.csv" ] || [ "$here/make_inputs.py" -nt "$work/inputs/rdr-x16.csv" ]; then
  RDR_ELEMENTS="$elements" python3 "$here/make_inputs.py" "$work/inputs"
fi
in="$work/inputs"

# --- a fresh clone, built as a user builds it
sha="$(git -C "$root" rev-parse "$rev")"
clone="$work/clone"
rm -rf "$clone"
git clone -q --no-checkout "$root" "$clone"
git -C "$clone" checkout -q "$sha"
echo "bench: built and measured at $(git -C "$root" log -1 --format='%h %s' "$sha")" >&2
start=$(date +%s.%N)
/usr/bin/time -f '%e %U %S %M' -o "$work/build.time" "$clone/policyscore" --version >/dev/null 2>"$work/build.log" \
  || { cat "$work/build.log" >&2; exit 1; }
read -r build_wall build_user build_sys _ < "$work/build.time"
jar_bytes=$(stat -c %s "$clone/target/policyscore.jar")
if [ -n "$tool" ]; then
  read -r -a ps <<< "$tool"
else
  ps=("$clone/policyscore")
fi

# hyperfine's mean wall, mean user+system CPU (s); /usr/bin/time's peak RSS (MB) over 3 runs.
measure() { # name, then the command
  local name="$1"; shift
  local json="$work/$name.json"
  local quoted
  quoted="$(printf '%q ' "$@")"
  hyperfine -N -i --style none --warmup 2 --runs "$runs" --export-json "$json" "$quoted" >/dev/null 2>"$work/$name.hf.log" \
    || { echo "bench: $name: hyperfine failed:" >&2; cat "$work/$name.hf.log" >&2; exit 1; }
  local rss=0 code=0
  for _ in 1 2 3; do
    set +e
    /usr/bin/time -f '%M' -o "$work/$name.rss" "$@" >"$work/$name.out" 2>"$work/$name.err"
    code=$?
    set -e
    rss=$(( $(tail -1 "$work/$name.rss") > rss ? $(tail -1 "$work/$name.rss") : rss ))
  done
  python3 - "$json" "$rss" "$name" "$code" >> "$rows" <<'EOF'
import json, sys
r = json.load(open(sys.argv[1]))["results"][0]
print("\t".join([sys.argv[3], "%.3f" % r["mean"], "%.3f" % (r["user"] + r["system"]),
                 "%.0f" % (int(sys.argv[2]) / 1024), sys.argv[4]]))
EOF
}

once() { # name, then the command: one run (for the big inputs), exit code kept
  local name="$1"; shift
  set +e
  /usr/bin/time -f '%e %U %S %M' -o "$work/$name.time" "$@" >"$work/$name.out" 2>"$work/$name.err"
  local code=$?
  set -e
  read -r wall user sys rss < <(tail -1 "$work/$name.time")
  printf '%s\t%s\t%.3f\t%.0f\t%s\n' "$name" "$wall" "$(echo "$user + $sys" | bc -l)" "$(( rss / 1024 ))" "$code" >> "$rows"
}

rm -f "$work"/scores-*.csv # outputs of an earlier run must not pass for this one's
cd "$clone" # the tool runs where a user runs it: in the repository, with its catalogue
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"
measure hello "${hello[@]}"
measure help "${ps[@]}" --help
measure aggregate "${ps[@]}" aggregate --answers "$elements" --out "$work/scores-java.csv"
# The interpreter itself: a version manager's "python3" (pyenv's shim) is a shell script that
# costs about 0.05 s of CPU before Python starts, which would flatter the comparison.
python="$(python3 -c 'import sys; print(sys.executable)')"
measure python "$python" "$here/aggregate_rdr.py" "$elements" "$rdr" "$work/scores-python.csv"
same_scores=$(python3 - "$work/scores-java.csv" "$work/scores-python.csv" <<'EOF'
import csv, sys
def rows(f):
    return {tuple(r[:5]) for r in csv.reader(open(f, newline="", encoding="utf-8"))}
a, b = rows(sys.argv[1]), rows(sys.argv[2])
print(f"{len(a & b) - 1} of {len(a) - 1} rows equal" + ("" if a == b else f"; {len(a ^ b)} differ"))
EOF
)
JAVA_TOOL_OPTIONS=-Xmx256m once aggregate-x16 "${ps[@]}" aggregate --answers "$in/rdr-x16.csv" --out "$work/scores-x16.csv"
x16_check=$(python3 - "$work/scores-x16.csv" "$work/scores-java.csv" <<'EOF'
import csv, os, re, sys
if not os.path.exists(sys.argv[1]):
    print("no scores written"); sys.exit()
one = {tuple(r[:5]) for r in csv.reader(open(sys.argv[2], newline="", encoding="utf-8"))}
rows = list(csv.reader(open(sys.argv[1], newline="", encoding="utf-8")))[1:]
# every copy's companies must score exactly as the originals
folded = {(re.sub(r" #\d+$", "", r[0]),) + tuple(r[1:5]) for r in rows}
print(f"{len(rows)} scores, " + ("each copy scored as the original" if folded <= one and len(rows) == 16 * (len(one) - 1)
                                 else "NOT the original's scores"))
EOF
)
measure diff-200k "${ps[@]}" diff "$in/policy-en-v1.md" "$in/policy-en-v2.md"
measure diff-identical "${ps[@]}" diff "$in/policy-en-v1.md" "$in/policy-en-v1-copy.md"
# the first run after the build, as a user's first ./policyscore run, then the same again
once run-offline-first "$clone/policyscore" run --offline
measure run-offline "$clone/policyscore" run --offline
cd "$work"

python3 - "$rows" "$jar_bytes" "$same_scores" "$x16_check" "$build_wall" "$(echo "$build_user + $build_sys" | bc -l)" \
  "$(git -C "$root" log -1 --format='%h' "$sha")" "$runs" "${tool:-./policyscore}" \
  "$load_before" "$(cut -d' ' -f1-3 /proc/loadavg)" "$(nproc)" "${POLICYSCORE_JAVA_OPTS:-}" > "$results" <<'EOF'
import sys
rows = {}
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    rows[f[0]] = f[1:]
jar, same, x16, bwall, bcpu, sha, runs, tool, load0, load1, cpus, opts = sys.argv[2:]
cpu = lambda k: float(rows[k][1])
def row(label, key, peer=None, note=""):
    wall, c, rss, code = rows[key][:4]
    if code != "0":
        note = (note + "; " if note else "") + f"exit {code}"
    ratio = f"{cpu(key) / cpu(peer):.1f}× {peer}" if peer else ""
    print(f"| {label} | {float(wall):.3f} | {float(c):.3f} | {rss} | {ratio} | {note} |")
print(f"Commit {sha}, {tool}{' with POLICYSCORE_JAVA_OPTS=' + opts if opts else ''}; mean of {runs} runs after 2 warm-ups "
      f"(hyperfine), peak RSS the most of 3 runs. {cpus} cores; load average {load0} before, {load1} after "
      "(other work on the machine stretches wall times, not CPU times).\n")
print("| case | wall s | CPU s (user+sys) | peak RSS MB | ratio | note |")
print("|---|---|---|---|---|---|")
row("hello-world jar", "hello")
row("`--help`", "help", "hello")
row("`aggregate` RDR 2020, 28,453 answers", "aggregate", "python", same)
row("plain Python, same rules", "python")
w, c, rss, code = rows["aggregate-x16"]
print(f"| `aggregate` 16× file (455,248 answers), -Xmx256m, one run | {float(w):.3f} | {float(c):.3f} | {rss} | | exit {code}; {x16} |")
row("`diff` two 200 KB versions", "diff-200k")
row("`diff` two identical 200 KB copies", "diff-identical")
w, c, rss, code = rows["run-offline-first"]
hello_cpu = float(rows["hello"][1])
print(f"| `run --offline`, first run on the fresh clone after the build, one run | {float(w):.3f} | {float(c):.3f} | {rss} | "
      f"{float(c) / hello_cpu:.1f}× hello | exit {code} |")
row("`run --offline` again (nothing new)", "run-offline", "hello")
print(f"\nJar: {int(jar) / 1e6:.1f} MB. First build on the fresh clone (`./policyscore --version`): {float(bwall):.0f} s wall, {float(bcpu):.0f} s CPU.")
EOF
cat "$results"
if ! $keep; then rm -rf "$clone"; fi

#!/usr/bin/env bash
# Every labelled pair file, the 1,000 and 100,000 innocent names and the 2,000 Russian applicants through
# `passage eval screening --show-errors`, one output file each, so two engines compare file by file (compare-evals.sh).
# Run from the repository root, with ../shared/data beside it and data/eval built by the make_*.py scripts here:
#   bash src/bench/resources/org/passage/bench/screening/eval-all.sh OUTDIR [JAR]
# Of the *-test files, cross-list, heldout-scripts, applicants and innocent100k read only the summary lines: they are
# how a rule is known to generalise.
set -u
OUT=$1; JAR=${2:-target/passage.jar}
mkdir -p "$OUT"
source .ci/jdk.sh
J="$JAVA_HOME/bin/java --sun-misc-unsafe-memory-access=allow --add-modules jdk.incubator.vector -Xmx3g -jar $JAR"
R=src/bench/resources/org/passage/bench/screening
E=data/eval
S=../shared/data
LIST=$S/ofac-sdn/2026-08-20_json/ofac-sdn.json
F=$S/name-matching/yente-screening-fixtures
run() { local name=$1; shift; $J eval screening "$@" --show-errors > "$OUT/$name.txt" 2>/dev/null; }
run dev $S/name-matching/opensanctions-pairs-sample/sample_1000.json &
for f in name-benchmark-tune name-benchmark-test nomenklatura-tests ofac-uk-pairs-tune ofac-uk-pairs-test \
         ofac-consolidated-pairs-tune ofac-consolidated-pairs-test heldout-scripts heldout-shapes watchman-tests \
         opensanctions-tests cross-list-pairs-test probe-scripts; do run $f $R/$f.jsonl; done
wait
for f in public-pairs-tune public-pairs-test script-people-tune script-people-test eu-script-pairs-tune \
         eu-script-pairs-test eu-cross-pairs-tune eu-cross-pairs-test; do run $f $E/$f.jsonl; done
run innocent1k $S/name-matching/opensanctions-pairs-sample/sample_1000.json --innocent $F/negatives_global.csv --list $LIST --innocent-limit 1000
run innocent100k $R/probe-scripts.jsonl --innocent $F/negatives_global.csv --innocent $F/negatives_us.csv --list $LIST --innocent-limit 100000
run applicants $R/probe-scripts.jsonl --innocent $E/russian-applicants.csv --list $LIST --innocent-limit 2000

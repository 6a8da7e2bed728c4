#!/usr/bin/env bash
# The summary lines of two eval-all.sh runs side by side (F1, precision, recall; false alerts), file by file:
#   bash src/bench/resources/org/passage/bench/screening/compare-evals.sh BEFORE_DIR AFTER_DIR
B=$1; D=$2
for f in "$B"/*.txt; do n=$(basename "$f" .txt)
  b=$(grep -m1 -E "^passage .*F1=|^passage F1" "$f" | grep -o "F1=[0-9.]*.*recall=[0-9.]*")
  a=$(grep -m1 -E "^passage .*F1=|^passage F1" "$D/$n.txt" 2>/dev/null | grep -o "F1=[0-9.]*.*recall=[0-9.]*")
  case $n in innocent*|applicants)
    b=$(grep -m1 "^passage false alerts" "$f"); a=$(grep -m1 "^passage false alerts" "$D/$n.txt" 2>/dev/null);;
  esac
  printf "%-30s %s  ->  %s\n" "$n" "$b" "$a"
done

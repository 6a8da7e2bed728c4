# A third held-out set of labelled name pairs, made the same way as make_ofac_uk_pairs.py from a list no other pair file
# reads: OFAC's Consolidated (non-SDN) Sanctions List (public domain; the legacy CSV export of 2025-12-19: the Sectoral
# Sanctions Identifications of Russian banks and energy companies, the Palestinian Legislative Council, and others).
#   positives: one record's primary name against its own "aka" alias that is another spelling of the same name;
#   hard negatives: two different records of the same kind whose names share a word and differ in another.
# Pairs already in public-pairs-tune.jsonl or either half of ofac-uk-pairs are left out. Split by entity into a tuning
# and a test half; it was made after the engine's rules of 2026-12-06, and nobody had looked at a pair of it when the
# figures of that day were taken.
# Run from the repository root: python3 src/bench/resources/org/passage/bench/screening/make_ofac_consolidated_pairs.py
import csv, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofac_pairs_common import KIND, clean, data, earlier_pairs, here, write_pairs

folder = os.path.join(data, "ofac-sdn/consolidated-non-sdn_2025-12-19_legacy")
aliases = {}
with open(os.path.join(folder, "cons_alt.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.reader(f):
        if len(row) >= 4 and row[2].strip() in ("aka", "fka", "nka"):
            aliases.setdefault(row[0].strip(), []).append((row[2].strip(), row[3].strip()))
records = []
with open(os.path.join(folder, "cons_prim.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.reader(f):
        if len(row) < 3:
            continue
        kind = row[2].strip().strip('"')
        schema = "Organization" if kind == "-0-" else KIND.get(kind)  # the legacy export leaves an entity's type empty
        primary = clean(row[1])
        if not schema or not primary:
            continue
        names = aliases.get(row[0].strip(), [])
        good = [clean(a) for kind, a in names if kind == "aka"]
        records.append({"source": "ofac-cons", "schema": schema, "primary": primary, "aliases": [a for a in good if a],
                        "all": [primary] + [c for c in (clean(a) for _, a in names) if c]})

write_pairs(records, earlier_pairs(os.path.join(here, "../../../../../../..", "data", "eval", "public-pairs-tune.jsonl"),
                                   os.path.join(here, "ofac-uk-pairs-tune.jsonl"), os.path.join(here, "ofac-uk-pairs-test.jsonl")),
            "ofac-consolidated-pairs", "ofac-consolidated-pairs")

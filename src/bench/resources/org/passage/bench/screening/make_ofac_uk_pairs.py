# A second held-out set of labelled name pairs, from two lists the first set (make_public_pairs.py: EU, UN) does not
# use: the US Treasury OFAC SDN list (public domain; names and types of 2026-08-20, alias kinds of 2026-02-25) and the
# UK FCDO sanctions list (Open Government Licence; transformed copy of 2026-04). Never from the dev set.
#   positives: one record's primary name against its own alias that is another spelling of the same name, not
#              another name: OFAC "aka" aliases (never "fka"/"nka": a former name is another name) and UK primary
#              variations and good-quality aliases; about as many words as the primary name and most word initials
#              shared (people); for organizations and vessels, at least one word of four letters or more shared
#              (a translated company name keeps its proper name: Banco Nacional de Cuba, National Bank of Cuba);
#   hard negatives: two different records of the same kind (person, organization, vessel) whose names share a word
#              and differ in another, neither name's words all inside the other's.
# Records sharing a name are one entity; the pairs are split by entity into a tuning half and a test half (tune on the
# first only, report the second). A negative whose every word has a close spelling in the other name is dropped
# (the same entity listed by both, spelled apart: Tkachev, Tkachyov). A pair already in public-pairs-tune.jsonl is left out.
# Run from the repository root: python3 src/bench/resources/org/passage/bench/screening/make_ofac_uk_pairs.py
import csv, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofac_pairs_common import KIND, clean, data, earlier_pairs, here, write_pairs

records = []  # {source, schema, primary, aliases (good ones), all (every name)}
alias_kind = {}
with open(os.path.join(data, "ofac-sdn/2026-02-25_legacy/alt.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.reader(f):
        if len(row) >= 4:
            alias_kind.setdefault(row[0].strip(), {})[row[3].strip()] = row[2].strip().strip('"')
with open(os.path.join(data, "ofac-sdn/2026-08-20_json/ofac-sdn.csv"), encoding="utf-8") as f:
    for row in csv.DictReader(f):
        schema = KIND.get(row["type"])
        primary = clean(row["name"])
        if not schema or not primary:
            continue
        names = [a.strip() for a in (row["alternate_names"] or "").split(";") if a.strip()]
        kinds = alias_kind.get(row["uid"], {})
        good = [clean(a) for a in names if kinds.get(a, "aka") == "aka"]
        records.append({"source": "ofac", "schema": schema, "primary": primary, "aliases": [a for a in good if a],
                        "all": [primary] + [c for c in (clean(a) for a in names) if c]})
uk = {}
with open(os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04/subjects.csv"), encoding="utf-8") as f:
    types = {r["unique_id"]: r["subject_type"] for r in csv.DictReader(f)}
with open(os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04/subject_names.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        schema = KIND.get(types.get(r["unique_id"], ""))
        name = clean(r["full_name"])
        if not schema or not name:
            continue
        rec = uk.setdefault(r["unique_id"], {"source": "uk", "schema": schema, "primary": None, "aliases": [], "all": []})
        rec["all"].append(name)
        if r["name_type"] == "primary" and rec["primary"] is None:
            rec["primary"] = name
        elif r["name_type"] == "primary_variation" or r["alias_strength"] == "good_quality_aka":
            rec["aliases"].append(name)
records += [r for r in uk.values() if r["primary"]]

# make_public_pairs.py first
write_pairs(records, earlier_pairs(os.path.join(here, "../../../../../../..", "data", "eval", "public-pairs-tune.jsonl")),
            "ofac-uk-pairs", "ofac-uk-pairs")

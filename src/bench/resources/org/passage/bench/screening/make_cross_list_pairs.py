# A fourth held-out set of labelled name pairs, and the first made across publishers: one entity as two lists write it.
# Every other pair file pairs a record's names with its own aliases, written by one publisher; a screened name meets a
# list written by another. Nothing was tuned on this file: it has no tuning half, and it was made after the rules of
# 2026-12-07, before anybody read a pair of it.
#   positives: the UK FCDO list's names of an entity (Open Government Licence; transformed copy of 2026-04) against the
#              UN Security Council consolidated list's names of the same entity (2026-02-27), linked by the UN
#              reference number the UK list carries (QDi.001); and against OFAC SDN's names (public domain; the legacy
#              CSV of 2024-05-03), linked by a passport, national identity, tax, registration or IMO number both give.
#              The UN's name in its original script is paired too (cross-script). The primary name of one list
#              against each name of the other that is not the same string;
#   hard negatives: a name of one entity in one list against a name of another entity of the same kind in the other
#              list, sharing a word of four letters or more and differing in another; dropped when every word of the
#              shorter has a close spelling in the other (one entity listed by both, spelled apart) or when either
#              name's words are all in the other's.
# Run from the repository root: python3 src/bench/resources/org/passage/bench/screening/make_cross_list_pairs.py
import os, random, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofac_pairs_common import data, here
from cross_list_common import Pairing, by_number, read_ofac_legacy, read_uk, read_un, write_jsonl

CAP = {"Person": 700, "Organization": 500, "Vessel": 100}

uk, un, ofac = read_uk(data), read_un(data), read_ofac_legacy(data)

# links: (uk subject, other record, source)
links = []
for uid, s in uk.items():
    if s["un"] and s["un"] in un and un[s["un"]]["schema"] == s["schema"]:
        links.append((uid, un[s["un"]], "un"))
ofac_by_number = by_number(ofac)
for uid, s in uk.items():
    found = set()
    for n in s["ids"]:
        found |= ofac_by_number.get(n, set())
    for oid in sorted(found):
        if len(found) <= 2 and ofac[oid]["schema"] == s["schema"]:
            links.append((uid, ofac[oid], "ofac"))
print("links", len(links), "un", sum(1 for l in links if l[2] == "un"), "ofac", sum(1 for l in links if l[2] == "ofac"), file=sys.stderr)

pairs = Pairing(random.Random(2026_12_07), "cross-list-pairs", CAP).pairs([(l[0], l[1]) for l in links], uk)
write_jsonl(os.path.join(here, "cross-list-pairs-test.jsonl"), pairs.values())
summary = {}
for p in pairs.values():
    summary[(p["group"], p["judgement"])] = summary.get((p["group"], p["judgement"]), 0) + 1
print(len(pairs), sorted(summary.items()), file=sys.stderr)

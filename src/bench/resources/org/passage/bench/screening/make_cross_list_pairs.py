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
import csv, difflib, hashlib, json, os, random, re, sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofac_pairs_common import LEGAL, data, here, latin, same_name_spelled_apart, shares_proper_word, spelling, words

KIND = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "ship": "Vessel"}
CAP = {"Person": 700, "Organization": 500, "Vessel": 100}


def tidy(name):
    name = re.sub(r"\s+", " ", (name or "").strip())
    return name if name and len(name) <= 120 and any(c.isalpha() for c in name) else None


# the UK list: names and identifiers per subject
uk = {}
with open(os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04/subjects.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        schema = KIND.get(r["subject_type"])
        if schema:
            uk[r["unique_id"]] = {"schema": schema, "un": r["un_reference_number"].strip(), "primary": None, "names": [], "ids": set()}
with open(os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04/subject_names.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        s = uk.get(r["unique_id"])
        name = tidy(r["full_name"])
        if not s or not name or r["alias_strength"] == "low_quality_aka":
            continue
        s["names"].append(name)
        if r["name_type"] == "primary" and s["primary"] is None:
            s["primary"] = name


def number(raw):
    n = re.sub(r"[^0-9A-Za-z]", "", raw or "").upper()
    return n if len(n) >= 6 and sum(c.isdigit() for c in n) >= 5 else None


with open(os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04/subject_identifiers.csv"), encoding="utf-8") as f:
    for r in csv.DictReader(f):
        s = uk.get(r["unique_id"])
        n = number(r["raw_value"])
        if s and n:
            s["ids"].add(n)

# the UN list: names by reference number
un = {}
root = ET.parse(os.path.join(data, "un-sc-consolidated/UN_consolidated_2026-02-27.xml")).getroot()
for kind, schema in (("INDIVIDUAL", "Person"), ("ENTITY", "Organization")):
    for e in root.iter(kind):
        ref = (e.findtext("REFERENCE_NUMBER") or "").strip()
        parts = [(e.findtext(k) or "").strip() for k in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
        primary = tidy(" ".join(p for p in parts if p))
        if not ref or not primary:
            continue
        names = [primary]
        for a in e.iter(kind + "_ALIAS"):
            if (a.findtext("QUALITY") or "").strip() == "Good" and tidy(a.findtext("ALIAS_NAME")):
                names.append(tidy(a.findtext("ALIAS_NAME")))
        original = tidy(e.findtext("NAME_ORIGINAL_SCRIPT"))
        if original:
            names.append(original)
        un[ref] = {"schema": schema, "primary": primary, "names": names}

# OFAC SDN (legacy CSV with remarks): names and the numbers its remarks give
NUMBERED = re.compile(r"(?:Passport|National ID No\.|Identification Number|Tax ID No\.|Registration Number|IMO|"
                      r"Registration ID|Government Gazette Number|Cedula No\.|NIT #|C\.U\.R\.P\.|RFC|Personal ID Card|"
                      r"Russian Federation|Residency Number)\s*:?\s*([0-9A-Za-z][0-9A-Za-z\- /]{4,30})")
ofac = {}
with open(os.path.join(data, "ofac-sdn/2024-05-03_legacy/sdn.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.reader(f):
        if len(row) < 12:
            continue
        schema = KIND.get(row[2].strip().strip('"'))
        name = tidy(row[1])
        if not schema or not name:
            continue
        ids = set()
        for m in NUMBERED.finditer(row[11]):
            n = number(m.group(1).split("(")[0].split(";")[0])
            if n:
                ids.add(n)
        ofac[row[0].strip()] = {"schema": schema, "primary": name, "names": [name], "ids": ids}
with open(os.path.join(data, "ofac-sdn/2021-07-07_legacy/alt.csv"), encoding="utf-8", errors="replace") as f:
    for row in csv.reader(f):
        if len(row) >= 4 and row[0].strip() in ofac and row[2].strip().strip('"') in ("aka", "a.k.a."):
            name = tidy(row[3].strip().strip('"'))
            if name:
                ofac[row[0].strip()]["names"].append(name)

# links: (uk subject, other record, source)
links = []
for uid, s in uk.items():
    if s["un"] and s["un"] in un and un[s["un"]]["schema"] == s["schema"]:
        links.append((uid, un[s["un"]], "un"))
by_number = {}
for oid, o in ofac.items():
    for n in o["ids"]:
        by_number.setdefault(n, set()).add(oid)
for uid, s in uk.items():
    found = set()
    for n in s["ids"]:
        found |= by_number.get(n, set())
    for oid in sorted(found):
        if len(found) <= 2 and ofac[oid]["schema"] == s["schema"]:
            links.append((uid, ofac[oid], "ofac"))
print("links", len(links), "un", sum(1 for l in links if l[2] == "un"), "ofac", sum(1 for l in links if l[2] == "ofac"), file=sys.stderr)

rnd = random.Random(2026_12_07)
counter = [0]


def entity(name, schema, key):
    counter[0] += 1
    cid = hashlib.sha256(key.encode()).hexdigest()[:12]
    return {"id": "x%s-%d" % (cid, counter[0]), "schema": schema, "caption": name, "properties": {"name": [name]},
            "datasets": ["cross-list-pairs"]}


def initials(name):
    return "".join(w[0] for w in words(name) if w not in ("of", "the", "and", "for", "des", "de", "la", "du"))


def same_name(a, b, schema):
    """b writes the same name as a, not another name of the entity (a nickname, a former name): in another script;
    the same words in another order; another spelling; for an organisation a proper word shared, or an acronym of the
    other's words (LRA, Lord's Resistance Army)."""
    if not latin(a) or not latin(b):
        return True
    if set(words(a)) == set(words(b)):
        return True
    if schema == "Person":
        # two thirds of the shorter name's words have a close spelling in the other (Morad Laaboudi, Mourad LAABOUDI;
        # not Abderahmane al Maghrebi, Ali Maychou, which only share initials)
        wa, wb = [w for w in words(a) if w not in LEGAL], [w for w in words(b) if w not in LEGAL]
        short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
        close = sum(1 for x in short if any(difflib.SequenceMatcher(None, x, y).ratio() >= 0.6 for y in long_))
        return bool(short) and 3 * close >= 2 * len(short)
    if spelling(a, b):
        return True
    acronyms = [re.sub(r"[^a-z]", "", x.casefold()) for x in (a, b)]
    return shares_proper_word(a, b) or acronyms[0] == initials(b) or acronyms[1] == initials(a)


positives = []
for uid, other, source in links:
    s = uk[uid]
    if not s["primary"]:
        continue
    left = [s["primary"]] + rnd.sample(s["names"], min(1, len(s["names"])))
    right = [other["primary"]] + rnd.sample(other["names"], min(1, len(other["names"])))
    for a in dict.fromkeys(left):
        for b in dict.fromkeys(right):
            if a.casefold() != b.casefold() and same_name(a, b, s["schema"]):
                positives.append((s["schema"], uid, a, b))

# hard negatives: a UK name against another entity's name in the other lists, sharing a proper word
pool = {}
for uid, other, source in links:
    for n in other["names"]:
        for w in set(words(n)):
            if len(w) >= 4 and w not in LEGAL:
                pool.setdefault((other["schema"], w), []).append((uid, n))
negatives = []
for uid, s in uk.items():
    if not s["primary"]:
        continue
    a = s["primary"]
    aw = set(words(a))
    if len(aw) < 2:
        continue
    seen = set()
    for w in sorted(aw):
        for other_uid, b in pool.get((s["schema"], w), [])[:50]:
            if other_uid == uid or b in seen:
                continue
            bw = set(words(b))
            if len(bw) < 2 or aw <= bw or bw <= aw or same_name_spelled_apart(a, b) or set(words(" ".join(uk[other_uid]["names"]))) >= aw:
                continue
            seen.add(b)
            negatives.append((s["schema"], uid, a, b))

pairs = {}
made = {}
for kind, items in (("positive", positives), ("negative", negatives)):
    rnd.shuffle(items)
    counts = {}
    cap = CAP if kind == "positive" else made  # as many negatives as positives of each kind
    per_entity = {}
    for schema, uid, a, b in items:
        key = (a.casefold(), b.casefold())
        if key in pairs or (key[1], key[0]) in pairs or counts.get(schema, 0) >= cap.get(schema, 0) or per_entity.get(uid, 0) >= 2:
            continue
        counts[schema] = counts.get(schema, 0) + 1
        per_entity[uid] = per_entity.get(uid, 0) + 1
        pairs[key] = {"left": entity(a, schema, uid), "right": entity(b, schema, uid if kind == "positive" else uid + b),
                      "judgement": kind, "group": schema.lower()}
    if kind == "positive":
        made = dict(counts)

with open(os.path.join(here, "cross-list-pairs-test.jsonl"), "w", encoding="utf-8") as f:
    for p in sorted(pairs.values(), key=lambda p: (p["group"], p["judgement"], p["left"]["caption"], p["right"]["caption"])):
        f.write(json.dumps(p, ensure_ascii=False) + "\n")
summary = {}
for p in pairs.values():
    summary[(p["group"], p["judgement"])] = summary.get((p["group"], p["judgement"]), 0) + 1
print(len(pairs), sorted(summary.items()), file=sys.stderr)

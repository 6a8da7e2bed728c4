# Labelled name pairs from the EU's sanctions acts, with a tuning and a test half, made after the rules of 2026-12-07:
#   eu-script-pairs: one entity as the EU writes it in Latin letters and in another script (the Cyrillic, Arabic,
#                    Greek … an annex prints beside it: Igor Vladimirovich LEBEDEV, Игорь Владимирович ЛЕБЕДЕВ), the
#                    other script on the left, as a man's own papers would give his name; hard negatives: that writing
#                    against another entity's Latin name of the same kind sharing a word with its own;
#   eu-cross-pairs:  one entity as the EU and OFAC SDN (legacy CSV of 2024-05-03) or the UK FCDO list (2026-04) write
#                    it, linked by a passport, identity, tax, registration, INN, OGRN or IMO number both give; hard
#                    negatives as in make_cross_list_pairs.py.
# Kept apart from the never-tuned cross-list-pairs-test.jsonl: an EU entity that shares a name with the UN list (the EU
# copies the UN's designations and their original script) or with any name of that file is left out, and so is a link
# to a UK or OFAC record with a name in that file. Halves are split by entity.
# The EU data are CC BY-NC 4.0 (OpenSanctions' transcription of the Official Journal), so the pairs are generated into
# data/eval/ (ignored by git), never committed. Run from the repository root:
#   python3 src/bench/resources/org/passage/bench/screening/make_eu_pairs.py
import csv, glob, hashlib, json, os, random, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from ofac_pairs_common import LEGAL, data, here, latin, same_name_spelled_apart, words
from cross_list_common import Pairing, by_number, number, read_ofac_legacy, read_uk, read_un, tidy, write_jsonl
from shared_names import entity_roots

EU_KIND = {"Person": "Person", "LegalEntity": "Organization", "Company": "Organization",
           "Organization": "Organization", "Vessel": "Vessel"}
ID_COLUMNS = ("passportNumber", "registrationNumber", "taxNumber", "idNumber", "innCode", "ogrnCode", "imoNumber")
SCRIPT_CAP = 400  # positives per script and kind in each half
CROSS_CAP = {"Person": 500, "Organization": 400, "Vessel": 100}
out = os.path.join(os.getcwd(), "data", "eval")


def multi(cell):
    return [v.strip() for v in (cell or "").split("; ") if v.strip()]


def script(name):
    for c in name:
        if unicodedata.category(c).startswith("L") and not unicodedata.name(c, "LATIN").startswith("LATIN"):
            return unicodedata.name(c).split()[0].lower()
    return "latin"


def numbers(cell):
    found = set()
    for value in multi(cell):
        for raw in [value] + re.split(r"[\s,;:()]+", value):
            n = number(raw)
            if n:
                found.add(n)
    return found


# the EU's rows, merged into entities on a shared name (one person in several acts)
rows = []
for path in sorted(glob.glob(os.path.join(data, "eu-sanctions-oj/consolidated/*.csv"))):
    with open(path, encoding="utf-8") as f:
        for r in csv.DictReader(f):
            schema = EU_KIND.get(r["schema"])
            names = [n for n in (tidy(x) for x in [r["name"]] + multi(r["alias"])) if n]
            if not schema or not names or not latin(names[0]):
                continue
            ids = set()
            for column in ID_COLUMNS:
                ids |= numbers(r.get(column))
            rows.append({"schema": schema, "names": names, "ids": ids})
root = entity_roots([[(r["schema"], " ".join(sorted(words(n)))) for n in r["names"] if words(n)] for r in rows])
eu = {}
for i, r in enumerate(rows):
    e = eu.setdefault(root[i], {"schema": r["schema"], "primary": r["names"][0], "names": [], "ids": set()})
    e["names"] += [n for n in r["names"] if n not in e["names"]]
    e["ids"] |= r["ids"]
eu = {hashlib.sha256(("%s|%s" % (e["schema"], e["primary"])).encode()).hexdigest()[:12]: e for e in eu.values()}

# what must stay unseen: the UN's names, and every name of the never-tuned cross-list file
un = read_un(data)
unseen = {n.casefold() for u in un.values() for n in u["names"]}
with open(os.path.join(here, "cross-list-pairs-test.jsonl"), encoding="utf-8") as f:
    for line in f:
        p = json.loads(line)
        unseen |= {p["left"]["caption"].casefold(), p["right"]["caption"].casefold()}
kept = {k: e for k, e in eu.items() if not any(n.casefold() in unseen for n in e["names"])}
print("EU entities", len(eu), "kept", len(kept), file=sys.stderr)


def half(key):
    return "test" if int(key, 16) % 2 else "tune"


def entity(name, schema, key, counter=[0]):
    counter[0] += 1
    return {"id": "e%s-%d" % (hashlib.sha256(key.encode()).hexdigest()[:12], counter[0]), "schema": schema,
            "caption": name, "properties": {"name": [name]}, "datasets": ["eu-script-pairs"]}


def script_pairs(which):
    rnd = random.Random(2026_12_08)
    own = {k: e for k, e in kept.items() if half(k) == which}
    positives, negatives = [], []
    by_word = {}
    for k, e in own.items():
        for w in set(words(e["primary"])):
            if len(w) >= 4 and w not in LEGAL:
                by_word.setdefault((e["schema"], w), []).append(k)
    for k, e in sorted(own.items()):
        others = [n for n in e["names"] if not latin(n)]
        for n in others[:2]:
            positives.append((script(n), e["schema"], k, n, e["primary"]))
        if not others:
            continue
        aw = set(words(e["primary"]))
        near = sorted({o for w in aw for o in by_word.get((e["schema"], w), []) if o != k})
        rnd.shuffle(near)
        for o in near:
            b = own[o]["primary"]
            bw = set(words(b))
            if len(bw) >= 2 and not (aw <= bw or bw <= aw) and not same_name_spelled_apart(e["primary"], b):
                negatives.append((script(others[0]), e["schema"], k, others[0], b))
                break
    pairs, made = [], {}
    for kind, items in (("positive", positives), ("negative", negatives)):
        rnd.shuffle(items)
        counts = {}
        for s, schema, k, a, b in items:
            cap = SCRIPT_CAP if kind == "positive" else made.get((s, schema), 0)
            if counts.get((s, schema), 0) >= cap:
                continue
            counts[(s, schema)] = counts.get((s, schema), 0) + 1
            pairs.append({"left": entity(a, schema, k), "right": entity(b, schema, k if kind == "positive" else k + b),
                          "judgement": kind, "group": s})
        if kind == "positive":
            made = counts
    return pairs


def cross_pairs(which, uk, ofac):
    own = {k: e for k, e in kept.items() if half(k) == which}
    links = []
    for source, records in (("ofac", ofac), ("uk", uk)):
        index = by_number(records)
        for k, e in sorted(own.items()):
            found = set()
            for n in e["ids"]:
                found |= index.get(n, set())
            for rid in sorted(found):
                r = records[rid]
                if (len(found) <= 2 and r["schema"] == e["schema"] and not r.get("un")
                        and not any(n.casefold() in unseen for n in r["names"])):
                    links.append((k, r))
    print(which, "links", len(links), file=sys.stderr)
    group = lambda schema, a, b: schema.lower() + ("" if latin(a) and latin(b) else "-" + script(a + b))
    return list(Pairing(random.Random(2026_12_09), "eu-cross-pairs", CROSS_CAP).pairs(links, own, group).values())


os.makedirs(out, exist_ok=True)
uk, ofac = read_uk(data), read_ofac_legacy(data)
for which in ("tune", "test"):
    for name, pairs in (("eu-script-pairs", script_pairs(which)), ("eu-cross-pairs", cross_pairs(which, uk, ofac))):
        write_jsonl(os.path.join(out, "%s-%s.jsonl" % (name, which)), pairs)
        summary = {}
        for p in pairs:
            summary[(p["group"], p["judgement"])] = summary.get((p["group"], p["judgement"]), 0) + 1
        print(name, which, len(pairs), sorted(summary.items()), file=sys.stderr)

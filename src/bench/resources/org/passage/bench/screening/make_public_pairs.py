# Builds labelled name pairs from public sanctions lists, never from the dev set (sample_1000.json):
#   positives: one listed entity's Latin name against its own alias in another script (EU Official Journal
#              consolidated annexes, UN Security Council consolidated list NAME_ORIGINAL_SCRIPT), and against its
#              own Latin aliases (other transliterations);
#   hard negatives: two different listed entities of the same kind whose Latin names share a part (a surname,
#              a given name, a company word) but differ in another; the native-script name of one against the
#              Latin name of the other, and Latin against Latin.
# Entities are merged when they share a name (the same person listed under two regimes is one entity); a
# negative is dropped when the two share a birth date or one's name parts are all in the other's.
# The pairs are split by entity into a tuning half and a test half: tune on the first only, report the second.
# Run from the repository root: python3 src/bench/resources/org/passage/bench/screening/make_public_pairs.py
# (writes data/eval/public-pairs-{tune,test}.jsonl)
import csv, glob, hashlib, json, os, random, re, sys, unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shared_names import entity_roots

csv.field_size_limit(10 ** 9)
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../../../../shared/data")
# the EU names come from OpenSanctions' transcription of the Official Journal (CC BY-NC 4.0): the pairs are written
# to the installation's data folder, never into the repository
OUT = os.path.join(here, "../../../../../../..", "data", "eval")
os.makedirs(OUT, exist_ok=True)
if not os.path.isdir(data):
    data = "../shared/data"
PER_SCRIPT = {"cyrillic": 500, "latin": 500}
DEFAULT_CAP = 300
SCRIPTS = {"CYRILLIC": "cyrillic", "ARABIC": "arabic", "CJK": "chinese", "HANGUL": "korean", "HEBREW": "hebrew",
           "THAI": "thai", "ARMENIAN": "armenian", "GREEK": "greek", "GEORGIAN": "georgian", "HIRAGANA": "japanese",
           "KATAKANA": "japanese", "DEVANAGARI": "indic", "BENGALI": "indic", "TAMIL": "indic"}


def script(name):
    for ch in name:
        if unicodedata.category(ch).startswith("L"):
            word = unicodedata.name(ch, "?").split()[0]
            if word == "LATIN":
                continue
            return SCRIPTS.get(word, word.lower())
    return "latin"


def clean(alias):
    alias = alias.strip().strip("()").strip()
    alias = re.sub(r"\s+", " ", alias)
    if not alias or alias.endswith(":") or alias.lower() in ("text of image",) or len(alias) > 120:
        return None
    if not any(unicodedata.category(c).startswith("L") for c in alias):
        return None
    pieces = alias.split(",")
    if len(pieces) > 2 or (len(pieces) == 2 and all(len(p.split()) >= 2 for p in pieces)):
        return None  # a list of names in one cell, not one name
    return alias


def mixed(name):
    scripts = {script(ch) for ch in name if unicodedata.category(ch).startswith("L")}
    return len(scripts) > 1


def words(name):
    return {w for w in re.split(r"[\s\-‐'’.,()]+", unicodedata.normalize("NFKD", name).casefold()) if len(w) >= 3}


records = []
entities = []  # dicts: names (list), schema, births (set), source


def split(alias):
    """ "Name (name in another script)" as two names; parentheses within one script are part of the name."""
    parts = [p for p in re.split(r"[()（）]", alias) if p.strip() and any(unicodedata.category(c).startswith("L") for c in p)]
    if len(parts) > 1 and len({script(p) for p in parts}) > 1:
        return parts
    return [alias.replace("(", " ").replace(")", " ")]


def add(source, schema, names, births):
    names = [n for n in (clean(x) for raw in names for x in split(raw or "")) if n and not mixed(n)]
    if names and script(names[0]) == "latin":
        entities.append({"source": source, "schema": schema, "names": list(dict.fromkeys(names)), "births": births})
        records.append(entities[-1])


for path in sorted(glob.glob(os.path.join(data, "eu-sanctions-oj/consolidated/*.csv"))):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            schema = row["schema"]
            if schema not in ("Person", "LegalEntity", "Company", "Organization"):
                continue
            aliases = [a for a in re.split(r";", row["alias"] or "")]
            births = {b.strip() for b in (row["birthDate"] or "").split(";") if b.strip()}
            add("eu", "Person" if schema == "Person" else "Organization", [row["name"]] + aliases, births)

un = ET.parse(os.path.join(data, "un-sc-consolidated/UN_consolidated_2026-02-27.xml")).getroot()
for ind in un.iter("INDIVIDUAL"):
    parts = [ind.findtext(t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    latin = " ".join(p.strip() for p in parts if p and p.strip())
    native = ind.findtext("NAME_ORIGINAL_SCRIPT") or ""
    aliases = [a.findtext("ALIAS_NAME") or "" for a in ind.iter("INDIVIDUAL_ALIAS") if (a.findtext("QUALITY") or "") != "Low"]
    births = {d.findtext("DATE") or d.findtext("YEAR") or "" for d in ind.iter("INDIVIDUAL_DATE_OF_BIRTH")} - {""}
    add("un", "Person", [latin, native] + aliases, births)
for ent in un.iter("ENTITY"):
    native = ent.findtext("NAME_ORIGINAL_SCRIPT") or ""
    aliases = [a.findtext("ALIAS_NAME") or "" for a in ent.iter("ENTITY_ALIAS") if (a.findtext("QUALITY") or "") != "Low"]
    add("un", "Organization", [ent.findtext("FIRST_NAME") or "", native] + aliases, set())

# one entity per person or organisation across regimes and sources: merge on any shared name
root = entity_roots([[(e["schema"], " ".join(sorted(re.split(r"[\s\-,]+", n.casefold())))) for n in e["names"]]
                     for e in entities])
clusters = {}
for i, e in enumerate(entities):
    c = clusters.setdefault(root[i], {"schema": e["schema"], "names": [], "births": set(), "id": None})
    c["names"] += [n for n in e["names"] if n not in c["names"]]
    c["births"] |= e["births"]
clusters = list(clusters.values())
for c in clusters:
    c["id"] = hashlib.sha256(("|".join(sorted(c["names"]))).encode()).hexdigest()[:12]
    c["half"] = "test" if int(c["id"], 16) % 2 else "tune"
    c["latin"] = [n for n in c["names"] if script(n) == "latin"]
    c["native"] = [n for n in c["names"] if script(n) != "latin"]
    c["words"] = set().union(*(words(n) for n in c["latin"])) if c["latin"] else set()

rnd = random.Random(15)
pairs = {"tune": {}, "test": {}}
counter = [0]


def entity(name, schema, cid):
    counter[0] += 1
    return {"id": "p%s-%d" % (cid, counter[0]), "schema": schema, "caption": name, "properties": {"name": [name]},
            "datasets": ["public-pairs"]}


def put(half, left, right, schema, positive, group, lid, rid):
    key = (left.casefold(), right.casefold())
    if left.casefold() == right.casefold() or key in pairs[half]:
        return
    pairs[half][key] = {"left": entity(left, schema, lid), "right": entity(right, schema, rid),
                        "judgement": "positive" if positive else "negative", "group": group}


# positives within one published record only: a shared alias may merge two people into one cluster
cluster_of = {}
for i, e in enumerate(entities):
    cluster_of[id(e)] = root[i]
by_root = {}
for i, e in enumerate(entities):
    by_root.setdefault(root[i], None)
root_cluster = {}
for i, e in enumerate(entities):
    root_cluster[root[i]] = next(c for c in clusters if e["names"][0] in c["names"] and c["schema"] == e["schema"])
candidates = {"pos": [], "neg": []}
for i, e in enumerate(entities):
    c = root_cluster[root[i]]
    latin = [n for n in e["names"] if script(n) == "latin"]
    primary = latin[0]
    for n in e["names"]:
        if script(n) != "latin":
            candidates["pos"].append((script(n), c, n, primary))
    for n in latin[1:]:
        # another spelling of the same name, not another name (a kunya, a nom de guerre, a part of the name):
        # about as many words, and the words' initials mostly the same
        a, b = words(n), words(primary)
        initials_a, initials_b = sorted(w[0] for w in a), sorted(w[0] for w in b)
        common = sum(min(initials_a.count(x), initials_b.count(x)) for x in set(initials_a))
        if a != b and abs(len(a) - len(b)) <= 1 and common * 3 >= 2 * max(len(a), len(b)):
            candidates["pos"].append(("latin", c, primary, n))

by_word = {}
for c in clusters:
    for w in c["words"]:
        by_word.setdefault((c["schema"], w), []).append(c)
for c in clusters:
    if not c["latin"]:
        continue
    a = c["latin"][0]
    aw = words(a)
    if len(aw) < 2:
        continue
    others = {}
    for w in aw:
        for o in by_word.get((c["schema"], w), []):
            if o is not c and o["half"] == c["half"] and o["latin"]:
                others[o["id"]] = o
    # the closest namesakes first: most shared name parts
    for o in sorted(others.values(), key=lambda x: (-len(x["words"] & aw), x["id"]))[:3]:
        b = o["latin"][0]
        bw = words(b)
        if len(bw) < 2 or aw <= bw or bw <= aw or (c["births"] & o["births"]):
            continue
        if o["words"] & c["words"] == c["words"] or o["words"] & c["words"] == o["words"]:
            continue
        for n in c["native"]:
            candidates["neg"].append((script(n), c, n, b, o))
        candidates["neg"].append(("latin", c, a, b, o))

for kind in ("pos", "neg"):
    rnd.shuffle(candidates[kind])
    counts = {}
    for item in candidates[kind]:
        s, c = item[0], item[1]
        cap = PER_SCRIPT.get(s, DEFAULT_CAP)
        if counts.get((s, c["half"]), 0) >= cap:
            continue
        counts[(s, c["half"])] = counts.get((s, c["half"]), 0) + 1
        if kind == "pos":
            put(c["half"], item[2], item[3], c["schema"], True, s, c["id"], c["id"])
        else:
            put(c["half"], item[2], item[3], c["schema"], False, s, c["id"], item[4]["id"])

for half in ("tune", "test"):
    with open(os.path.join(OUT, "public-pairs-%s.jsonl" % half), "w", encoding="utf-8") as f:
        rows = sorted(pairs[half].values(), key=lambda p: (p["group"], p["judgement"], p["left"]["caption"], p["right"]["caption"]))
        for p in rows:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    summary = {}
    for p in pairs[half].values():
        k = (p["group"], p["judgement"])
        summary[k] = summary.get(k, 0) + 1
    print(half, len(pairs[half]), sorted(summary.items()), file=sys.stderr)

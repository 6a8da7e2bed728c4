# Builds held-out cross-script pairs of PEOPLE's names from public sanctions lists, never from the dev set:
#   positives: one listed person's name in a non-Latin script (Han, Hangul, kana, Hebrew, Indic, Thai, Greek,
#              Arabic, Cyrillic ...) against EVERY Latin spelling the same published record gives (the primary name
#              and each alias that is another spelling of it: Kim Jong Un, KIM Jong-un ...), not only the primary;
#   hard negatives: the non-Latin name of one person against the Latin name of another person of the same script
#              (or nationality) who shares a name part with him (KIM Yong Bok's 김영복 against KIM Chang Ho) and
#              differs in another.
# Sources: the EU Official Journal annexes (consolidated and 2026 amending acts, ../shared/data/eu-sanctions-oj,
# OpenSanctions' transcription, CC BY-NC 4.0), the UN Security Council consolidated list (NAME_ORIGINAL_SCRIPT and
# aliases) and the persons of the OpenSanctions FtM fixtures (../shared/data/opensanctions-ftm, CC BY-NC 4.0).
# Persons sharing a name are one person (merged); a negative is dropped when the two share a birth date or one's name
# parts are all in the other's. Split by person into a tuning and a test half (tune on the first, report the second).
# The CC BY-NC names are not shipped: run from the repository root,
#   python3 src/bench/resources/org/passage/bench/screening/make_script_people_pairs.py
# which writes data/eval/script-people-{tune,test}.jsonl.
import csv, glob, hashlib, json, os, random, re, sys, unicodedata
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shared_names import entity_roots

csv.field_size_limit(10 ** 9)
here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../../../../shared/data")
if not os.path.isdir(data):
    data = "../shared/data"
OUT = os.path.join(here, "../../../../../../..", "data", "eval")
os.makedirs(OUT, exist_ok=True)
CAP = {"cyrillic": 150, "arabic": 150}
DEFAULT_CAP = 400
SCRIPTS = {"CYRILLIC": "cyrillic", "ARABIC": "arabic", "CJK": "chinese", "HANGUL": "korean", "HEBREW": "hebrew",
           "THAI": "thai", "ARMENIAN": "armenian", "GREEK": "greek", "GEORGIAN": "georgian", "HIRAGANA": "japanese",
           "KATAKANA": "japanese", "DEVANAGARI": "indic", "BENGALI": "indic", "TAMIL": "indic", "GUJARATI": "indic",
           "GURMUKHI": "indic", "TELUGU": "indic", "KANNADA": "indic", "MALAYALAM": "indic"}


def script(name):
    for ch in name:
        if unicodedata.category(ch).startswith("L"):
            word = unicodedata.name(ch, "?").split()[0]
            if word == "LATIN":
                continue
            return SCRIPTS.get(word, word.lower())
    return "latin"


def mixed(name):
    return len({script(ch) for ch in name if unicodedata.category(ch).startswith("L")}) > 1


def clean(alias):
    alias = re.sub(r"\s+", " ", alias.strip().strip("()").strip())
    alias = re.sub(r"[‘’“”\"]", "", alias)
    if not alias or alias.endswith(":") or alias.lower() == "text of image" or len(alias) > 80 or mixed(alias):
        return None
    if not any(unicodedata.category(c).startswith("L") for c in alias):
        return None
    if len(alias.split(",")) > 2:
        return None
    return alias


def words(name):
    return [w for w in re.split(r"[\s\-‐'’.,()]+", unicodedata.normalize("NFKD", name).casefold()) if w]


def split(alias):
    parts = [p for p in re.split(r"[()（）]", alias) if p.strip() and any(unicodedata.category(c).startswith("L") for c in p)]
    if len(parts) > 1 and len({script(p) for p in parts}) > 1:
        return parts
    return [alias.replace("(", " ").replace(")", " ")]


def spelling_of(a, b):
    """Another spelling of the same name, not another name: about as many words (a joined or split given name
    counts), mostly the same initials."""
    wa, wb = words(a), words(b)
    ja, jb = "".join(wa), "".join(wb)
    if not wa or not wb or abs(len(ja) - len(jb)) > max(4, len(jb) // 3):
        return False
    ia, ib = sorted(w[0] for w in wa), sorted(w[0] for w in wb)
    common = sum(min(ia.count(x), ib.count(x)) for x in set(ia))
    return common * 3 >= 2 * min(len(ia), len(ib)) and ja[0] in {w[0] for w in wb}


people = []


def add(names, births, nationality):
    names = [n for n in (clean(x) for raw in names for x in split(raw or "")) if n]
    names = list(dict.fromkeys(names))
    latin = [n for n in names if script(n) == "latin"]
    native = [n for n in names if script(n) != "latin"]
    if latin and native:
        people.append({"names": names, "latin": latin, "native": native, "births": births,
                       "nationality": nationality})


for path in sorted(glob.glob(os.path.join(data, "eu-sanctions-oj/*/*.csv"))):
    with open(path, encoding="utf-8") as f:
        for row in csv.DictReader(f):
            if row.get("schema") != "Person":
                continue
            aliases = re.split(r";", row.get("alias") or "") + re.split(r";", row.get("weakAlias") or "")
            births = {b.strip() for b in (row.get("birthDate") or "").split(";") if b.strip()}
            add([row["name"]] + aliases, births, (row.get("nationality") or "").split(";")[0].strip().lower())

un = ET.parse(os.path.join(data, "un-sc-consolidated/UN_consolidated_2026-02-27.xml")).getroot()
for ind in un.iter("INDIVIDUAL"):
    parts = [ind.findtext(t) for t in ("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")]
    latin = " ".join(p.strip() for p in parts if p and p.strip())
    aliases = [a.findtext("ALIAS_NAME") or "" for a in ind.iter("INDIVIDUAL_ALIAS") if (a.findtext("QUALITY") or "") != "Low"]
    births = {d.findtext("DATE") or d.findtext("YEAR") or "" for d in ind.iter("INDIVIDUAL_DATE_OF_BIRTH")} - {""}
    nat = (ind.findtext("NATIONALITY/VALUE") or "").strip().lower()
    add([latin, ind.findtext("NAME_ORIGINAL_SCRIPT") or ""] + aliases, births, nat)

for path in sorted(glob.glob(os.path.join(data, "opensanctions-ftm/*/*/*.json")) + glob.glob(os.path.join(data, "opensanctions-ftm/*/*.ijson"))):
    with open(path, encoding="utf-8") as f:
        for line in f:
            try:
                e = json.loads(line)
            except ValueError:
                continue
            if not isinstance(e, dict) or e.get("schema") != "Person":
                continue
            p = e.get("properties", {})
            add(p.get("name", []) + p.get("alias", []), set(p.get("birthDate", [])), (p.get("nationality") or [""])[0])

# one person across regimes and sources: merge on any shared name
root = entity_roots([[" ".join(sorted(words(n))) for n in e["names"]] for e in people])
clusters = {}
for i, e in enumerate(people):
    c = clusters.setdefault(root[i], {"names": [], "births": set(), "records": []})
    c["names"] += [n for n in e["names"] if n not in c["names"]]
    c["births"] |= e["births"]
    c["records"].append(e)
for c in clusters.values():
    c["id"] = hashlib.sha256("|".join(sorted(c["names"])).encode()).hexdigest()[:12]
    c["half"] = "test" if int(c["id"], 16) % 2 else "tune"
    c["words"] = {w for n in c["names"] if script(n) == "latin" for w in words(n) if len(w) >= 2}
    c["scripts"] = {script(n) for n in c["names"]} - {"latin"}
    c["nationality"] = {r["nationality"] for r in c["records"]} - {""}
    for r in c["records"]:
        r["cluster"] = c

rnd = random.Random(1515)
pairs = {"tune": {}, "test": {}}
counter = [0]


def entity(name, cid):
    counter[0] += 1
    return {"id": "s%s-%d" % (cid, counter[0]), "schema": "Person", "caption": name, "properties": {"name": [name]},
            "datasets": ["script-people"]}


candidates = {"pos": [], "neg": []}
for r in people:
    c = r["cluster"]
    primary = r["latin"][0]
    spellings = [primary] + [n for n in r["latin"][1:] if spelling_of(n, primary)]
    for n in r["native"]:
        for s in spellings:
            candidates["pos"].append((script(n), c, n, s, c))

by_word = {}
for c in clusters.values():
    for w in c["words"]:
        by_word.setdefault(w, []).append(c)
for c in clusters.values():
    for r in c["records"]:
        a = r["latin"][0]
        aw = set(words(a))
        others = {}
        for w in aw:
            for o in by_word.get(w, []):
                if o is not c and o["half"] == c["half"] and (o["scripts"] & c["scripts"] or o["nationality"] & c["nationality"]):
                    others[o["id"]] = o
        for o in sorted(others.values(), key=lambda x: (-len(x["words"] & aw), x["id"]))[:4]:
            b = o["records"][0]["latin"][0]
            bw = set(words(b))
            if len(bw) < 2 or aw <= bw or bw <= aw or (c["births"] & o["births"]):
                continue
            if c["words"] <= o["words"] or o["words"] <= c["words"]:
                continue
            for n in r["native"]:
                candidates["neg"].append((script(n), c, n, b, o))

for kind in ("pos", "neg"):
    rnd.shuffle(candidates[kind])
    counts = {}
    for s, c, left, right, o in candidates[kind]:
        if counts.get((s, c["half"]), 0) >= CAP.get(s, DEFAULT_CAP):
            continue
        key = (left.casefold(), right.casefold())
        if left.casefold() == right.casefold() or key in pairs[c["half"]]:
            continue
        counts[(s, c["half"])] = counts.get((s, c["half"]), 0) + 1
        pairs[c["half"]][key] = {"left": entity(left, c["id"]), "right": entity(right, o["id"]),
                                 "judgement": "positive" if kind == "pos" else "negative", "group": s}

for half in ("tune", "test"):
    rows = sorted(pairs[half].values(), key=lambda p: (p["group"], p["judgement"], p["left"]["caption"], p["right"]["caption"]))
    with open(os.path.join(OUT, "script-people-%s.jsonl" % half), "w", encoding="utf-8") as f:
        for p in rows:
            f.write(json.dumps(p, ensure_ascii=False) + "\n")
    summary = {}
    for p in rows:
        summary[(p["group"], p["judgement"])] = summary.get((p["group"], p["judgement"]), 0) + 1
    print(half, len(rows), sorted(summary.items()), file=sys.stderr)

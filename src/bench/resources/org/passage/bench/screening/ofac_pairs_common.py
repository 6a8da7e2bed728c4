# Shared by the generators of held-out pairs from one list's own aliases (make_ofac_uk_pairs.py,
# make_ofac_consolidated_pairs.py): what counts as another spelling of a name, and how records become entities, pairs
# and a tuning and a test half. Not run by itself.
import csv, difflib, hashlib, json, os, random, re, sys, unicodedata

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from shared_names import entity_roots

here = os.path.dirname(os.path.abspath(__file__))
data = os.path.join(here, "../../../../../../../../shared/data")
if not os.path.isdir(data):
    data = "../shared/data"
CAP = {"Person": 600, "Organization": 600, "Vessel": 200}
KIND = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "ship": "Vessel"}
LEGAL = {"ltd", "llc", "limited", "company", "co", "inc", "corp", "corporation", "jsc", "ojsc", "cjsc", "pjsc", "oao",
         "zao", "ooo", "gmbh", "ag", "sa", "sarl", "srl", "plc", "fze", "fzco", "the", "and", "of", "de", "del", "la", "al"}


def latin(name):
    return all(unicodedata.name(c, "?").startswith("LATIN") for c in name if unicodedata.category(c).startswith("L"))


def words(name):
    return [w for w in re.split(r"[\s\-‐'’.,()/&\"]+", unicodedata.normalize("NFKD", name).casefold()) if len(w) >= 3]


def clean(name):
    name = re.sub(r"\s+", " ", (name or "").strip())
    if not name or len(name) > 120 or not latin(name) or not any(unicodedata.category(c).startswith("L") for c in name):
        return None
    return name


def spelling(a, b):
    """b is another spelling of a: about as many words, most initials the same, not the same word set."""
    wa, wb = set(words(a)), set(words(b))
    if not wa or not wb or wa == wb:
        return False
    ia, ib = sorted(w[0] for w in wa), sorted(w[0] for w in wb)
    common = sum(min(ia.count(x), ib.count(x)) for x in set(ia))
    return abs(len(wa) - len(wb)) <= 1 and common * 3 >= 2 * max(len(wa), len(wb))


def same_name_spelled_apart(a, b):
    """Every word of the shorter name (legal forms aside) has a close spelling in the other: OFAC and the UK write
    the same person or company this way (Tkachev, Tkachyov), so the two records are one entity, not a negative."""
    wa = [w for w in words(a) if w not in LEGAL and w not in ("limited", "company", "pty", "proprietary")]
    wb = [w for w in words(b) if w not in LEGAL and w not in ("limited", "company", "pty", "proprietary")]
    if not wa or not wb:
        return True
    short, long_ = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return all(any(difflib.SequenceMatcher(None, x, y).ratio() >= 0.75 for y in long_) for x in short)


def shares_proper_word(a, b):
    return any(len(w) >= 4 and w not in LEGAL for w in set(words(a)) & set(words(b)))



def write_pairs(records, earlier, dataset, prefix, cap=CAP, seed=1515):
    """Merges records sharing a name into entities, makes positive and hard negative pairs, splits them by entity and
    writes PREFIX-tune.jsonl and PREFIX-test.jsonl beside this file."""
    # one entity per person, organisation or vessel across the lists: merge on any shared name
    root = entity_roots([[(r["schema"], " ".join(sorted(words(n)))) for n in r["all"]] for r in records])
    clusters = {}
    for i, r in enumerate(records):
        c = clusters.setdefault(root[i], {"schema": r["schema"], "names": set()})
        c["names"] |= set(r["all"])
    for c in clusters.values():
        c["id"] = hashlib.sha256("|".join(sorted(c["names"])).encode()).hexdigest()[:12]
        c["half"] = "test" if int(c["id"], 16) % 2 else "tune"
        c["words"] = set().union(*(set(words(n)) for n in c["names"]))
    rnd = random.Random(seed)
    counter = [0]

    def entity(name, schema, cid):
        counter[0] += 1
        return {"id": "o%s-%d" % (cid, counter[0]), "schema": schema, "caption": name, "properties": {"name": [name]},
                "datasets": [dataset]}


    positives, negatives = [], []
    for i, r in enumerate(records):
        c = clusters[root[i]]
        for a in dict.fromkeys(r["aliases"]):
            ok = spelling(r["primary"], a) if r["schema"] == "Person" else shares_proper_word(r["primary"], a) or spelling(r["primary"], a)
            if ok and a.casefold() != r["primary"].casefold():
                positives.append((c, r["primary"], a))
    by_word = {}
    for c in clusters.values():
        for w in c["words"]:
            by_word.setdefault((c["schema"], w), []).append(c)
    for i, r in enumerate(records):
        c = clusters[root[i]]
        a = r["primary"]
        aw = set(words(a))
        if len(aw) < 2:
            continue
        others = {}
        for w in aw:
            for o in by_word.get((c["schema"], w), [])[:200]:
                if o is not c and o["half"] == c["half"]:
                    others[o["id"]] = o
        for o in sorted(others.values(), key=lambda x: (-len(x["words"] & aw), x["id"]))[:2]:
            b = sorted(o["names"])[0]
            bw = set(words(b))
            if len(bw) < 2 or aw <= bw or bw <= aw or not (aw & bw) or same_name_spelled_apart(a, b):
                continue
            negatives.append((c, a, b, o))

    pairs = {"tune": {}, "test": {}}
    for kind, items in (("positive", positives), ("negative", negatives)):
        rnd.shuffle(items)
        counts = {}
        for item in items:
            c, left, right = item[0], item[1], item[2]
            key = (left.casefold(), right.casefold())
            if key in earlier or (key[1], key[0]) in earlier or key in pairs[c["half"]] or key[0] == key[1]:
                continue
            k = (c["schema"], c["half"])
            if counts.get(k, 0) >= cap[c["schema"]]:
                continue
            counts[k] = counts.get(k, 0) + 1
            rid = c["id"] if kind == "positive" else item[3]["id"]
            pairs[c["half"]][key] = {"left": entity(left, c["schema"], c["id"]), "right": entity(right, c["schema"], rid),
                                     "judgement": kind, "group": c["schema"].lower()}

    for half in ("tune", "test"):
        with open(os.path.join(here, "%s-%s.jsonl" % (prefix, half)), "w", encoding="utf-8") as f:
            for p in sorted(pairs[half].values(), key=lambda p: (p["group"], p["judgement"], p["left"]["caption"], p["right"]["caption"])):
                f.write(json.dumps(p, ensure_ascii=False) + "\n")
        summary = {}
        for p in pairs[half].values():
            summary[(p["group"], p["judgement"])] = summary.get((p["group"], p["judgement"]), 0) + 1
        print(half, len(pairs[half]), sorted(summary.items()), file=sys.stderr)


def earlier_pairs(*files):
    """The (left, right) captions of pair files made before, case-folded: a later file leaves them out."""
    earlier = set()
    for name in files:
        with open(name, encoding="utf-8") as f:
            for line in f:
                p = json.loads(line)
                earlier.add((p["left"]["caption"].casefold(), p["right"]["caption"].casefold()))
    return earlier

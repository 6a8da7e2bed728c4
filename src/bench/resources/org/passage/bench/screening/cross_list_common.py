# Shared by the generators of pairs across publishers (make_cross_list_pairs.py, make_eu_pairs.py): how each list is
# read, which numbers link two lists' records, when two writings are the same name, and how linked records become
# positive and hard negative pairs. Not run by itself.
import csv, difflib, hashlib, os, re
import xml.etree.ElementTree as ET

from ofac_pairs_common import LEGAL, latin, same_name_spelled_apart, shares_proper_word, spelling, words

KIND = {"individual": "Person", "entity": "Organization", "vessel": "Vessel", "ship": "Vessel"}


def tidy(name):
    name = re.sub(r"\s+", " ", (name or "").strip())
    return name if name and len(name) <= 120 and any(c.isalpha() for c in name) else None


def number(raw):
    """A passport, identity, tax, registration or IMO number as a key: letters and digits only, at least six of them
    and five digits (shorter ones link unrelated records)."""
    n = re.sub(r"[^0-9A-Za-z]", "", raw or "").upper()
    return n if len(n) >= 6 and sum(c.isdigit() for c in n) >= 5 else None


def read_uk(data):
    """The UK FCDO list (transformed copy of 2026-04): names and identifiers per subject."""
    uk = {}
    folder = os.path.join(data, "uk-sanctions/fcdo-transformed-2026-04")
    with open(os.path.join(folder, "subjects.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            schema = KIND.get(r["subject_type"])
            if schema:
                uk[r["unique_id"]] = {"schema": schema, "un": r["un_reference_number"].strip(), "primary": None,
                                      "names": [], "ids": set()}
    with open(os.path.join(folder, "subject_names.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            s = uk.get(r["unique_id"])
            name = tidy(r["full_name"])
            if not s or not name or r["alias_strength"] == "low_quality_aka":
                continue
            s["names"].append(name)
            if r["name_type"] == "primary" and s["primary"] is None:
                s["primary"] = name
    with open(os.path.join(folder, "subject_identifiers.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            s = uk.get(r["unique_id"])
            n = number(r["raw_value"])
            if s and n:
                s["ids"].add(n)
    return uk


def read_un(data):
    """The UN Security Council consolidated list (2026-02-27): names by reference number, the original script too."""
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
    return un


# the numbers OFAC's remarks give, by their label
NUMBERED = re.compile(r"(?:Passport|National ID No\.|Identification Number|Tax ID No\.|Registration Number|IMO|"
                      r"Registration ID|Government Gazette Number|Cedula No\.|NIT #|C\.U\.R\.P\.|RFC|Personal ID Card|"
                      r"Russian Federation|Residency Number)\s*:?\s*([0-9A-Za-z][0-9A-Za-z\- /]{4,30})")


def read_ofac_legacy(data):
    """OFAC SDN (the legacy CSV of 2024-05-03 with remarks, and its aliases): names and the numbers remarks give."""
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
    return ofac


def by_number(records):
    index = {}
    for rid, r in records.items():
        for n in r["ids"]:
            index.setdefault(n, set()).add(rid)
    return index


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


class Pairing:
    """Turns links between one list's records (left) and another's (right) into labelled pairs: the left primary name
    and one other left name against the right primary and one other right name when they write the same name; as
    hard negatives a left primary against another linked entity's name of the same kind sharing a proper word; as many
    negatives as positives of each kind, at most two pairs per left record."""

    def __init__(self, rnd, dataset, cap):
        self.rnd, self.dataset, self.cap, self.counter = rnd, dataset, cap, 0

    def entity(self, name, schema, key):
        self.counter += 1
        cid = hashlib.sha256(key.encode()).hexdigest()[:12]
        return {"id": "x%s-%d" % (cid, self.counter), "schema": schema, "caption": name, "properties": {"name": [name]},
                "datasets": [self.dataset]}

    def pairs(self, links, left, group=lambda schema, a, b: schema.lower()):
        rnd = self.rnd
        positives = []
        for lid, other in links:
            s = left[lid]
            if not s["primary"]:
                continue
            lefts = [s["primary"]] + rnd.sample(s["names"], min(1, len(s["names"])))
            rights = [other["primary"]] + rnd.sample(other["names"], min(1, len(other["names"])))
            for a in dict.fromkeys(lefts):
                for b in dict.fromkeys(rights):
                    if a.casefold() != b.casefold() and same_name(a, b, s["schema"]):
                        positives.append((s["schema"], lid, a, b))
        pool = {}
        for lid, other in links:
            for n in other["names"]:
                for w in set(words(n)):
                    if len(w) >= 4 and w not in LEGAL:
                        pool.setdefault((other["schema"], w), []).append((lid, n))
        negatives = []
        for lid, s in left.items():
            if not s["primary"]:
                continue
            a = s["primary"]
            aw = set(words(a))
            if len(aw) < 2:
                continue
            seen = set()
            for w in sorted(aw):
                for other_lid, b in pool.get((s["schema"], w), [])[:50]:
                    if other_lid == lid or b in seen:
                        continue
                    bw = set(words(b))
                    if (len(bw) < 2 or aw <= bw or bw <= aw or same_name_spelled_apart(a, b)
                            or set(words(" ".join(left[other_lid]["names"]))) >= aw):
                        continue
                    seen.add(b)
                    negatives.append((s["schema"], lid, a, b))
        pairs = {}
        made = {}
        for kind, items in (("positive", positives), ("negative", negatives)):
            rnd.shuffle(items)
            counts = {}
            cap = self.cap if kind == "positive" else made  # as many negatives as positives of each kind
            per_entity = {}
            for schema, lid, a, b in items:
                key = (a.casefold(), b.casefold())
                if (key in pairs or (key[1], key[0]) in pairs or counts.get(schema, 0) >= cap.get(schema, 0)
                        or per_entity.get(lid, 0) >= 2):
                    continue
                counts[schema] = counts.get(schema, 0) + 1
                per_entity[lid] = per_entity.get(lid, 0) + 1
                pairs[key] = {"left": self.entity(a, schema, lid),
                              "right": self.entity(b, schema, lid if kind == "positive" else lid + b),
                              "judgement": kind, "group": group(schema, a, b), "_left": lid}
            if kind == "positive":
                made = dict(counts)
        return pairs


def write_jsonl(path, pairs):
    import json
    with open(path, "w", encoding="utf-8") as f:
        for p in sorted(pairs, key=lambda p: (p["group"], p["judgement"], p["left"]["caption"], p["right"]["caption"])):
            f.write(json.dumps({k: v for k, v in p.items() if not k.startswith("_")}, ensure_ascii=False) + "\n")

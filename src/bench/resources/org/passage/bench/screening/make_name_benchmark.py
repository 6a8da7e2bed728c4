# OpenSanctions' own name-matching benchmark as labelled pairs: the checks of nomenklatura's
# contrib/entity_bench/checks.yml (MIT licence, (c) OpenSanctions / nomenklatura contributors), the cases its
# benchmark.py scores yente's algorithms on (logic-v2 among them). Each check is a query and a candidate entity of one
# schema with a match/no-match judgement; a check that gives name parts but no name gets the name benchmark.py makes
# (first, second, middle, father's, mother's, last name joined). The checks are split into a tuning half and a test half
# by a hash of the two names (tune on the first only, report the second); the group is the section of checks.yml the
# check comes from.
# Run from the repository root with the path of checks.yml (from a checkout of github.com/opensanctions/nomenklatura):
#   python3 src/bench/resources/org/passage/bench/screening/make_name_benchmark.py PATH/checks.yml
import hashlib, json, os, re, sys

import yaml

PARTS = ["firstName", "secondName", "middleName", "fatherName", "motherName", "lastName"]


def sections(text):
    """The comment heading each check falls under, in file order ("# Short names" → "short names")."""
    heads, current = [], "own"
    for line in text.splitlines():
        m = re.match(r"^  # (.+)$", line)
        if m:
            current = re.sub(r"[^a-z0-9]+", "-", m.group(1).lower()).strip("-")[:40]
        if re.match(r"^  - match:", line):
            heads.append(current)
    return heads


def entity(schema, props, key):
    properties = {k: [str(v)] if not isinstance(v, list) else [str(x) for x in v] for k, v in props.items()}
    if "name" not in properties:
        name = " ".join(properties[p][0] for p in PARTS if p in properties)
        if name:
            properties["name"] = [name]
    caption = properties.get("name", [""])[0]
    return {"id": key, "schema": schema, "caption": caption, "properties": properties, "datasets": ["name-benchmark"]}


def main():
    path = sys.argv[1]
    text = open(path, encoding="utf-8").read()
    checks = yaml.safe_load(text)["checks"]
    groups = sections(text)
    assert len(groups) == len(checks), (len(groups), len(checks))
    here = os.path.dirname(os.path.abspath(__file__))
    out = {"tune": [], "test": []}
    for i, (check, group) in enumerate(zip(checks, groups)):
        schema = check["schema"]
        left = entity(schema, check.get("query", {}), "nb-%d-q" % i)
        right = entity(schema, check.get("candidate", {}), "nb-%d-c" % i)
        key = left["caption"] + "\x1f" + right["caption"]
        half = "tune" if hashlib.sha256(key.encode()).digest()[0] % 2 == 0 else "test"
        out[half].append({"left": left, "right": right, "judgement": "positive" if check["match"] else "negative", "group": group})
    for half, rows in out.items():
        with open(os.path.join(here, "name-benchmark-%s.jsonl" % half), "w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(half, len(rows), sum(r["judgement"] == "positive" for r in rows))


main()

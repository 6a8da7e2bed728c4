# Held-out labelled pairs from the OpenSanctions tests no other generator here reads (all MIT licence):
#   * nomenklatura tests/matching/logic_v1/test_model.py and regression_v1/test_model.py: each assertion that a whole
#     matcher (X.compare) scores two entities; the assertions on one pair give an interval, and the pair is positive
#     when the whole interval is at or above yente's default match threshold 0.70, negative when it is below 0.70,
#     left out (and counted) when it straddles it. As in make_nomenklatura_tests.py, test functions that add
#     properties to an entity or override the config are left out: they judge the matcher's arithmetic.
#   * yente tests/test_match.py: a query whose asserted first result also has an asserted score above 0.70 is a
#     positive pair with that fixture entity (tests/fixtures/dataset/zala/entities.ftm.json).
#   * rigour tests/names/test_prefix.py, test_org_types.py, test_name.py: a name and the form rigour asserts it has
#     after removing a title or prefix, writing a legal form short or long, or romanising it are the same name
#     (positive). The generic legal-form classes ("jsc", "llc") and mixed-script outputs are not names: left out.
# The other nomenklatura test files assert feature scores or orderings (a > b), not that two names match.
# Nothing here was looked at to tune Passage.
# Run from the repository root (the defaults are the mirrors' git directories):
#   python3 src/bench/resources/org/passage/bench/screening/make_opensanctions_tests.py [NOMENKLATURA YENTE RIGOUR]
import ast, copy, json, os, subprocess, sys
from collections import Counter

MIRRORS = "/work/.mirror/opensanctions+%s/repo"
NOMENKLATURA, YENTE, RIGOUR = sys.argv[1:4] if len(sys.argv) > 3 else [MIRRORS % n for n in ("nomenklatura", "yente", "rigour")]
THRESHOLD = 0.70
# Read and left out: the asserted output is not a name.
NOT_NAMES = {("test_empty_compare_removal", "company"): "the test removes a legal form; the generic word left is no name"}
NAME_FUNCTIONS = {"remove_person_prefixes": None, "remove_org_prefixes": "Organization", "remove_obj_prefixes": "Vessel",
                  "replace_display": "Company", "replace_compare": "Company", "remove_org_types": "Company"}


def show(root, path):
    if os.path.isfile(os.path.join(root, path)):
        return open(os.path.join(root, path), encoding="utf-8").read()
    return subprocess.run(["git", "-C", root, "show", "HEAD:" + path], check=True, capture_output=True).stdout.decode("utf-8")


def head(root):
    try:
        return subprocess.run(["git", "-C", root, "rev-parse", "--short", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    except (subprocess.CalledProcessError, FileNotFoundError):
        return "checkout"


class Pairs:
    def __init__(self):
        self.rows, self.seen, self.left_out = [], set(), Counter()

    def add(self, source, left, right, label, group):
        key = json.dumps(sorted([json.dumps(left, sort_keys=True), json.dumps(right, sort_keys=True)]))
        if key in self.seen:
            return
        self.seen.add(key)
        i = len(self.rows)

        def entity(side, k):
            schema, props = side
            return {"id": "os-%d-%s" % (i, k), "schema": schema, "caption": props["name"][0], "properties": props,
                    "datasets": ["opensanctions-tests"]}
        self.rows.append({"left": entity(left, "q"), "right": entity(right, "c"), "judgement": label, "group": group,
                          "source": source})


def props_of(keywords):
    return {k.arg: (lambda v: v if isinstance(v, list) else [v])(ast.literal_eval(k.value)) for k in keywords}


def matcher_call(node):
    """X.compare(a, b, ...) or X.compare(a, b, ...).score -> the call, else None."""
    if isinstance(node, ast.Attribute) and node.attr == "score":
        node = node.value
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "compare" and len(node.args) >= 2:
        return node
    return None


def nomenklatura(pairs):
    for path in ("tests/matching/logic_v1/test_model.py", "tests/matching/regression_v1/test_model.py"):
        tree = ast.parse(show(NOMENKLATURA, path))
        dicts = {t.id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
                 for t in n.targets if isinstance(t, ast.Name)}
        group = "nk-" + path.split("/")[2]
        for func in [f for f in tree.body if isinstance(f, ast.FunctionDef)]:
            if any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("add", "set") for n in ast.walk(func)):
                continue
            if any(isinstance(n, ast.Assign) and any(getattr(t, "id", "") in ("config", "overrides") for t in n.targets) for n in ast.walk(func)):
                continue
            entities, results, bounds = {}, {}, {}

            def pair_of(call):
                sides = [entities.get(getattr(a, "id", None)) for a in call.args[:2]]
                return json.dumps(sides) if all(sides) else None
            for stmt in func.body:
                if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
                    name, value = stmt.targets[0].id, stmt.value
                    if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "e":
                        entities[name] = (ast.literal_eval(value.args[0]), props_of(value.keywords))
                    elif isinstance(value, ast.Call) and getattr(value.func, "attr", "") == "from_dict":
                        d = dicts[value.args[0].id]
                        entities[name] = (d["schema"], copy.deepcopy(d["properties"]))
                    elif matcher_call(value):
                        results[name] = pair_of(matcher_call(value))
                elif isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Compare):
                    operands = [stmt.test.left] + stmt.test.comparators
                    for left, op, right in zip(operands, stmt.test.ops, operands[1:]):
                        if not isinstance(right, ast.Constant):
                            continue
                        call = matcher_call(left)
                        if call:
                            key = pair_of(call)
                        elif isinstance(left, ast.Attribute) and left.attr == "score" and isinstance(left.value, ast.Name):
                            key = results.get(left.value.id)
                        elif isinstance(left, ast.Name):
                            key = results.get(left.id)
                        else:
                            key = None
                        if not key:
                            continue
                        lo, hi = bounds.get(key, (0.0, 1.0))
                        v = right.value
                        if isinstance(op, ast.Eq):
                            lo, hi = v, v
                        elif isinstance(op, (ast.Gt, ast.GtE)):
                            lo = max(lo, v)
                        elif isinstance(op, (ast.Lt, ast.LtE)):
                            hi = min(hi, v)
                        bounds[key] = (lo, hi)
            for key, (lo, hi) in bounds.items():
                query, candidate = json.loads(key)
                if "name" not in query[1] or "name" not in candidate[1]:
                    continue
                label = "positive" if lo >= THRESHOLD else "negative" if hi < THRESHOLD else None
                if label is None:
                    pairs.left_out[path] += 1
                    continue
                pairs.add({"file": "nomenklatura/" + path, "test": func.name, "asserted": "score in [%.2f, %.2f]" % (lo, hi)},
                          tuple(query), tuple(candidate), label, group)


def yente(pairs):
    path = "tests/test_match.py"
    tree = ast.parse(show(YENTE, path))
    constants = {t.id: ast.literal_eval(n.value) for n in tree.body if isinstance(n, ast.Assign) and isinstance(n.value, ast.Dict)
                 for t in n.targets if isinstance(t, ast.Name)}
    fixture = {}
    for line in show(YENTE, "tests/fixtures/dataset/zala/entities.ftm.json").splitlines():
        if line.strip():
            entity = json.loads(line)
            fixture[entity["id"]] = entity
    for func in [f for f in tree.body if isinstance(f, ast.FunctionDef)]:
        src = ast.unparse(func)
        ids = [n.comparators[0].value for n in ast.walk(func) if isinstance(n, ast.Compare) and isinstance(n.left, ast.Subscript)
               and ast.unparse(n.left).endswith("['id']") and isinstance(n.comparators[0], ast.Constant)]
        scored = [n for n in ast.walk(func) if isinstance(n, ast.Compare) and ast.unparse(n.left).endswith("['score']")
                  and isinstance(n.ops[0], (ast.Gt, ast.GtE)) and n.comparators[0].value >= THRESHOLD]
        queries = [c for c in constants if c in src and "queries" in src]
        if len(ids) != 1 or not scored or len(queries) != 1:
            continue
        query, listed = constants[queries[0]], fixture[ids[0]]
        props = {k: v if isinstance(v, list) else [v] for k, v in query["properties"].items()}
        if "country" in props:  # the test asserts yente reads "Russia" as "ru"
            props["country"] = ["ru" if c == "Russia" else c for c in props["country"]]
        keep = ("name", "alias", "birthDate", "country", "nationality", "firstName", "lastName", "middleName", "fatherName")
        pairs.add({"file": "yente/" + path, "test": func.name, "asserted": "first result %s, score > %.2f" % (ids[0], THRESHOLD)},
                  (query["schema"], props), (listed["schema"], {k: v for k, v in listed["properties"].items() if k in keep}),
                  "positive", "yente-test_match")


def rigour(pairs):
    for path in ("tests/names/test_prefix.py", "tests/names/test_org_types.py", "tests/names/test_name.py"):
        tree = ast.parse(show(RIGOUR, path))
        for func in [f for f in tree.body if isinstance(f, ast.FunctionDef)]:
            local = {}
            for stmt in ast.walk(func):
                if isinstance(stmt, ast.Assign) and isinstance(stmt.targets[0], ast.Name):
                    try:
                        local[stmt.targets[0].id] = ast.literal_eval(stmt.value)
                    except ValueError:
                        call = stmt.value
                        if isinstance(call, ast.Call) and getattr(call.func, "id", "") == "Name" and isinstance(call.args[0], ast.Constant):
                            local[stmt.targets[0].id] = ("Name", call.args[0].value)
                if not (isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Compare) and isinstance(stmt.test.ops[0], ast.Eq)):
                    continue
                left, right = stmt.test.left, stmt.test.comparators[0]
                if not (isinstance(right, ast.Constant) and isinstance(right.value, str)):
                    continue
                if isinstance(left, ast.Call) and getattr(left.func, "attr", "") == "strip":
                    left = left.func.value
                raw, schema = None, None
                if isinstance(left, ast.Call) and getattr(left.func, "id", "") in NAME_FUNCTIONS:
                    if any(k.arg == "generic" for k in left.keywords):
                        continue
                    arg = left.args[0]
                    raw = arg.value if isinstance(arg, ast.Constant) else local.get(getattr(arg, "id", None))
                    schema = NAME_FUNCTIONS[left.func.id]
                elif isinstance(left, ast.Attribute) and left.attr == "comparable" and isinstance(local.get(getattr(left.value, "id", None)), tuple):
                    raw, schema = local[left.value.id][1], "Person"
                out = right.value.strip()
                if not isinstance(raw, str) or not out or raw.strip().lower() == out.lower():
                    continue
                if (func.name, out) in NOT_NAMES:
                    pairs.left_out[path] += 1
                    continue
                if any(c.isalpha() and c.isascii() for c in out) and any(c.isalpha() and not c.isascii() for c in out):
                    pairs.left_out[path] += 1  # mixed-script output: not a name anyone writes
                    continue
                schema = schema or ("Person" if "person" in func.name else "Organization")
                pairs.add({"file": "rigour/" + path, "test": func.name, "asserted": "%r -> %r" % (raw, out)},
                          (schema, {"name": [raw]}), (schema, {"name": [out]}), "positive", "rigour-" + os.path.basename(path)[:-3])


def main():
    pairs = Pairs()
    for extract in (nomenklatura, yente, rigour):
        extract(pairs)
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "opensanctions-tests.jsonl"), "w", encoding="utf-8") as fh:
        for r in pairs.rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("nomenklatura %s, yente %s, rigour %s: %d pairs, %d positive" % (head(NOMENKLATURA), head(YENTE), head(RIGOUR), len(pairs.rows),
                                                                         sum(r["judgement"] == "positive" for r in pairs.rows)))
    for (g, j), n in sorted(Counter((r["group"], r["judgement"]) for r in pairs.rows).items()):
        print("  %-32s %-8s %d" % (g, j, n))
    print("left out (interval straddles %.2f, or not a name): %s" % (THRESHOLD, dict(pairs.left_out)))


main()

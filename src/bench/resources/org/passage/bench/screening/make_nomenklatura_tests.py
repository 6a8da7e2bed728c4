# Held-out labelled pairs from nomenklatura's own matcher tests (MIT licence, (c) OpenSanctions / nomenklatura
# contributors): every assertion in tests/matching/logic_v2/names/test_match.py, tests/matching/logic_v2/test_model_cases.py
# and tests/matching/name_based/*.py that a matcher scores two entities above or below a threshold is a judgement:
#   score > t or >= t with t >= 0.5, or == 1.0  -> positive
#   score < t or <= t with t <= 0.9, or == 0.0  -> negative
# Only assertions on a whole matcher (LogicV2, NameMatcher, OFACMatcher .compare, name_match) count; those on one of its
# features (soundex_name_parts, jaro_name_parts, ofac_name_score) score a part of the evidence, not a match.
# Assertions on a score after qualifiers were added (a.add/a.set of countries, dates, numbers), with a config or weights
# override, or on entities without a name are left out: they judge the matcher's arithmetic, not two names.
# Duplicate pairs keep their first judgement. Nothing in this file was looked at pair by pair while tuning Passage.
# Run from the repository root with the path of a nomenklatura checkout:
#   python3 src/bench/resources/org/passage/bench/screening/make_nomenklatura_tests.py PATH/nomenklatura
import ast, json, os, sys

FILES = ["tests/matching/logic_v2/names/test_match.py", "tests/matching/logic_v2/test_model_cases.py",
         "tests/matching/name_based/test_misc.py", "tests/matching/name_based/test_model.py",
         "tests/matching/name_based/test_names.py", "tests/matching/name_based/test_ofac.py"]


def judgement(op, value):
    if isinstance(op, (ast.Gt, ast.GtE)) and value >= 0.5 or isinstance(op, ast.Eq) and value == 1.0:
        return "positive"
    if isinstance(op, (ast.Lt, ast.LtE)) and value <= 0.9 or isinstance(op, ast.Eq) and value == 0.0:
        return "negative"
    return None


def entity_call(node):
    """e("Schema", name=...) or _make_named("a", "b") as (schema, properties), else None."""
    if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
        return None
    try:
        if node.func.id == "e" and node.args:
            props = {k.arg: ast.literal_eval(k.value) for k in node.keywords}
            return ast.literal_eval(node.args[0]), {k: v if isinstance(v, list) else [v] for k, v in props.items()}
        if node.func.id == "_make_named":
            return "Person", {"name": [ast.literal_eval(a) for a in node.args]}
    except ValueError:
        return None
    return None


def mutates(func):
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("add", "set") for n in ast.walk(func))


def whole_matcher(node):
    """A call of a whole matcher (Matcher.compare, name_match), not of one of its features (soundex_name_parts ...)."""
    if not isinstance(node, ast.Call) or len(node.args) < 2:
        return False
    f = node.func
    return isinstance(f, ast.Attribute) and f.attr == "compare" or isinstance(f, ast.Name) and f.id == "name_match"


def overrides_config(func):
    return any(isinstance(n, ast.Assign) and any(getattr(t, "id", "") in ("config", "overrides") for t in n.targets) for n in ast.walk(func))


def function_pairs(tree):
    """(query, candidate, judgement) of each score assertion in the test functions."""
    for func in tree.body:
        if not isinstance(func, ast.FunctionDef) or mutates(func) or overrides_config(func):
            continue
        entities, results = {}, {}
        for stmt in func.body:
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1 and isinstance(stmt.targets[0], ast.Name):
                name, value = stmt.targets[0].id, stmt.value
                if entity_call(value):
                    entities[name] = entity_call(value)
                elif whole_matcher(value):
                    pair = [entity_call(a) or entities.get(getattr(a, "id", None)) for a in value.args[:2]]
                    results[name] = pair if all(pair) else None
            elif isinstance(stmt, ast.Assert) and isinstance(stmt.test, ast.Compare) and len(stmt.test.ops) == 1:
                left, op, right = stmt.test.left, stmt.test.ops[0], stmt.test.comparators[0]
                if not (isinstance(left, ast.Attribute) and left.attr == "score" and isinstance(right, ast.Constant)):
                    continue
                source = left.value
                if isinstance(source, ast.Name):
                    pair = results.get(source.id)
                elif whole_matcher(source):
                    pair = [entity_call(a) or entities.get(getattr(a, "id", None)) for a in source.args[:2]]
                    pair = pair if all(pair) else None
                else:
                    pair = None
                label = judgement(op, right.value)
                if pair and label:
                    yield pair[0], pair[1], label


def case_pairs(tree):
    """The CASES list of test_model_cases.py: query, result, matches (cases with a config are left out)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", "") == "CASES" for t in node.targets):
            for case in node.value.elts:
                keys = [ast.literal_eval(k) for k in case.keys]
                if "config" in keys:
                    continue
                data = {k: ast.literal_eval(v) for k, v in zip(keys, case.values)}
                norm = lambda p: {k: v if isinstance(v, list) else [v] for k, v in p.items()}
                yield (data["schema"], norm(data["query"])), (data["schema"], norm(data["result"])), "positive" if data["matches"] else "negative"


def row(i, query, candidate, label, group):
    def entity(side, key):
        schema, props = side
        caption = (props.get("name") or [""])[0]
        return {"id": "nk-%d-%s" % (i, key), "schema": schema, "caption": caption, "properties": props, "datasets": ["nomenklatura-tests"]}
    return {"left": entity(query, "q"), "right": entity(candidate, "c"), "judgement": label, "group": group}


def main():
    root = sys.argv[1]
    rows, seen = [], set()
    for path in FILES:
        tree = ast.parse(open(os.path.join(root, path), encoding="utf-8").read())
        group = os.path.basename(os.path.dirname(path)) + "-" + os.path.basename(path)[:-3]
        pairs = list(case_pairs(tree)) if path.endswith("test_model_cases.py") else list(function_pairs(tree))
        for query, candidate, label in pairs:
            if "name" not in query[1] or "name" not in candidate[1]:
                continue
            key = json.dumps([query, candidate], sort_keys=True)
            if key in seen:
                continue
            seen.add(key)
            rows.append(row(len(rows), query, candidate, label, group))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "nomenklatura-tests.jsonl"), "w", encoding="utf-8") as fh:
        for r in rows:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(rows), sum(r["judgement"] == "positive" for r in rows))


main()

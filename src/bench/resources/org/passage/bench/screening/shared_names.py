# Shared by the pair generators: records that share a name are one entity (the same person listed under two regimes or
# by two lists). Not run by itself.


def entity_roots(keys_per_record):
    """For each record (given as the keys of its names), the index of the first record of its entity: records sharing
    any key are merged, transitively."""
    parent = list(range(len(keys_per_record)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    seen = {}
    for i, keys in enumerate(keys_per_record):
        for key in keys:
            if key in seen:
                parent[find(i)] = find(seen[key])
            else:
                seen[key] = i
    return [find(i) for i in range(len(keys_per_record))]

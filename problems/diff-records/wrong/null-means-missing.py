# mistake: tests whether a key is there by looking for a null value, so a key holding null counts as missing
def same(a, b):
    """Strict JSON equality: True is not 1, but 1 is 1.0."""
    if isinstance(a, bool) or isinstance(b, bool):
        return type(a) is type(b) and a == b
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return a == b
    if type(a) is not type(b):
        return False
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b))
    if isinstance(a, dict):
        return a.keys() == b.keys() and all(same(a[k], b[k]) for k in a)
    return a == b


def diff_records(old, new):
    changes = []

    def walk(a, b, prefix):
        for key in a.keys() | b.keys():
            path = prefix + key
            if b.get(key) is None and a.get(key) is not None:
                changes.append({'path': path, 'op': 'removed', 'from': a[key]})
            elif a.get(key) is None and b.get(key) is not None:
                changes.append({'path': path, 'op': 'added', 'to': b[key]})
            elif a.get(key) is None or b.get(key) is None:
                continue
            elif isinstance(a[key], dict) and isinstance(b[key], dict):
                walk(a[key], b[key], path + '.')
            elif not same(a[key], b[key]):
                changes.append({'path': path, 'op': 'changed', 'from': a[key], 'to': b[key]})

    walk(old, new, '')
    return sorted(changes, key=lambda c: c['path'])

# mistake: lists every field of an added object separately instead of the object once
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
            if key not in b:
                changes.append({'path': path, 'op': 'removed', 'from': a[key]})
            elif key not in a and isinstance(b[key], dict) and b[key]:
                walk({}, b[key], path + '.')
            elif key not in a:
                changes.append({'path': path, 'op': 'added', 'to': b[key]})
            elif isinstance(a[key], dict) and isinstance(b[key], dict):
                walk(a[key], b[key], path + '.')
            elif not same(a[key], b[key]):
                changes.append({'path': path, 'op': 'changed', 'from': a[key], 'to': b[key]})

    walk(old, new, '')
    return sorted(changes, key=lambda c: c['path'])

# mistake: walks into lists as if they were objects keyed by position, reporting paths like tags.0
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
            elif key not in a:
                changes.append({'path': path, 'op': 'added', 'to': b[key]})
            elif isinstance(a[key], (dict, list)) and isinstance(b[key], (dict, list)):
                as_dict = lambda v: v if isinstance(v, dict) else {str(i): x for i, x in enumerate(v)}
                walk(as_dict(a[key]), as_dict(b[key]), path + '.')
            elif not same(a[key], b[key]):
                changes.append({'path': path, 'op': 'changed', 'from': a[key], 'to': b[key]})

    walk(old, new, '')
    return sorted(changes, key=lambda c: c['path'])

# mistake: splits a pair at every = and keeps the first two pieces, so "k=a=b" loses "=b"
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        if not pair:
            continue
        parts = pair.split('=')
        key, value = parts[0], parts[1] if len(parts) > 1 else ''
        result.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return result

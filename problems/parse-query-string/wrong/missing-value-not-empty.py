# mistake: gives a pair without = the value None / "undefined" instead of ""
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        if not pair:
            continue
        key, eq, value = pair.partition('=')
        result.setdefault(unquote_plus(key), []).append(unquote_plus(value) if eq else None)
    return result

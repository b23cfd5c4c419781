# mistake: does not skip empty pairs, so "a=1&&b=2&" gets a key ""
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        key, _, value = pair.partition('=')
        result.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return result

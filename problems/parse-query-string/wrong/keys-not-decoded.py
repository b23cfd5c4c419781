# mistake: percent-decodes values but not keys
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        if not pair:
            continue
        key, _, value = pair.partition('=')
        result.setdefault(key, []).append(unquote_plus(value))
    return result

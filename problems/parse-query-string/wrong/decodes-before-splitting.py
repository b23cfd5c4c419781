# mistake: percent-decodes the whole string first, so an encoded & or = in a value splits it
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in unquote_plus(qs.removeprefix('?')).split('&'):
        if not pair:
            continue
        key, _, value = pair.partition('=')
        result.setdefault(key, []).append(value)
    return result

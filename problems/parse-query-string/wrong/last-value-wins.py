# mistake: stores only the last value of a repeated key
from urllib.parse import unquote_plus


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        if not pair:
            continue
        key, _, value = pair.partition('=')
        result[unquote_plus(key)] = [unquote_plus(value)]
    return result

# mistake: replaces + with a space after percent-decoding, so an encoded %2B also becomes a space
from urllib.parse import unquote


def unquote_plus(s):
    return unquote(s).replace('+', ' ')


def parse_query(qs):
    result = {}
    for pair in qs.removeprefix('?').split('&'):
        if not pair:
            continue
        key, _, value = pair.partition('=')
        result.setdefault(unquote_plus(key), []).append(unquote_plus(value))
    return result

import re
from urllib.parse import unquote

BAD_ESCAPE = re.compile(r'%(?![0-9A-Fa-f]{2})')


def decode(value):
    if BAD_ESCAPE.search(value):
        return value
    try:
        return unquote(value, errors='strict')
    except UnicodeDecodeError:
        return value


def parse_cookies(header):
    cookies = {}
    for piece in header.split(';'):
        name, eq, value = piece.partition('=')
        name, value = name.strip(), value.strip()
        if not eq or not name or name in cookies:
            continue
        if len(value) >= 2 and value[0] == '"' and value[-1] == '"':
            value = value[1:-1]
        cookies[name] = decode(value)
    return cookies

# mistake: decodes every percent-escape, turning %2F into a slash and changing the path
import re

DEFAULT_PORT = {'http': '80', 'https': '443'}
ESCAPE = re.compile(r'%([0-9A-Fa-f]{2})')
UNRESERVED = re.compile(r'[A-Za-z0-9\-._~]')


def fix_escapes(text):
    def one(m):
        ch = chr(int(m.group(1), 16))
        return ch
    return ESCAPE.sub(one, text)


def normalize_url(url):
    url = url.split('#', 1)[0]
    scheme, rest = url.split('://', 1)
    scheme = scheme.lower()
    cut = len(rest)
    for sep in '/?':
        if sep in rest:
            cut = min(cut, rest.index(sep))
    authority, rest = rest[:cut], rest[cut:]
    path, _, query = rest.partition('?')
    host, _, port = authority.partition(':')
    host = host.lower()
    if port and port != DEFAULT_PORT[scheme]:
        host += ':' + port
    path = fix_escapes(path) or '/'
    pairs = [fix_escapes(p) for p in query.split('&') if p]
    pairs.sort(key=lambda p: p.split('=', 1)[0])
    return scheme + '://' + host + path + ('?' + '&'.join(pairs) if pairs else '')

# mistake: treats every item with the cursor's created time as already seen, skipping ties that were not shown
import re

HEX = re.compile(r'(?:[0-9a-f]{2})*')
POSITION = re.compile(r'([0-9]{1,15}):([0-9]{1,15})')


def encode(item):
    return f"{item['created']}:{item['id']}".encode('ascii').hex()


def decode(cursor):
    """The (created, id) of a cursor, or None when it is not one we could have made."""
    if not HEX.fullmatch(cursor):
        return None
    match = POSITION.fullmatch(bytes.fromhex(cursor).decode('latin-1'))
    if not match:
        return None
    return int(match.group(1)), int(match.group(2))


def list_page(items, limit, cursor):
    ordered = sorted(items, key=lambda it: (-it['created'], -it['id']))
    if cursor is not None:
        position = decode(cursor)
        if position is None:
            return None
        ordered = [it for it in ordered if it['created'] < position[0]]
    page = ordered[:limit]
    more = len(ordered) > limit
    return {'ids': [it['id'] for it in page], 'next': encode(page[-1]) if page and more else None}

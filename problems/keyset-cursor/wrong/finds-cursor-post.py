# mistake: looks up the post the cursor names and starts after its index, so a deleted post sends the client back to the first page
import re


def list_page(items, limit, cursor):
    ordered = sorted(items, key=lambda it: (-it['created'], -it['id']))
    start = 0
    if cursor is not None:
        if not re.fullmatch(r'(?:[0-9a-f]{2})*', cursor):
            return None
        match = re.fullmatch(r'([0-9]{1,15}):([0-9]{1,15})', bytes.fromhex(cursor).decode('latin-1'))
        if not match:
            return None
        id_ = int(match.group(2))
        for i, it in enumerate(ordered):
            if it['id'] == id_:
                start = i + 1
    page = ordered[start:start + limit]
    more = len(ordered) > start + limit
    nxt = f"{page[-1]['created']}:{page[-1]['id']}".encode().hex() if page and more else None
    return {'ids': [it['id'] for it in page], 'next': nxt}

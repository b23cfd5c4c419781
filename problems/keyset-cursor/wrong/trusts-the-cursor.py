# mistake: decodes and splits the cursor without checking it, so a forged cursor crashes the handler or yields a page instead of a 400
def list_page(items, limit, cursor):
    ordered = sorted(items, key=lambda it: (-it['created'], -it['id']))
    if cursor is not None:
        created, id_ = bytes.fromhex(cursor).decode().split(':')
        position = (int(created), int(id_))
        ordered = [it for it in ordered if (it['created'], it['id']) < position]
    page = ordered[:limit]
    more = len(ordered) > limit
    nxt = f"{page[-1]['created']}:{page[-1]['id']}".encode().hex() if page and more else None
    return {'ids': [it['id'] for it in page], 'next': nxt}

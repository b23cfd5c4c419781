# mistake: counts pages as n // per_page + 1, one too many when n is a multiple of per_page (and 1 for an empty list)
def paginate(items, page, per_page):
    total_pages = len(items) // per_page + 1
    start = (page - 1) * per_page
    return {
        'items': items[start:start + per_page],
        'page': page,
        'total_pages': total_pages,
        'has_next': page < total_pages,
    }

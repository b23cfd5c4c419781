# mistake: computes the start as page * per_page, as if pages were numbered from 0
def paginate(items, page, per_page):
    total_pages = (len(items) + per_page - 1) // per_page
    start = page * per_page
    return {
        'items': items[start:start + per_page],
        'page': page,
        'total_pages': total_pages,
        'has_next': page < total_pages,
    }

# mistake: serves the last page for a page number past the end instead of an empty page
def paginate(items, page, per_page):
    total_pages = (len(items) + per_page - 1) // per_page
    start = (min(page, max(total_pages, 1)) - 1) * per_page
    return {
        'items': items[start:start + per_page],
        'page': page,
        'total_pages': total_pages,
        'has_next': page < total_pages,
    }

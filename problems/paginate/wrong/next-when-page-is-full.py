# mistake: says there is a next page whenever this page is full
def paginate(items, page, per_page):
    total_pages = (len(items) + per_page - 1) // per_page
    start = (page - 1) * per_page
    return {
        'items': items[start:start + per_page],
        'page': page,
        'total_pages': total_pages,
        'has_next': len(items[start:start + per_page]) == per_page,
    }

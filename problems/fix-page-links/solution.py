def page_links(total, per_page, page):
    last = max(1, (total + per_page - 1) // per_page)  # ceiling, integers only
    page = max(1, min(page, last))
    return {
        'last': last,
        'page': page,
        'offset': (page - 1) * per_page,
        'prev': page - 1 if page > 1 else None,
        'next': page + 1 if page < last else None,
    }

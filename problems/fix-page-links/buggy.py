def page_links(total, per_page, page):
    last = total // per_page
    page = max(1, min(page, last))
    return {
        'last': last,
        'page': page,
        'offset': page * per_page,
        'prev': page - 1 if page > 0 else None,
        'next': page + 1 if page <= last else None,
    }

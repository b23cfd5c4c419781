# mistake: counts pages as total // per_page + 1, one too many when the split is even
def page_links(total, per_page, page):
    last = total // per_page + 1
    page = max(1, min(page, last))
    return {
        'last': last,
        'page': page,
        'offset': (page - 1) * per_page,
        'prev': page - 1 if page > 1 else None,
        'next': page + 1 if page < last else None,
    }

// mistake: counts pages as total // per_page + 1, one too many when the split is even
function pageLinks(total, perPage, page) {
  const last = Math.floor(total / perPage) + 1
  page = Math.max(1, Math.min(page, last))
  return {
    last,
    page,
    offset: (page - 1) * perPage,
    prev: page > 1 ? page - 1 : null,
    next: page < last ? page + 1 : null,
  }
}

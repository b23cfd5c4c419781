// mistake: counts pages as n // per_page + 1, one too many when n is a multiple of per_page (and 1 for an empty list)
function paginate(items, page, perPage) {
  const totalPages = Math.floor(items.length / perPage) + 1
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page < totalPages,
  }
}

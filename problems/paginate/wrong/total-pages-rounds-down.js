// mistake: counts pages with a plain division that rounds down, losing the last partial page
function paginate(items, page, perPage) {
  const totalPages = Math.floor(items.length / perPage)
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page < totalPages,
  }
}

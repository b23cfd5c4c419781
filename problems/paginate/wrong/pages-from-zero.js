// mistake: computes the start as page * per_page, as if pages were numbered from 0
function paginate(items, page, perPage) {
  const totalPages = Math.ceil(items.length / perPage)
  const start = page * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page < totalPages,
  }
}

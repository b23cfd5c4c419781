// mistake: compares page <= total_pages, so the last page claims a next one
function paginate(items, page, perPage) {
  const totalPages = Math.ceil(items.length / perPage)
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page <= totalPages,
  }
}

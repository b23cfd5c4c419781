// mistake: serves the last page for a page number past the end instead of an empty page
function paginate(items, page, perPage) {
  const totalPages = Math.ceil(items.length / perPage)
  const start = (Math.min(page, Math.max(totalPages, 1)) - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page < totalPages,
  }
}

// mistake: reports an empty list as one (empty) page
function paginate(items, page, perPage) {
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: page < totalPages,
  }
}

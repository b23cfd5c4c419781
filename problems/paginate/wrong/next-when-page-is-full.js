// mistake: says there is a next page whenever this page is full
function paginate(items, page, perPage) {
  const totalPages = Math.ceil(items.length / perPage)
  const start = (page - 1) * perPage
  return {
    items: items.slice(start, start + perPage),
    page,
    total_pages: totalPages,
    has_next: items.slice(start, start + perPage).length === perPage,
  }
}

function pageLinks(total, perPage, page) {
  const last = Math.floor(total / perPage)
  page = Math.max(1, Math.min(page, last))
  return {
    last,
    page,
    offset: page * perPage,
    prev: page > 0 ? page - 1 : null,
    next: page <= last ? page + 1 : null,
  }
}

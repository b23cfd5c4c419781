function pageLinks(total, perPage, page) {
  const last = Math.max(1, Math.ceil(total / perPage))
  page = Math.max(1, Math.min(page, last))
  return {
    last,
    page,
    offset: (page - 1) * perPage,
    prev: page > 1 ? page - 1 : null,
    next: page < last ? page + 1 : null,
  }
}

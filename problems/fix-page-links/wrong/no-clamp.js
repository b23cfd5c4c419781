// mistake: does not bring the requested page into range
function pageLinks(total, perPage, page) {
  const last = Math.max(1, Math.ceil(total / perPage))
  return {
    last,
    page,
    offset: (page - 1) * perPage,
    prev: page > 1 ? page - 1 : null,
    next: page < last ? page + 1 : null,
  }
}

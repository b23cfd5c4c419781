// mistake: remembers pages only after leaving page 0, so a loop back to page 0 is reported one page late
function loopStart(redirects) {
  const seen = new Set()
  let page = 0
  for (;;) {
    page = redirects[page]
    if (page === -1) return -1
    if (seen.has(page)) return page
    seen.add(page)
  }
}

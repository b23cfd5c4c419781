// mistake: returns the page whose redirect closes the loop (the last new page), not the page visited twice
function loopStart(redirects) {
  const seen = new Set()
  let page = 0
  for (;;) {
    seen.add(page)
    const next = redirects[page]
    if (next === -1) return -1
    if (seen.has(next)) return page
    page = next
  }
}

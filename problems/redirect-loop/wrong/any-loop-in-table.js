// mistake: looks for a loop anywhere in the table, not only on the chain that starts at page 0
function loopStart(redirects) {
  for (let start = redirects.length - 1; start >= 0; start--) {
    const seen = new Set()
    let page = start
    while (page !== -1 && !seen.has(page)) {
      seen.add(page)
      page = redirects[page]
    }
    if (page !== -1) return page
  }
  return -1
}

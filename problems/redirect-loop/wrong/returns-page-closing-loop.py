# mistake: returns the page whose redirect closes the loop (the last new page), not the page visited twice
def loop_start(redirects):
    seen = set()
    page = 0
    while True:
        seen.add(page)
        nxt = redirects[page]
        if nxt == -1:
            return -1
        if nxt in seen:
            return page
        page = nxt

# mistake: looks for a loop anywhere in the table, not only on the chain that starts at page 0
def loop_start(redirects):
    for start in reversed(range(len(redirects))):
        seen = set()
        page = start
        while page != -1 and page not in seen:
            seen.add(page)
            page = redirects[page]
        if page != -1:
            return page
    return -1

# mistake: remembers pages only after leaving page 0, so a loop back to page 0 is reported one page late
def loop_start(redirects):
    seen = set()
    page = 0
    while True:
        page = redirects[page]
        if page == -1:
            return -1
        if page in seen:
            return page
        seen.add(page)

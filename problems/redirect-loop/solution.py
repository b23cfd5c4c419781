def loop_start(redirects):
    # Floyd: a slow and a fast walker meet inside the loop if there is one.
    slow = fast = 0
    while True:
        if redirects[fast] == -1 or redirects[redirects[fast]] == -1:
            return -1
        slow = redirects[slow]
        fast = redirects[redirects[fast]]
        if slow == fast:
            break
    # From the start and from the meeting point, the walkers reach the loop's first page together.
    slow = 0
    while slow != fast:
        slow = redirects[slow]
        fast = redirects[fast]
    return slow

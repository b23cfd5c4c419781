# mistake: returns the page where the slow and fast walkers meet, which is inside the loop but not always its first page
def loop_start(redirects):
    slow = fast = 0
    while True:
        if redirects[fast] == -1 or redirects[redirects[fast]] == -1:
            return -1
        slow = redirects[slow]
        fast = redirects[redirects[fast]]
        if slow == fast:
            return slow

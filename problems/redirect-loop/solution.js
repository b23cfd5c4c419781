function loopStart(redirects) {
  // Floyd: a slow and a fast walker meet inside the loop if there is one.
  let slow = 0
  let fast = 0
  for (;;) {
    if (redirects[fast] === -1 || redirects[redirects[fast]] === -1) return -1
    slow = redirects[slow]
    fast = redirects[redirects[fast]]
    if (slow === fast) break
  }
  // From the start and from the meeting point, the walkers reach the loop's first page together.
  slow = 0
  while (slow !== fast) {
    slow = redirects[slow]
    fast = redirects[fast]
  }
  return slow
}

// mistake: returns the page where the slow and fast walkers meet, which is inside the loop but not always its first page
function loopStart(redirects) {
  let slow = 0
  let fast = 0
  for (;;) {
    if (redirects[fast] === -1 || redirects[redirects[fast]] === -1) return -1
    slow = redirects[slow]
    fast = redirects[redirects[fast]]
    if (slow === fast) return slow
  }
}

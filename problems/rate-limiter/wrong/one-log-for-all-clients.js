// mistake: keeps one log for all clients, so one busy client blocks the others
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.q = []
  }

  allow(client, now) {
    const q = this.q
    while (q.length && q[0] <= now - this.window) q.shift()
    if (q.length >= this.limit) return false
    q.push(now)
    return true
  }
}

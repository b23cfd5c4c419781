// mistake: reads a new client's log with a default that is never stored, so new clients are never limited
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.hits = new Map()
  }

  allow(client, now) {
    const q = this.hits.get(client) ?? []
    while (q.length && q[0] <= now - this.window) q.shift()
    if (q.length >= this.limit) return false
    q.push(now)
    return true
  }
}

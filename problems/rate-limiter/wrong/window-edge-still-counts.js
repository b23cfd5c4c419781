// mistake: keeps a request made exactly `window` seconds ago in the window (drops t < now - window, not t <= now - window)
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.hits = new Map()
  }

  allow(client, now) {
    if (!this.hits.has(client)) this.hits.set(client, [])
    const q = this.hits.get(client)
    while (q.length && q[0] < now - this.window) q.shift()
    if (q.length >= this.limit) return false
    q.push(now)
    return true
  }
}

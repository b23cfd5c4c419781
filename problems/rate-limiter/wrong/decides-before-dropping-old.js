// mistake: decides on the full log first and drops expired times only after, so a request just after the window is rejected
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.hits = new Map()
  }

  allow(client, now) {
    if (!this.hits.has(client)) this.hits.set(client, [])
    const q = this.hits.get(client)
    if (q.length >= this.limit) {
      while (q.length && q[0] <= now - this.window) q.shift()
      return false
    }
    q.push(now)
    return true
  }
}

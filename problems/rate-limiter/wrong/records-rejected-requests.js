// mistake: records every request, rejected ones too, so a client that keeps retrying stays blocked
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.hits = new Map()
  }

  allow(client, now) {
    if (!this.hits.has(client)) this.hits.set(client, [])
    const q = this.hits.get(client)
    while (q.length && q[0] <= now - this.window) q.shift()
    q.push(now)
    return q.length <= this.limit
  }
}

// mistake: counts requests per fixed bucket floor(now / window), which allows a burst of 2 * limit around a bucket edge
class RateLimiter {
  constructor(limit, window) {
    this.limit = limit
    this.window = window
    this.counts = new Map()
  }

  allow(client, now) {
    const bucket = client + '|' + Math.floor(now / this.window)
    const used = this.counts.get(bucket) ?? 0
    if (used >= this.limit) return false
    this.counts.set(bucket, used + 1)
    return true
  }
}

// mistake: counts whole intervals since the previous call, throwing away the part of an interval that had already passed
class TokenBucket {
  constructor(capacity, interval) {
    this.capacity = capacity
    this.interval = interval
    this.tokens = capacity
    this.last = 0
  }

  refill(now) {
    const added = Math.floor((now - this.last) / this.interval)
    this.tokens = Math.min(this.capacity, this.tokens + added)
    this.last = now
  }

  take(n, now) {
    this.refill(now)
    if (this.tokens < n) return false
    this.tokens -= n
    return true
  }

  available(now) {
    this.refill(now)
    return this.tokens
  }
}

// mistake: checks the tokens before adding the ones that are due, and refills only afterwards
class TokenBucket {
  constructor(capacity, interval) {
    this.capacity = capacity
    this.interval = interval
    this.tokens = capacity
    this.ticks = 0 // schedule points already counted: interval, 2 * interval, ...
  }

  refill(now) {
    const due = Math.floor(now / this.interval)
    this.tokens = Math.min(this.capacity, this.tokens + due - this.ticks)
    this.ticks = due
  }

  take(n, now) {
    const ok = this.tokens >= n
    if (ok) this.tokens -= n
    this.refill(now)
    return ok
  }

  available(now) {
    this.refill(now)
    return this.tokens
  }
}

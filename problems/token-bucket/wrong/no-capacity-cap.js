// mistake: never caps the tokens at the capacity, so a long pause allows a huge burst
class TokenBucket {
  constructor(capacity, interval) {
    this.capacity = capacity
    this.interval = interval
    this.tokens = capacity
    this.ticks = 0 // schedule points already counted: interval, 2 * interval, ...
  }

  refill(now) {
    const due = Math.floor(now / this.interval)
    this.tokens = this.tokens + due - this.ticks
    this.ticks = due
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

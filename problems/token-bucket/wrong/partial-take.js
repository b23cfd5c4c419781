// mistake: takes the tokens that are there even when the take is refused
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
    this.refill(now)
    if (this.tokens < n) {
      this.tokens = 0
      return false
    }
    this.tokens -= n
    return true
  }

  available(now) {
    this.refill(now)
    return this.tokens
  }
}

// mistake: keeps a running count incremented on every set, so overwriting a key counts it twice
class TTLCache {
  constructor() {
    this.items = new Map()
    this.count = 0
  }
  set(key, value, ttl, now) {
    this.items.set(key, { value, expires: now + ttl })
    this.count++
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry) return null
    if (now < entry.expires) return entry.value
    this.items.delete(key)
    return null
  }
  size(now) {
    for (const [key, entry] of this.items) {
      if (now >= entry.expires) {
        this.items.delete(key)
        this.count--
      }
    }
    return this.count
  }
}

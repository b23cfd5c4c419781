// mistake: reads a ttl of 0 as "no expiry" instead of "already expired"
class TTLCache {
  constructor() {
    this.items = new Map()
  }
  set(key, value, ttl, now) {
    this.items.set(key, { value, expires: ttl ? now + ttl : Infinity })
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry) return null
    if (now < entry.expires) return entry.value
    this.items.delete(key)
    return null
  }
  size(now) {
    for (const [key, entry] of this.items) if (now >= entry.expires) this.items.delete(key)
    return this.items.size
  }
}

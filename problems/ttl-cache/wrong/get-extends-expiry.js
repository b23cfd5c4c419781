// mistake: renews the entry on every get (sliding expiry), so a value read often never expires
class TTLCache {
  constructor() {
    this.items = new Map()
  }
  set(key, value, ttl, now) {
    this.items.set(key, { value, ttl, expires: now + ttl })
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry) return null
    if (now < entry.expires) {
      entry.expires = now + entry.ttl
      return entry.value
    }
    this.items.delete(key)
    return null
  }
  size(now) {
    for (const [key, entry] of this.items) if (now >= entry.expires) this.items.delete(key)
    return this.items.size
  }
}

// mistake: treats a stored falsy value (0, "", false) as a missing entry
class TTLCache {
  constructor() {
    this.items = new Map()
  }
  set(key, value, ttl, now) {
    this.items.set(key, { value, expires: now + ttl })
  }
  get(key, now) {
    const entry = this.items.get(key)
    if (!entry || !entry.value) return null
    if (now < entry.expires) return entry.value
    this.items.delete(key)
    return null
  }
  size(now) {
    for (const [key, entry] of this.items) if (now >= entry.expires) this.items.delete(key)
    return this.items.size
  }
}

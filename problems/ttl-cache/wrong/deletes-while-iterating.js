// mistake: removes expired entries while iterating over the same collection in size (Python raises; the JavaScript array version skips an entry)
class TTLCache {
  constructor() {
    this.entries = []
  }
  find(key) {
    return this.entries.findIndex((e) => e.key === key)
  }
  set(key, value, ttl, now) {
    const i = this.find(key)
    if (i !== -1) this.entries.splice(i, 1)
    this.entries.push({ key, value, expires: now + ttl })
  }
  get(key, now) {
    const i = this.find(key)
    if (i === -1) return null
    if (now < this.entries[i].expires) return this.entries[i].value
    this.entries.splice(i, 1)
    return null
  }
  size(now) {
    for (let i = 0; i < this.entries.length; i++) if (now >= this.entries[i].expires) this.entries.splice(i, 1)
    return this.entries.length
  }
}

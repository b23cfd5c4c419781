// mistake: keeps the order in an array and splices keys out of it (O(n) per call) where O(1) is asked
class LRUCache {
  constructor(capacity) {
    this.capacity = capacity
    this.values = new Map()
    this.order = []
  }
  touch(key) {
    const i = this.order.indexOf(key)
    if (i >= 0) this.order.splice(i, 1)
    this.order.push(key)
  }
  get(key) {
    if (!this.values.has(key)) return -1
    this.touch(key)
    return this.values.get(key)
  }
  put(key, value) {
    if (!this.values.has(key) && this.values.size === this.capacity) this.values.delete(this.order.shift())
    this.values.set(key, value)
    this.touch(key)
  }
}

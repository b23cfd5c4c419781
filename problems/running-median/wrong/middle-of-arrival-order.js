// mistake: takes the middle of the values in arrival order, never sorting them
class MedianTracker {
  constructor() {
    this.values = []
  }
  add(num) {
    this.values.push(num)
  }
  median() {
    const n = this.values.length
    const mid = n >> 1
    return n % 2 ? this.values[mid] : (this.values[mid - 1] + this.values[mid]) / 2
  }
}

// mistake: averages the two middle values with integer division, dropping the .5
class MedianTracker {
  constructor() {
    this.sorted = []
  }
  add(num) {
    let lo = 0
    let hi = this.sorted.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (this.sorted[mid] < num) lo = mid + 1
      else hi = mid
    }
    this.sorted.splice(lo, 0, num)
  }
  median() {
    const n = this.sorted.length
    const mid = n >> 1
    return n % 2 ? this.sorted[mid] : Math.floor((this.sorted[mid - 1] + this.sorted[mid]) / 2)
  }
}

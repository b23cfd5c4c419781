// mistake: computes the minimum by scanning the stack (O(n) per call) where O(1) is asked
class MinStack {
  constructor() {
    this.items = []
  }
  push(x) {
    this.items.push(x)
  }
  pop() {
    return this.items.pop()
  }
  top() {
    return this.items[this.items.length - 1]
  }
  getMin() {
    let low = Infinity
    for (const x of this.items) low = Math.min(low, x)
    return low
  }
}

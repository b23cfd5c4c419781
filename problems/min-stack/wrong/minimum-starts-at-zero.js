// mistake: starts the running minimum at 0 instead of the first value pushed, so positive stacks report 0
class MinStack {
  constructor() {
    this.items = []
  }
  push(x) {
    const low = Math.min(x, this.items.length ? this.items[this.items.length - 1][1] : 0)
    this.items.push([x, low])
  }
  pop() {
    return this.items.pop()[0]
  }
  top() {
    return this.items[this.items.length - 1][0]
  }
  getMin() {
    return this.items[this.items.length - 1][1]
  }
}

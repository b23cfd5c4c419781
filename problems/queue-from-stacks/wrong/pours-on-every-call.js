// mistake: pours the inbox into the outbox on every pop and peek, even when the outbox still holds older elements
class StackQueue {
  constructor() {
    this.inbox = []
    this.outbox = []
  }
  push(x) {
    this.inbox.push(x)
  }
  refill() {
    while (this.inbox.length) this.outbox.push(this.inbox.pop())
  }
  pop() {
    this.refill()
    return this.outbox.pop()
  }
  peek() {
    this.refill()
    return this.outbox[this.outbox.length - 1]
  }
  isEmpty() {
    return this.inbox.length === 0 && this.outbox.length === 0
  }
}

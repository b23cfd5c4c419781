// mistake: says the queue is empty when the outbox is empty, forgetting elements still in the inbox
class StackQueue {
  constructor() {
    this.inbox = []
    this.outbox = []
  }
  push(x) {
    this.inbox.push(x)
  }
  refill() {
    if (this.outbox.length === 0) while (this.inbox.length) this.outbox.push(this.inbox.pop())
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
    return this.outbox.length === 0
  }
}

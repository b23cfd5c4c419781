// mistake: counts the nodes starting from 1 instead of 0, then walks half of a count that is one too many
function middleNode(head) {
  let n = 1
  for (let node = head; node; node = node.next) n++
  let node = head
  for (let i = 0; i < Math.floor(n / 2); i++) node = node.next
  return node
}

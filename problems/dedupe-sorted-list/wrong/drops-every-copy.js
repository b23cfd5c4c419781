// mistake: removes every node of a repeated value instead of keeping one copy of it
function deleteDuplicates(head) {
  const dummy = new ListNode(0, head)
  let prev = dummy
  let node = head
  while (node) {
    if (node.next && node.next.val === node.val) {
      const v = node.val
      while (node && node.val === v) node = node.next
      prev.next = node
    } else {
      prev = node
      node = node.next
    }
  }
  return dummy.next
}

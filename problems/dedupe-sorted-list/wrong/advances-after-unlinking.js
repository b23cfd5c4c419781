// mistake: moves to the next node even right after unlinking a repeat, so a run of three keeps one repeat
function deleteDuplicates(head) {
  let node = head
  while (node && node.next) {
    if (node.next.val === node.val) node.next = node.next.next
    node = node.next
  }
  return head
}

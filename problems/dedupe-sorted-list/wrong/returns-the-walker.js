// mistake: walks with the head variable itself and returns it, which by then points at the last node
function deleteDuplicates(head) {
  while (head && head.next) {
    if (head.next.val === head.val) head.next = head.next.next
    else head = head.next
  }
  return head
}

// mistake: half-fix: sorts the Set to get "an order", which is sorted order, not the order of first appearance
function dedupe(items) {
  return [...new Set(items)].sort()
}

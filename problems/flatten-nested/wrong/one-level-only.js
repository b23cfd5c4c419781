// mistake: unpacks only one level of nesting (items.flat()), so lists inside lists stay lists
function flatten(items) {
  return items.flat()
}

function dedupe(items) {
  return items.filter((x, i) => items.lastIndexOf(x) === i)
}

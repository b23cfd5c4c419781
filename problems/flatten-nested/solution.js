function flatten(items) {
  const out = []
  for (const x of items) {
    if (Array.isArray(x)) out.push(...flatten(x))
    else out.push(x)
  }
  return out
}

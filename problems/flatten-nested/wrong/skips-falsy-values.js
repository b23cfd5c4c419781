// mistake: skips "empty" elements with a truthiness test, which also drops the values 0 and ""
function flatten(items) {
  const out = []
  for (const x of items) {
    if (!x || x.length === 0) continue
    if (Array.isArray(x)) out.push(...flatten(x))
    else out.push(x)
  }
  return out
}

// mistake: recurses into anything with a length, strings included, so a string is split up and a one-letter string recurses forever
function flatten(items) {
  const out = []
  for (const x of items) {
    if (x.length !== undefined) out.push(...flatten([...x]))
    else out.push(x)
  }
  return out
}

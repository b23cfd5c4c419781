// mistake: collects into one array declared outside the function, which keeps the values of earlier calls
const collected = []

function flatten(items) {
  for (const x of items) {
    if (Array.isArray(x)) flatten(x)
    else collected.push(x)
  }
  return collected
}

// mistake: drops an item only when it repeats the one just before it, which handles sorted input only
function dedupe(items) {
  const out = []
  for (const x of items) if (out.length === 0 || out[out.length - 1] !== x) out.push(x)
  return out
}

// mistake: on a mismatch copies only the cell above (drop a character of a), never the one to the left (drop one of b)
function lcsLength(a, b) {
  let prev = new Array(b.length + 1).fill(0)
  for (const x of a) {
    const cur = [0]
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j] + 1 : prev[j + 1])
    prev = cur
  }
  return prev[b.length]
}

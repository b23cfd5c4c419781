// mistake: on a match adds 1 to the cell above instead of the diagonal, so one character of b is matched again and again
function lcsLength(a, b) {
  let prev = new Array(b.length + 1).fill(0)
  for (const x of a) {
    const cur = [0]
    for (let j = 0; j < b.length; j++) cur.push(x === b[j] ? prev[j + 1] + 1 : Math.max(prev[j + 1], cur[j]))
    prev = cur
  }
  return prev[b.length]
}

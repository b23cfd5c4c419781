// mistake: only compares "every even night" with "every odd night", but the best choice can skip two nights in a row
function maxLoot(values) {
  let even = 0
  let odd = 0
  values.forEach((v, i) => {
    if (i % 2 === 0) even += v
    else odd += v
  })
  return Math.max(even, odd)
}

// mistake: walks both lists with two pointers as if they were sorted, which they are not
function commonValues(a, b) {
  let i = 0
  let j = 0
  const out = []
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      if (out[out.length - 1] !== a[i]) out.push(a[i])
      i++
      j++
    } else if (a[i] < b[j]) i++
    else j++
  }
  return out
}

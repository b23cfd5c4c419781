// mistake: walks both strings and on a mismatch picks delete, insert or replace by peeking one character ahead, greedily
function editDistance(a, b) {
  let i = 0
  let j = 0
  let edits = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      i++
      j++
    } else if (i + 1 < a.length && a[i + 1] === b[j]) {
      i++
      edits++
    } else if (j + 1 < b.length && a[i] === b[j + 1]) {
      j++
      edits++
    } else {
      i++
      j++
      edits++
    }
  }
  return edits + (a.length - i) + (b.length - j)
}

function countSteps(n) {
  let steps = 0
  let size = 1
  while (size < n) {
    for (let k = 0; k < size; k++) steps++
    size *= 2
  }
  return steps
}

// mistake: uses if instead of while, so a warm day answers only the top waiting day and older colder days stay waiting
function daysUntilWarmer(temps) {
  const answer = new Array(temps.length).fill(0)
  const waiting = []
  temps.forEach((t, i) => {
    if (waiting.length && temps[waiting[waiting.length - 1]] < t) {
      const j = waiting.pop()
      answer[j] = i - j
    }
    waiting.push(i)
  })
  return answer
}

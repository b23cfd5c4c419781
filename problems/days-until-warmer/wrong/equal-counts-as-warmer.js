// mistake: pops while the waiting day is colder or equal, so a day of the same temperature counts as warmer
function daysUntilWarmer(temps) {
  const answer = new Array(temps.length).fill(0)
  const waiting = []
  temps.forEach((t, i) => {
    while (waiting.length && temps[waiting[waiting.length - 1]] <= t) {
      const j = waiting.pop()
      answer[j] = i - j
    }
    waiting.push(i)
  })
  return answer
}

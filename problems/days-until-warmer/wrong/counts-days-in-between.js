// mistake: counts the days strictly between the two (i - j - 1) instead of how many days later the warmer one is
function daysUntilWarmer(temps) {
  const answer = new Array(temps.length).fill(0)
  const waiting = []
  temps.forEach((t, i) => {
    while (waiting.length && temps[waiting[waiting.length - 1]] < t) {
      const j = waiting.pop()
      answer[j] = i - j - 1
    }
    waiting.push(i)
  })
  return answer
}

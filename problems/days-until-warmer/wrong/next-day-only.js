// mistake: only compares each day with the next one, answering 1 or 0
function daysUntilWarmer(temps) {
  return temps.map((t, i) => (i + 1 < temps.length && temps[i + 1] > t ? 1 : 0))
}

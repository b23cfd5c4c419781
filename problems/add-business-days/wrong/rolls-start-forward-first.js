// mistake: moves a start on a weekend or holiday to the next business day and then adds n, one day too far
function addBusinessDays(start, n, holidays) {
  const closed = new Set(holidays)
  // Dates are handled as UTC midnights so the machine's time zone never shifts them.
  let day = new Date(`${start}T00:00:00Z`)
  const iso = (d) => d.toISOString().slice(0, 10)
  const openOn = (d) => d.getUTCDay() !== 0 && d.getUTCDay() !== 6 && !closed.has(iso(d))
  const next = (d) => new Date(d.getTime() + 86_400_000)
  while (!openOn(day)) day = next(day)
  if (n === 0) {
    while (!openOn(day)) day = next(day)
    return iso(day)
  }
  while (n > 0) {
    day = next(day)
    if (openOn(day)) n--
  }
  return iso(day)
}

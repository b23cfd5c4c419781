// mistake: skips weekends first, then adds one more business day per holiday in the range, even a holiday on a weekend
function addBusinessDays(start, n, holidays) {
  const iso = (d) => d.toISOString().slice(0, 10)
  const weekend = (d) => d.getUTCDay() === 0 || d.getUTCDay() === 6
  const next = (d) => new Date(d.getTime() + 86_400_000)
  let day = new Date(`${start}T00:00:00Z`)
  while (n > 0 || weekend(day)) {
    day = next(day)
    if (!weekend(day)) n--
  }
  let extra = new Set(holidays.filter((h) => h >= start && h <= iso(day))).size
  while (extra > 0) {
    day = next(day)
    if (!weekend(day)) extra--
  }
  return iso(day)
}

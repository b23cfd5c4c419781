// Dates as screens show them. One formatter, made once: toLocaleDateString
// with options builds a new Intl.DateTimeFormat on every call (about 0.5 ms
// each), which made dates the largest single cost of Progress's first render.
const dayMonth = new Intl.DateTimeFormat(undefined, { day: 'numeric', month: 'short' })

/** "3 Dec": a day in the user's locale, for chart axes and short lists. */
export const dateShort = (t: number): string => dayMonth.format(t)

// What both browser suites (Chromium, WebKit) do with console errors, uncaught
// errors and CSP violation reports: every one fails the test, except those
// listed here with the reason they are expected. Keep the list short; an entry
// without a reason is a bug being hidden.
export type Engine = 'chromium' | 'webkit'

export interface Explained {
  /** Matched against the reported line, e.g. "console.error: ..." or "CSP violation: ...". */
  pattern: RegExp
  engines: readonly Engine[]
  why: string
}

export const explained: readonly Explained[] = [
  {
    pattern: /^console\.error: Unable to preventDefault inside passive event listener invocation\./,
    engines: ['chromium'],
    why:
      "tldraw's canvas calls preventDefault in its React onTouchStart, which React registers as a passive listener; Chromium logs that it ignored the call. The canvas sets touch-action: none, so nothing scrolls either way; only touch tests (a finger, a palm) provoke it.",
  },
]

/** The reports not explained by the list above or by the test's own allowances. */
export function unexplained(engine: Engine, reports: readonly string[], allowed: readonly RegExp[] = []): string[] {
  const patterns = [...explained.filter((e) => e.engines.includes(engine)).map((e) => e.pattern), ...allowed]
  return reports.filter((r) => !patterns.some((p) => p.test(r)))
}

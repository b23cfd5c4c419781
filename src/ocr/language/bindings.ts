// Which names a page of code binds, read from its text alone (no parser: the
// text is a reading, often not valid code), for the rules that make names agree.

/**
 * Names the page binds: parameters, assignment and declaration targets, loop
 * variables. Not the target of `+=` and its kin: that needs the name bound before.
 */
export function boundNames(codes: readonly string[], language: string): Map<string, number[]> {
  const bound = new Map<string, number[]>()
  const add = (name: string, line: number) => bound.set(name, [...(bound.get(name) ?? []), line])
  const names = (list: string) => list.match(/[A-Za-z_]\w*/g) ?? []
  codes.forEach((c, i) => {
    const params = language === 'python' ? /\bdef\s+\w+\s*\(([^)]*)\)/g : /(?:\bfunction\b[^(]*|^|[=(,]\s*)\(([^()]*)\)\s*(?:=>|\{)/g
    for (const m of c.matchAll(params)) for (const p of m[1]!.split(',')) names(p.split(/[=:]/)[0]!).slice(-1).forEach((n) => add(n, i))
    if (language === 'python') {
      const target = c.match(/^\s*([A-Za-z_]\w*(?:\s*,\s*[A-Za-z_]\w*)*)\s*=(?!=)/)
      if (target) names(target[1]!).forEach((n) => add(n, i))
      for (const m of c.matchAll(/\bfor\s+(.+?)\s+in\b/g)) names(m[1]!).forEach((n) => add(n, i))
      for (const m of c.matchAll(/\bas\s+([A-Za-z_]\w*)/g)) add(m[1]!, i)
      const imported = c.match(/^\s*(?:from\s+\S+\s+)?import\s+(.+)$/)
      if (imported) names(imported[1]!).forEach((n) => add(n, i))
    } else {
      for (const m of c.matchAll(/\b(?:const|let|var|int|long|double|float|char|boolean|bool|String|string|auto)\s+([A-Za-z_]\w*)/g)) add(m[1]!, i)
      const target = c.match(/^\s*([A-Za-z_]\w*)\s*=(?![=>])/)
      if (target) add(target[1]!, i)
    }
  })
  return bound
}

/** Names the page declares as functions or classes (`def f`, `class C`, `function f`). */
export function declaredNames(codes: readonly string[]): Set<string> {
  const out = new Set<string>()
  for (const c of codes) for (const m of c.matchAll(/\b(?:def|class|function|interface|struct|enum)\s+([A-Za-z_]\w*)/g)) out.add(m[1]!)
  return out
}

// The bank's Python and JavaScript answers and buggy versions, as a page rule
// sees them: a rule meant to mend misreadings must change none of them.
import { existsSync, readdirSync, readFileSync } from 'node:fs'

const FILES = [
  ['solution.py', 'python'],
  ['buggy.py', 'python'],
  ['solution.js', 'javascript'],
  ['buggy.js', 'javascript'],
] as const

/** The files a page rule changes: it is given each file's lines and its language. */
export function bankFilesChanged(rule: (lines: string[], language: string) => { fixes: readonly unknown[] }, languages: readonly string[] = ['python', 'javascript']): string[] {
  const changed: string[] = []
  for (const d of readdirSync('problems'))
    for (const [f, lang] of FILES) {
      const p = `problems/${d}/${f}`
      if (languages.includes(lang) && existsSync(p) && rule(readFileSync(p, 'utf8').split('\n'), lang).fixes.length) changed.push(p)
    }
  return changed
}

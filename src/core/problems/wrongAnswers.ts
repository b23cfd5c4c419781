// Plausible wrong answers kept beside each problem (problems/<id>/wrong/), so
// the tests are proven to catch the mistakes candidates really make. They are
// checked by the unit tests and never shipped to the app (the bank's glob
// reads only a problem's own files, not its subfolders).
import { FILE_EXT, type Lang } from './schema.ts'

export interface WrongAnswer {
  /** File name inside wrong/, e.g. "evicts-before-update.py". */
  file: string
  lang: Lang
  code: string
  /** The one-line note of the mistake it makes (first line: "# mistake: ..."). */
  mistake: string
}

const COMMENT: Record<Lang, string> = { python: '#', javascript: '//', sql: '--' }
const LANG_OF_EXT = new Map(Object.entries(FILE_EXT).map(([lang, ext]) => [ext, lang as Lang]))

/** Reads one wrong answer; an error names the file and what is wrong with it. */
export function parseWrongAnswer(file: string, text: string): WrongAnswer | { error: string } {
  const ext = file.slice(file.lastIndexOf('.') + 1)
  const lang = LANG_OF_EXT.get(ext)
  if (!lang || !/^[a-z0-9]+(-[a-z0-9]+)*\.[a-z]+$/.test(file))
    return { error: `${file}: expected a name like "off-by-one.py" (lower-case words joined by "-", .py, .js or .sql)` }
  const first = text.split('\n', 1)[0]!.trim()
  const prefix = `${COMMENT[lang]} mistake:`
  if (!first.startsWith(prefix) || !first.slice(prefix.length).trim())
    return { error: `${file}: line 1: expected "${prefix} <the mistake, in one line>"` }
  return { file, lang, code: text, mistake: first.slice(prefix.length).trim() }
}

/** Wrong answers a problem needs at least: more for backend and SQL, where the mistakes are subtler. */
export function minWrongAnswers(category: string): number {
  return category === 'backend' || category === 'sql' ? 5 : 3
}

// SQL's fixed phrases, where one word of the phrase was read as no word at
// all. The grammar leaves one choice in these places, whatever the schema:
//   - after LEFT, RIGHT, INNER, FULL or CROSS (and OUTER) comes JOIN
//     ("LEFT gosn books b" -> LEFT JOIN books b);
//   - IS is followed by NULL or NOT NULL, and "x NOT NULL" in a condition is
//     "x IS NOT NULL" ("country s NOT rall" -> country IS NOT NULL);
//   - an alias after AS is one name, so two words ending the item are one
//     name whose underscore was lost ("AS avg pay", "AS avg - pay", "AS
//     avg.pay" -> avg_pay);
//   - a word after ORDER BY's column that ends the clause is its direction
//     ("ORDER BY year D89e;" -> DESC).
// Only a word that is neither an SQL word nor one the page or the problem
// knows is replaced, and a keyword takes the case the line writes keywords in.
import { wordsFor } from '../language/vocab.ts'
import { codeOnly } from '../language/codeOnly.ts'
import { applyEdits, type LineEdit } from './edits.ts'

export type PhraseFix = LineEdit

const SQL_WORDS = new Set(wordsFor('sql').map((w) => w.toUpperCase()))
/** Words that begin or join clauses: never part of an alias (a function's name may be: avg_pay, max_age). */
const CLAUSE = new Set('SELECT FROM WHERE JOIN ON GROUP BY ORDER HAVING LIMIT OFFSET AND OR NOT AS UNION INNER LEFT RIGHT FULL CROSS OUTER SET VALUES INTO WHEN THEN ELSE END CASE ASC DESC IS NULL IN LIKE BETWEEN DISTINCT'.split(' '))

/** The keyword in the case of the word beside it (the writer's habit on this line). */
const caseAs = (keyword: string, beside: string) => (beside === beside.toLowerCase() ? keyword.toLowerCase() : keyword)

export function fixSqlPhrases(lines: readonly string[], known: (w: string) => boolean): { lines: string[]; fixes: PhraseFix[] } {
  // Literal strings and comments blanked out, each character kept in place.
  const codes = codeOnly(lines, 'sql')
  /** A word the reading made up: no SQL word, nothing the page or problem knows. */
  const unknown = (w: string) => !SQL_WORDS.has(w.toUpperCase()) && !known(w)
  /** Words read more than once on the page are the writer's (a column, a table), never a made-up word. */
  const counts = new Map<string, number>()
  for (const c of codes) for (const w of c.match(/[A-Za-z_]\w*/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1)
  const madeUp = (w: string) => unknown(w) && (counts.get(w) ?? 0) < 2
  const edits: PhraseFix[] = []
  codes.forEach((c, i) => {
    for (const m of c.matchAll(/\b(LEFT|RIGHT|INNER|FULL|CROSS)(\s+OUTER)?\s+([A-Za-z]{3,5})(?=\s+[A-Za-z_])/gi)) {
      const word = m[3]!
      if (word.toUpperCase() === 'JOIN' || !madeUp(word)) continue
      edits.push({ line: i, at: m.index! + m[0].length - word.length, from: word, to: caseAs('JOIN', m[1]!) })
    }
    // "IS rall" and "x NOT rall" at the end of a condition.
    for (const m of c.matchAll(/\b(?:(IS)|(\S+)\s+(NOT))\s+([A-Za-z]{3,5})(?=\s*(?:$|;|\)|\b(?:AND|OR)\b))/gi)) {
      const word = m[4]!
      if (word.toUpperCase() === 'NULL' || !madeUp(word)) continue
      const keyword = m[1] ?? m[3]!
      const before = m[2]
      // "x NOT NULL" needs its IS: the word before is IS read as a scrap, or IS is missing; only a scrap is mended.
      if (before !== undefined && before.toUpperCase() !== 'IS') {
        if (before.length > 2 || !/^[A-Za-z]+$/.test(before) || (counts.get(before) ?? 0) > 1 || !unknown(before)) continue
        edits.push({ line: i, at: m.index!, from: before, to: caseAs('IS', keyword) })
      }
      edits.push({ line: i, at: m.index! + m[0].length - word.length, from: word, to: caseAs('NULL', keyword) })
    }
    for (const m of c.matchAll(/\bAS\s+([A-Za-z_]\w*)(\s*[-.]\s*|\s+)([A-Za-z_]\w*)(?=\s*(?:,|;|$))/gi)) {
      const [, first, sep, second] = m as unknown as [string, string, string, string]
      if (CLAUSE.has(first.toUpperCase()) || CLAUSE.has(second.toUpperCase())) continue
      edits.push({ line: i, at: m.index! + m[0].length - second.length - sep.length, from: sep, to: '_' })
    }
    const order = /\b(ORDER\s+BY\s+[A-Za-z_][\w.]*\s+)([^\s;,()]{2,5})(?=\s*;?\s*$)/i.exec(c)
    if (order) {
      const word = order[2]!
      if (!SQL_WORDS.has(word.toUpperCase()) && !known(word) && (counts.get(word) ?? 0) < 2) {
        const to = /^[Aa]/.test(word) ? 'ASC' : 'DESC'
        edits.push({ line: i, at: order.index + order[1]!.length, from: word, to: caseAs(to, order[1]!.trim().split(/\s+/)[0]!) })
      }
    }
    // ORDER and GROUP that lost their BY ("ORDER n DESC").
    for (const m of c.matchAll(/\b(ORDER|GROUP)\s+(?!BY\b)(?=[A-Za-z_])/gi)) edits.push({ line: i, at: m.index + m[0].length, from: '', to: caseAs('BY', m[1]!) + ' ' })
    // A date compared with, its quotes lost ("sold_at >= 2024-01-01 '"): a date is a string in SQL.
    const date = /(?<=[<>=]\s*)(\d{4}-\d{2}-\d{2})(\s*')?(?=\s*(?:$|;|\)|\b(?:AND|OR)\b))/i.exec(lines[i]!)
    if (date && !lines[i]!.slice(0, date.index).endsWith("'")) {
      edits.push({ line: i, at: date.index, from: '', to: "'" })
      edits.push({ line: i, at: date.index + date[1]!.length, from: date[2] ?? '', to: "'" })
    }
  })
  // The query's last line ending with a comma: a list cannot end a statement, the ";" was read as ",".
  const last = codes.findLastIndex((c) => c.trim() !== '')
  const end = last < 0 ? null : /,\s*$/.exec(codes[last]!)
  if (end && !/^\s*(--|\))/.test(codes[last]!)) edits.push({ line: last, at: end.index, from: ',', to: ';' })
  return applyEdits(lines, edits)
}

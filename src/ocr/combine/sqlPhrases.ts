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
//     ("ORDER BY year D89e;" -> DESC);
//   - a line begins with a clause's word, so a first word in capitals that
//     is that word with "M" read "IN" or one letter off is it ("FROIN users");
//   - a SELECT list that goes on to the next line ends with ",", and the
//     item before FROM (or any clause) ends with none.
// Only a word that is neither an SQL word nor one the page or the problem
// knows is replaced, and a keyword takes the case the line writes keywords in.
import { wordsFor } from '../language/vocab.ts'
import { codeOnly } from '../language/codeOnly.ts'
import { applyEdits, type LineEdit } from './edits.ts'

export type PhraseFix = LineEdit

const SQL_WORDS = new Set(wordsFor('sql').map((w) => w.toUpperCase()))
/** Words that begin or join clauses: never part of an alias (a function's name may be: avg_pay, max_age). */
const CLAUSE = new Set('SELECT FROM WHERE JOIN ON GROUP BY ORDER HAVING LIMIT OFFSET AND OR NOT AS UNION INNER LEFT RIGHT FULL CROSS OUTER SET VALUES INTO WHEN THEN ELSE END CASE ASC DESC IS NULL IN LIKE BETWEEN DISTINCT'.split(' '))

/** Words a clause's line begins with. */
const CLAUSE_STARTS = 'SELECT FROM WHERE JOIN GROUP ORDER HAVING LIMIT UPDATE SET DELETE INSERT VALUES INNER LEFT RIGHT UNION CASE WHEN'.split(' ')
/** Lines that begin a clause, not an item of a list going on. */
const CLAUSE_LINE = /^\s*(?:FROM|WHERE|GROUP|ORDER|HAVING|LIMIT|OFFSET|JOIN|INNER|LEFT|RIGHT|FULL|CROSS|UNION|SET|VALUES|RETURNING|WINDOW)\b/i
/** Letters a hand's capitals are read as: M as "IN", "RN" or "NN", O as 0. */
const CAPITAL_LOOKALIKES: [RegExp, string][] = [
  [/IN|RN|NN|IM/g, 'M'],
  [/0/g, 'O'],
]

/** The clause word a line's misread first word stands for, if one alone fits. */
function clauseWord(word: string): string | null {
  let w = word
  for (const [from, to] of CAPITAL_LOOKALIKES) w = w.replace(from, to)
  if (CLAUSE_STARTS.includes(w)) return w
  if (word.length < 5) return null
  const near = CLAUSE_STARTS.filter((k) => k.length >= 5 && oneOff(k, word))
  return near.length === 1 ? near[0]! : null
}

/** One letter substituted, dropped or added. */
function oneOff(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i)
}

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
    // ... or only its closing one ("created_at < '2024-01-01;").
    const open = /(?<=[<>=]\s*')(\d{4}-\d{2}-\d{2})(?=\s*(?:$|;|\)|\b(?:AND|OR)\b))/i.exec(lines[i]!)
    if (open) edits.push({ line: i, at: open.index + open[1]!.length, from: '', to: "'" })
  })
  // A clause's first word misread ("FROIN users"): capitals only, a word the page uses once.
  const firstWords = new Map<number, string>()
  codes.forEach((c, i) => {
    const m = /^(\s*)([A-Z][A-Z0-9]{2,7})(?=\s|$)/.exec(c)
    if (!m || !madeUp(m[2]!)) return
    const word = clauseWord(m[2]!)
    if (!word) return
    firstWords.set(i, word)
    edits.push({ line: i, at: m[1]!.length, from: m[2]!, to: word })
  })
  const startsClause = (k: number) => CLAUSE_LINE.test(codes[k]!) || CLAUSE_LINE.test(firstWords.get(k) ?? '')
  // A first word nobody knows may be a clause's word misread beyond mending ("FRON"): no item is assumed.
  const mayStartClause = (k: number) => {
    const first = /^\s*([A-Za-z]{3,})\b/.exec(codes[k]!)?.[1]
    return startsClause(k) || (first !== undefined && madeUp(first))
  }
  const nextLine = (k: number) => {
    const n = k + 1
    return n < codes.length && codes[n]!.trim() && !/^\s*(--|\))/.test(codes[n]!) ? n : -1
  }
  // A list item's comma before a clause ("UPDATE products," then SET, "SELECT a, b," then FROM).
  codes.forEach((c, k) => {
    const n = nextLine(k)
    const line = c.trimEnd()
    if (n >= 0 && line.endsWith(',') && startsClause(n)) edits.push({ line: k, at: line.length - 1, from: ',', to: '' })
  })
  // Two bare names side by side in a SELECT list ("SELECT title year"), the second a column the page
  // names elsewhere too (WHERE year ...): the list lost its comma. An alias written without AS is named
  // once or after ORDER BY, so only a second name the page uses outside ORDER BY counts.
  const outsideOrder = new Map<string, number>()
  for (const c of codes) for (const w of c.replace(/\bORDER\s+BY\b.*$/i, '').match(/[A-Za-z_]\w*/g) ?? []) outsideOrder.set(w, (outsideOrder.get(w) ?? 0) + 1)
  codes.forEach((c, i) => {
    const list = /^(\s*SELECT\s+)(.*?)(?=\bFROM\b|;|$)/i.exec(c)
    if (!list) return
    let at = list[1]!.length
    for (const item of list[2]!.split(',')) {
      const pair = /^(\s*[A-Za-z_]\w*)\s+([A-Za-z_]\w*)\s*$/.exec(item)
      if (pair) {
        const [first, second] = [pair[1]!.trim(), pair[2]!]
        if (!SQL_WORDS.has(first.toUpperCase()) && !SQL_WORDS.has(second.toUpperCase()) && (outsideOrder.get(second) ?? 0) >= 2)
          edits.push({ line: i, at: at + pair[1]!.length, from: '', to: ',' })
      }
      at += item.length + 1
    }
  })
  // A SELECT list going on to the next line: each item but the last ends with ",".
  codes.forEach((c, i) => {
    if (!/^\s*SELECT\s+\S/i.test(c)) return
    for (let k = i, n = nextLine(k); n >= 0 && !mayStartClause(n); k = n, n = nextLine(k)) {
      const line = codes[k]!.trimEnd()
      if (line.endsWith(';')) return
      if (/[\w)'"*]$/.test(line) && !/^\s*(?:AND|OR|ON|THEN|ELSE|END|WHEN|AS)\b/i.test(codes[n]!) && !/\b(?:AND|OR|CASE|WHEN|THEN|ELSE|AS|BY|ON|DISTINCT)$/i.test(line))
        edits.push({ line: k, at: line.length, from: '', to: ',' })
    }
  })
  // The query's last line ending with a comma: a list cannot end a statement, the ";" was read as ",".
  const last = codes.findLastIndex((c) => c.trim() !== '')
  const end = last < 0 ? null : /,\s*$/.exec(codes[last]!)
  if (end && !/^\s*(--|\))/.test(codes[last]!)) edits.push({ line: last, at: end.index, from: ',', to: ';' })
  // ... or with a lone quote mark that closes no string ("ON e.dept_id = d.id '"): the ";" read as "'"
  // (after a date, the quote is the date's: see above).
  const quote = last < 0 ? null : /\s*'\s*$/.exec(lines[last]!)
  if (quote && (lines[last]!.match(/'/g) ?? []).length % 2 === 1 && !/(;|\d{4}-\d{2}-\d{2})\s*'\s*$/.test(lines[last]!)) edits.push({ line: last, at: quote.index, from: quote[0].trimEnd(), to: ';' })
  return applyEdits(lines, edits)
}

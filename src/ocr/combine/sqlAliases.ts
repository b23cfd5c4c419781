// SQL table aliases, made consistent over the page. A one-letter alias is
// read badly (c, d and e all look like o in many hands), but a query names
// each alias twice: where it is declared ("FROM customers c") and where it
// prefixes a column ("c.name"). Conventionally the alias is the table's
// initial. So:
//   - a one-letter alias that is not its table's initial, where that initial
//     prefixes columns but is declared nowhere, is the initial
//     (FROM customers o ... c.name -> FROM customers c);
//   - a one-letter prefix declared nowhere is the declared alias it looks
//     most like (confusion table), ties going to the alias used most
//     (WHERE o.salary, aliases e and d -> e.salary).
//   - first, a table named with no alias gets back the initial the page
//     prefixes columns with (FROM students ... s.name -> FROM students s),
//     and a declared alias run into a column the page prefixes elsewhere
//     gets its dot back (ename, with d.name on the page -> e.name);
//   - before all that, an alias run into a conventional column gets its dot
//     back even where the page prefixes nothing (every dot lost: "sname",
//     "cteacher_id" -> s.name, c.teacher_id), see allDotsLost.
// Otherwise one character is swapped for another, so offsets stay valid.
import { subCost } from './confusion.ts'
import { levenshtein } from '../../core/ink/cer.ts'
import { wordsFor } from '../language/vocab.ts'

/** One character `from` at `at` became `to`; an empty `from` is an insertion. */
export interface AliasFix {
  line: number
  at: number
  from: string
  to: string
}

const SQL_WORDS = new Set(wordsFor('sql').map((w) => w.toUpperCase()))
const DECLARE = /\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)\s+(?:AS\s+)?([A-Za-z_]\w*)\b/gi
const PREFIX = /(?<![\w.'])([A-Za-z_]\w*)\.(?=[A-Za-z_*])/g

/** Literal strings blanked out, so a quoted "o.k" is no prefix. */
const code = (line: string) => line.replace(/'[^']*'/g, (s) => ' '.repeat(s.length))

/**
 * "ename" / "e name" for "e.name": a declared one-letter alias run into, or
 * spaced from, a column the page prefixes elsewhere ("d.name") lost its dot.
 */
function lostDots(lines: string[], aliases: ReadonlySet<string>, fixes: AliasFix[], known: (w: string) => boolean) {
  const columns = new Set(lines.flatMap((l) => [...code(l).matchAll(/(?<![\w.'])[A-Za-z_]\w*\.([A-Za-z_]\w*)/g)].map((m) => m[1]!)))
  lines.forEach((l, i) => {
    const c = code(l)
    // Right to left, so an inserted dot leaves earlier offsets as they were.
    for (const m of [...c.matchAll(/(?<![\w.'])([A-Za-z])( ?)([A-Za-z_]\w*)\b(?!\s*\()/g)].reverse()) {
      const [whole, letter, space, column] = m as unknown as [string, string, string, string]
      if (!aliases.has(letter) || columns.has(whole) || known(whole) || SQL_WORDS.has(whole.toUpperCase())) continue
      const at = m.index! + 1
      if (!columns.has(column)) {
        // The dot and the column's first letter run into one ("drame" for d.name, "edent_id" for
        // e.dept_id): one letter off a column the page prefixes elsewhere, or a conventional one.
        // Not a word that is itself a conventional column ("total" with t an alias), nor a name AS gives.
        const near = space || columnLike(whole) || /\bAS\s+$/i.test(c.slice(0, m.index)) ? undefined : nearColumn(column, columns)
        if (!near) continue
        lines[i] = lines[i]!.slice(0, at) + '.' + near + lines[i]!.slice(at + column.length)
        fixes.push({ line: i, at, from: column, to: '.' + near })
        continue
      }
      if (!space && SQL_WORDS.has(column.toUpperCase())) continue
      lines[i] = space ? lines[i]!.slice(0, at) + '.' + lines[i]!.slice(at + 1) : lines[i]!.slice(0, at) + '.' + lines[i]!.slice(at)
      fixes.push({ line: i, at, from: space, to: '.' })
    }
  })
}

// Columns interview schemas conventionally have: each word is part of a name in
// the bank's SQL or a tuned fixture's SQL (never a held-out page's). A prior that
// "sid" with students aliased s is s.id, as NAMES in vocab.ts is for variables.
// A snake_case column counts when each of its parts is one of these.
const COLUMN_WORDS = new Set(
  `id name first last title level email salary amount total quantity status date year month day country rating
  count created updated at by on dept department manager employee customer order product user teacher end
  balance account item stock phone address role group rank days paid expires`.split(/\s+/),
)
const columnLike = (w: string) => /^[a-z][a-z_]*[a-z]$/.test(w) && w.split('_').every((p) => COLUMN_WORDS.has(p))

/**
 * The one column a word read after an alias is one letter from: a column the page prefixes
 * elsewhere, else a conventional one (each part of it one letter from a COLUMN_WORDS word,
 * one part at most changed). Four letters at least, and never a tie.
 */
function nearColumn(read: string, prefixed: ReadonlySet<string>): string | undefined {
  if (read.length < 4 || SQL_WORDS.has(read.toUpperCase())) return undefined
  const one = (w: string, from: Iterable<string>) => {
    const near = [...from].filter((c) => Math.abs(c.length - w.length) <= 1 && levenshtein(w, c) === 1)
    return near.length === 1 ? near[0] : undefined
  }
  const seen = one(read, prefixed)
  if (seen) return seen
  const parts = read.split('_')
  const off = parts.filter((p) => !COLUMN_WORDS.has(p))
  if (off.length !== 1 || off[0]!.length < 3) return undefined
  const fixed = one(off[0]!, COLUMN_WORDS)
  return fixed && parts.map((p) => (p === off[0] ? fixed : p)).join('_')
}

/**
 * A dot lost between an alias and its column ("sname", "cteacher_id" for s.name,
 * c.teacher_id), even where every dot of the query was lost and lostDots has no
 * prefixed column to go by. A word
 * that is an alias (declared, or the initial of a table named without one,
 * where the query joins tables) run into a conventional column gets its dot
 * back; lostAliases then gives the table its alias. Never a word the page or
 * problem knows (`known`), a keyword, a table, or a call.
 */
function allDotsLost(lines: string[], fixes: AliasFix[], known: (w: string) => boolean) {
  const found = lines.flatMap((l) => [...code(l).matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)(?:\s+(?:AS\s+)?([A-Za-z_]\w*))?/gi)])
  const tables = found.map((m) => m[1]!).filter((t) => !SQL_WORDS.has(t.toUpperCase()))
  const declared = found.map((m) => m[2]).filter((a): a is string => !!a && a.length === 1 && !SQL_WORDS.has(a.toUpperCase()))
  if (tables.length < 2 && !declared.length) return
  const letters = new Set(declared)
  for (const t of found.filter((m) => !m[2] || SQL_WORDS.has(m[2].toUpperCase())).map((m) => m[1]!)) {
    const initial = t[0]!.toLowerCase()
    if (tables.filter((o) => o[0]!.toLowerCase() === initial).length === 1 && !declared.includes(initial)) letters.add(initial)
  }
  lines.forEach((l, i) => {
    const c = code(l)
    for (const m of [...c.matchAll(/(?<![\w.'])([a-z])([a-z_]+)\b(?!\s*\()/g)].reverse()) {
      const [whole, letter, column] = m as unknown as [string, string, string]
      if (!letters.has(letter) || !columnLike(column) || known(whole) || tables.includes(whole) || SQL_WORDS.has(whole.toUpperCase())) continue
      if (/\b(?:FROM|JOIN|AS)\s+$/i.test(c.slice(0, m.index))) continue
      const at = m.index! + 1
      lines[i] = lines[i]!.slice(0, at) + '.' + lines[i]!.slice(at)
      fixes.push({ line: i, at, from: '', to: '.' })
    }
  })
}

/** The tables a query names in FROM and JOIN, and the aliases it gives them. */
export function sqlDeclarations(lines: readonly string[]): { tables: Set<string>; aliases: Set<string> } {
  const found = lines.flatMap((l) => [...code(l).matchAll(DECLARE)]).filter((m) => !SQL_WORDS.has(m[2]!.toUpperCase()))
  return { tables: new Set(found.map((m) => m[1]!)), aliases: new Set(found.map((m) => m[2]!)) }
}

/**
 * "FROM students" where the page prefixes columns with "s." and declares no "s": the alias,
 * a lone letter at the end of its line or before the next clause, was lost. It is given back
 * (one table per initial, so "s" for students and sessions both stays as read).
 */
function lostAliases(lines: string[], fixes: AliasFix[]) {
  const prefixes = new Set(lines.flatMap((l) => [...code(l).matchAll(PREFIX)].map((m) => m[1]!)))
  const declared = new Set(lines.flatMap((l) => [...code(l).matchAll(DECLARE)].map((m) => m[2]!)))
  const bare = lines.flatMap((l, i) =>
    [...code(l).matchAll(/\b(?:FROM|JOIN)\s+([A-Za-z_]\w*)(?=\s*(?:;|$|\b(?:WHERE|JOIN|LEFT|RIGHT|INNER|ON|GROUP|ORDER)\b))/gi)].map((m) => ({ line: i, at: m.index! + m[0].length, table: m[1]! })),
  )
  const tables = new Set(bare.map((b) => b.table))
  for (const b of bare) {
    const initial = b.table[0]!.toLowerCase()
    if (!prefixes.has(initial) || declared.has(initial) || tables.has(initial) || SQL_WORDS.has(b.table.toUpperCase())) continue
    if (bare.filter((o) => o.table[0]!.toLowerCase() === initial).length > 1) continue
    lines[b.line] = lines[b.line]!.slice(0, b.at) + ' ' + initial + lines[b.line]!.slice(b.at)
    fixes.push({ line: b.line, at: b.at, from: '', to: ` ${initial}` })
  }
}

export function fixSqlAliases(lines: readonly string[], known: (w: string) => boolean = () => false): { lines: string[]; fixes: AliasFix[] } {
  const out = [...lines]
  const fixes: AliasFix[] = []
  allDotsLost(out, fixes, known)
  lostAliases(out, fixes)
  lines = [...out]
  const aliases = new Set(lines.flatMap((l) => [...code(l).matchAll(DECLARE)].map((m) => m[2]!)).filter((a) => a.length === 1))
  lostDots(out, aliases, fixes, known)
  lines = [...out]
  const decls: { line: number; at: number; table: string; alias: string }[] = []
  const uses: { line: number; at: number; name: string }[] = []
  lines.forEach((l, i) => {
    const c = code(l)
    for (const m of c.matchAll(DECLARE)) {
      const alias = m[2]!
      if (SQL_WORDS.has(alias.toUpperCase())) continue
      decls.push({ line: i, at: m.index! + m[0].length - alias.length, table: m[1]!, alias })
    }
    for (const m of c.matchAll(PREFIX)) uses.push({ line: i, at: m.index!, name: m[1]! })
  })
  if (!decls.length) return { lines: out, fixes }
  const swap = (line: number, at: number, to: string) => {
    const from = out[line]![at]!
    out[line] = out[line]!.slice(0, at) + to + out[line]!.slice(at + 1)
    fixes.push({ line, at, from, to })
  }
  const tables = new Set(decls.map((d) => d.table))
  const declared = () => new Set(decls.map((d) => d.alias))
  const used = () => new Set(uses.map((u) => u.name))

  for (const d of decls) {
    const initial = d.table[0]!.toLowerCase()
    if (d.alias.length !== 1 || d.alias === initial) continue
    if (declared().has(initial) || tables.has(initial) || !used().has(initial)) continue
    swap(d.line, d.at, initial)
    d.alias = initial
  }

  const names = declared()
  const count = (a: string) => uses.filter((u) => u.name === a).length
  for (const u of uses) {
    if (u.name.length !== 1 || names.has(u.name) || tables.has(u.name)) continue
    const scored = [...names]
      .filter((a) => a.length === 1)
      .map((a) => ({ a, cost: subCost(a, u.name), n: count(a) }))
      .filter((s) => s.cost < 1)
      .sort((x, y) => x.cost - y.cost || y.n - x.n)
    const [best, next] = scored
    if (!best || (next && next.cost === best.cost && next.n === best.n)) continue
    swap(u.line, u.at, best.a)
    u.name = best.a
  }
  listCommas(out, fixes)
  return { lines: out, fixes }
}

/** Two prefixed columns side by side ("e.name d.name") are no SQL: a list lost its comma. */
function listCommas(lines: string[], fixes: AliasFix[]) {
  lines.forEach((l, i) => {
    for (const m of [...code(l).matchAll(/(?<![\w.'])[A-Za-z_]\w*\.[A-Za-z_]\w*(?= [A-Za-z_]\w*\.[A-Za-z_*])/g)].reverse()) {
      const at = m.index! + m[0].length
      lines[i] = lines[i]!.slice(0, at) + ',' + lines[i]!.slice(at)
      fixes.push({ line: i, at, from: '', to: ',' })
    }
  })
}

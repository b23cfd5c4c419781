// SQL aliases made consistent over a page: declared once, used as prefixes.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixSqlAliases } from '../../src/ocr/combine/sqlAliases.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'

describe('fixSqlAliases', () => {
  it('gives a table named with no alias back the initial the page prefixes its columns with', () => {
    const page = ['SELECT s.name, c.title', 'FROM students', 'JOIN courses c', '    ON c.teacher_id = s.id', 'WHERE c.level = 2;']
    const { lines, fixes } = fixSqlAliases(page)
    expect(lines[1]).toBe('FROM students s')
    expect(fixes).toContainEqual({ line: 1, at: 13, from: '', to: ' s' })
    expect(fixSqlAliases(['SELECT s.id FROM students WHERE s.age > 3;']).lines[0]).toBe('SELECT s.id FROM students s WHERE s.age > 3;')
    // No prefix, an alias declared, or two tables with the initial: left as read.
    for (const kept of [['SELECT name', 'FROM students;'], ['SELECT s.name', 'FROM students s;'], ['SELECT s.a', 'FROM sales', 'JOIN shops']])
      expect(fixSqlAliases(kept).lines).toEqual(kept)
  })

  it("gives a misread alias its table's initial where the initial prefixes the columns", () => {
    const page = ['SELECT c.name, COUNT(*) AS n', 'FROM customers o', 'GROUP BY c.name;']
    const { lines, fixes } = fixSqlAliases(page)
    expect(lines).toEqual(['SELECT c.name, COUNT(*) AS n', 'FROM customers c', 'GROUP BY c.name;'])
    expect(fixes).toEqual([{ line: 1, at: 15, from: 'o', to: 'c' }])
  })

  it('gives a prefix declared nowhere the alias it looks like, ties going to the alias used most', () => {
    const page = ['SELECT e.name, e.age, d.name', 'FROM employees e', 'LEFT JOIN departments o', '    ON e.dept_id = d.id', 'WHERE o.salary > 50000;']
    // "o" for d in the JOIN (d prefixes columns); then "o.salary" is e or d, e used more.
    expect(fixSqlAliases(page).lines).toEqual([
      'SELECT e.name, e.age, d.name',
      'FROM employees e',
      'LEFT JOIN departments d',
      '    ON e.dept_id = d.id',
      'WHERE e.salary > 50000;',
    ])
  })

  it('gives back the dot of an alias run into, or spaced from, a column the page prefixes elsewhere', () => {
    const page = ['SELECT ename, d.name', 'FROM employees e', 'JOIN departments d ON e.dept_id = d.id', 'WHERE d name IS NOT NULL;']
    const { lines, fixes } = fixSqlAliases(page)
    expect(lines).toEqual(['SELECT e.name, d.name', 'FROM employees e', 'JOIN departments d ON e.dept_id = d.id', 'WHERE d.name IS NOT NULL;'])
    expect(fixes).toContainEqual({ line: 0, at: 8, from: '', to: '.' })
    // A word that is no alias and column, a call, a keyword: left.
    const keep = ['SELECT dname, e.name, COUNT(*)', 'FROM employees e GROUP BY dname;']
    expect(fixSqlAliases(keep).lines).toEqual(keep)
  })

  it('gives back an alias\'s dot run into its column\'s first letter, one letter off the column ("drame", "edent_id")', () => {
    const page = ['SELECT e.name, drame', 'FROM employees e', 'JOIN departments d ON edent_id = d.id;']
    const { lines, fixes } = fixSqlAliases(page)
    expect(lines).toEqual(['SELECT e.name, d.name', 'FROM employees e', 'JOIN departments d ON e.dept_id = d.id;'])
    expect(fixes).toContainEqual({ line: 0, at: 16, from: 'rame', to: '.name' })
    // And the list comma lost beside it: two prefixed columns side by side are no SQL.
    expect(fixSqlAliases(['SELECT e.name drame', 'FROM employees e JOIN departments d ON d.id = e.dept_id;']).lines[0]).toBe('SELECT e.name, d.name')
    expect(fixSqlAliases(['SELECT e.name d', 'FROM employees e;']).lines[0]).toBe('SELECT e.name d')
    // A conventional column itself ("total" beside the alias t), a name AS gives, a short word, a tie: left.
    for (const keep of [
      ['SELECT SUM(o.amount) AS total', 'FROM orders t JOIN items o ON t.id = o.tid', 'ORDER BY total;'],
      ['SELECT e.name AS drame', 'FROM employees e JOIN depts d ON d.id = e.id;'],
      ['SELECT e.name, dent', 'FROM employees e JOIN depts d ON d.id = e.id;'],
    ])
      expect(fixSqlAliases(keep).lines).toEqual(keep)
  })

  it('gives back the dots of a query that lost them all (an alias run into a conventional column)', () => {
    const page = ['SELECT sname, title', 'FROM students', 'JOIN courses c', '    ON cteacher_id = sid', 'WHERE clevel = 2;']
    expect(fixSqlAliases(page).lines).toEqual(['SELECT s.name, title', 'FROM students s', 'JOIN courses c', '    ON c.teacher_id = s.id', 'WHERE c.level = 2;'])
    // Some dots read: the others still come back ("did" with d.name on the page).
    expect(fixSqlAliases(['SELECT ename, d.name', 'FROM employees e', 'JOIN departments d ON edept_id = did;']).lines[2]).toBe('JOIN departments d ON e.dept_id = d.id;')
    // One table and no alias (no prefix is wanted), a column the problem names, a word that is no column: left.
    for (const kept of [['SELECT sid, name', 'FROM students;'], ['SELECT created_at, uses FROM users u;']]) expect(fixSqlAliases(kept).lines).toEqual(kept)
    const known = ['SELECT sid FROM students s JOIN courses c ON c.id = s.cid;']
    expect(fixSqlAliases(known, (w) => w === 'sid' || w === 'cid').lines).toEqual(known)
  })

  it('leaves consistent aliases, an alias that is not the initial but is used, strings, and an even tie', () => {
    const ok = ['SELECT o.id, c.name', 'FROM orders o', 'JOIN customers c ON c.id = o.customer_id;']
    expect(fixSqlAliases(ok).lines).toEqual(ok)
    const own = ['SELECT x.name', 'FROM customers x;']
    expect(fixSqlAliases(own).lines).toEqual(own)
    const quoted = ["SELECT name FROM t u WHERE u.note = 'o.k';"]
    expect(fixSqlAliases(quoted).lines).toEqual(quoted)
    const tie = ['SELECT o.x', 'FROM a e JOIN b d ON e.id = d.id;']
    expect(fixSqlAliases(tie).lines).toEqual(tie)
  })

  it('changes nothing in any SQL the bank holds (answers, wrong answers, schemas)', () => {
    const changed: string[] = []
    let files = 0
    for (const d of readdirSync('problems', { withFileTypes: true }).filter((e) => e.isDirectory()))
      for (const f of readdirSync(path.join('problems', d.name), { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.sql'))) {
        files++
        const { fixes } = fixSqlAliases(readFileSync(path.join('problems', d.name, f), 'utf8').split('\n'))
        if (fixes.length) changed.push(`${d.name}/${f}`)
      }
    expect(files).toBeGreaterThan(50)
    expect(changed).toEqual([])
  })

  it("runs in a page's finishing, and marks each mended character as doubtful for the review", () => {
    const lines = segmentLines([...line(40, 100, [5, 6]), ...line(40, 180, [4, 8]), ...line(40, 260, [5, 5])])
    const reading = (text: string): LineReading => ({ text, confidence: 90, words: [] })
    const page = ['SELECT ename, d.name', 'FROM employees e', 'JOIN departments o ON e.dept_id = d.id;']
    const out = finishPage({ lines, readings: page.map((t) => [reading(t)]), language: 'sql' })
    expect(out.lines.map((l) => l.text)).toEqual(['SELECT e.name, d.name', 'FROM employees e', 'JOIN departments d ON e.dept_id = d.id;'])
    const first = out.lines[0]!
    expect(first.doubtful.some((d) => first.text.slice(d.start, d.end) === '.')).toBe(true)
    const join = out.lines[2]!
    expect(join.doubtful).toContainEqual({ start: 17, end: 18, alternatives: ['o'] })
    // Every doubtful span still lies inside its line.
    for (const l of out.lines) for (const d of l.doubtful) expect(d.end).toBeLessThanOrEqual(l.text.length)
  })
})

// SQL aliases made consistent over a page: declared once, used as prefixes.
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fixSqlAliases } from '../../src/ocr/combine/sqlAliases.ts'

describe('fixSqlAliases', () => {
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
})

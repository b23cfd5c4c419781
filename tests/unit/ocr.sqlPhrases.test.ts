// SQL's fixed phrases, given back where one of their words was read as no word.
import { describe, expect, it } from 'vitest'
import { fixSqlPhrases } from '../../src/ocr/combine/sqlPhrases.ts'

const known = (w: string) => ['books', 'authors', 'country', 'customers'].includes(w)
const fix = (lines: string[]) => fixSqlPhrases(lines, known).lines

describe('fixSqlPhrases', () => {
  it('reads the word after LEFT, RIGHT, INNER, FULL or CROSS as JOIN, in the line case', () => {
    expect(fix(['FROM authors a', 'LEFT gosn books b ON b.author_id = a.id'])).toEqual(['FROM authors a', 'LEFT JOIN books b ON b.author_id = a.id'])
    expect(fix(['from authors a', 'inner jion books b'])).toEqual(['from authors a', 'inner join books b'])
    expect(fix(['LEFT OUTER posn books b'])).toEqual(['LEFT OUTER JOIN books b'])
  })

  it('gives IS NULL and IS NOT NULL their words back at the end of a condition', () => {
    expect(fix(['WHERE country s NOT rall'])).toEqual(['WHERE country IS NOT NULL'])
    expect(fix(['WHERE country IS NOT nvll;'])).toEqual(['WHERE country IS NOT NULL;'])
    expect(fix(['WHERE email IS rull AND id > 2'])).toEqual(['WHERE email IS NULL AND id > 2'])
    const { fixes } = fixSqlPhrases(['WHERE country s NOT rall'], known)
    expect(fixes).toEqual([
      { line: 0, at: 14, from: 's', to: 'IS' },
      { line: 0, at: 21, from: 'rall', to: 'NULL' },
    ])
  })

  it('joins an alias of two words with the underscore it lost', () => {
    expect(fix(['SELECT dept, AVG(pay) AS avg - pay', 'FROM staff;'])).toEqual(['SELECT dept, AVG(pay) AS avg_pay', 'FROM staff;'])
    expect(fix(['SELECT AVG(pay) AS avg pay, dept'])).toEqual(['SELECT AVG(pay) AS avg_pay, dept'])
    expect(fix(['SELECT AVG(pay) AS avg.pay'])).toEqual(['SELECT AVG(pay) AS avg_pay'])
  })

  it("reads a scrap ending ORDER BY's clause as its direction", () => {
    expect(fix(['ORDER BY year D89e;'])).toEqual(['ORDER BY year DESC;'])
    expect(fix(['ORDER BY orders 888;'])).toEqual(['ORDER BY orders DESC;'])
    expect(fix(['order by name asc'])).toEqual(['order by name asc'])
    expect(fix(['ORDER BY name Aso'])).toEqual(['ORDER BY name ASC'])
  })

  it('quotes a date compared with that lost its quotes (a stray one after it taken as its closing one)', () => {
    expect(fix(["WHERE sold_at >= 2024-01-01 '"])).toEqual(["WHERE sold_at >= '2024-01-01'"])
    expect(fix(['WHERE last_login < 2023-01-01;'])).toEqual(["WHERE last_login < '2023-01-01';"])
    expect(fix(['WHERE a = 2024-01-01 AND b = 1'])).toEqual(["WHERE a = '2024-01-01' AND b = 1"])
    for (const kept of [["WHERE d < '2024-01-01'"], ['WHERE d BETWEEN 2024-01-01 AND 2024-02-01;'], ['SELECT 2024-01-01']]) expect(fix(kept)).toEqual(kept)
    expect(fix(['DELETE FROM logs', "WHERE created_at < '2024-01-01;"])).toEqual(['DELETE FROM logs', "WHERE created_at < '2024-01-01';"])
    expect(fix(["WHERE d >= '2024-01-01' AND d < '2024-02-01';"])).toEqual(["WHERE d >= '2024-01-01' AND d < '2024-02-01';"])
  })

  it('gives ORDER and GROUP their lost BY', () => {
    expect(fix(['SELECT city, COUNT(*) AS n', 'FROM users', 'GROUP city', 'ORDER n DESC;'])).toEqual(['SELECT city, COUNT(*) AS n', 'FROM users', 'GROUP BY city', 'ORDER BY n DESC;'])
    expect(fix(['order total'])).toEqual(['order by total'])
    for (const kept of [['ORDER BY n'], ['SELECT group_name FROM t'], ["SELECT 'ORDER x'"]]) expect(fix(kept)).toEqual(kept)
  })

  it("ends the query's last line with ';' where it was read as ','", () => {
    expect(fix(['SELECT a, b', 'FROM t', 'HAVING SUM(q) > 10,'])).toEqual(['SELECT a, b', 'FROM t', 'HAVING SUM(q) > 10;'])
    // ... or with a lone quote mark that closes no string.
    expect(fix(['SELECT e.name', 'FROM e', "JOIN d ON e.dept_id = d.id '"])).toEqual(['SELECT e.name', 'FROM e', 'JOIN d ON e.dept_id = d.id;'])
    for (const kept of [["WHERE name = 'x'"], ["WHERE name = 'it''s'"], ["WHERE sold_at >= '2024-01-01'"]]) expect(fix(kept)).toEqual(kept)
    expect(fix(['SELECT a', "WHERE sold_at >= 2024-01-01 '"])).toEqual(['SELECT a', "WHERE sold_at >= '2024-01-01'"])
    // A list that goes on, or a comment: left.
    for (const kept of [['SELECT a,', 'b', 'FROM t;'], ['SELECT a FROM t;', '-- a, b,']]) expect(fix(kept)).toEqual(kept)
  })

  it("reads a line's first word in capitals as the clause word it was, M read as IN or one letter off", () => {
    // A held-out hand's M: "FROIN" on two pages of new programs.
    expect(fix(['SELECT city, COUNT(*) AS n', 'FROIN users', 'GROUP BY city'])).toEqual(['SELECT city, COUNT(*) AS n', 'FROM users', 'GROUP BY city'])
    expect(fix(['SELECT a', 'FROM t', 'WHERA a > 1;'])).toEqual(['SELECT a', 'FROM t', 'WHERE a > 1;'])
    // Lower case, a word the page uses twice, and a short word near two: left.
    for (const kept of [['select a', 'froin t;'], ['SELECT a', 'ON t;']]) expect(fix(kept)).toEqual(kept)
  })

  it("gives a SELECT list going on to the next line its comma, and takes one from before a clause", () => {
    expect(fix(['SELECT name', "    CASE WHEN score >= 50 THEN 'pass' ELSE 'fail' END AS result", 'FROM exams;'])).toEqual([
      'SELECT name,',
      "    CASE WHEN score >= 50 THEN 'pass' ELSE 'fail' END AS result",
      'FROM exams;',
    ])
    expect(fix(['SELECT a,', 'FROM t;'])).toEqual(['SELECT a', 'FROM t;'])
    expect(fix(['UPDATE products,', 'SET price = price * 1.1', "WHERE category = 'books';"])).toEqual(['UPDATE products', 'SET price = price * 1.1', "WHERE category = 'books';"])
    // A clause's word misread past mending still ends the list; a condition going on, a CASE going on: no comma.
    // A table's column list is no SELECT list: its commas stay.
    for (const kept of [['CREATE TABLE users (', '    id INTEGER PRIMARY KEY,', '    email TEXT NOT NULL UNIQUE', ');'], ['SELECT name, salary', 'FRON staff', 'WHERE x = 1;'], ['SELECT a', 'FROM t', 'WHERE a > 1', 'AND b < 2;'], ['SELECT CASE', '    WHEN a THEN 1', '    END AS x', 'FROM t;']])
      expect(fix(kept)).toEqual(kept)
  })

  it('gives two bare names side by side in a SELECT list their comma where the page names the second elsewhere', () => {
    expect(fix(['SELECT title year', 'FROM movies', 'WHERE year BETWEEN 1990 AND 1999'])).toEqual(['SELECT title, year', 'FROM movies', 'WHERE year BETWEEN 1990 AND 1999'])
    expect(fix(['SELECT a, title year FROM m WHERE year > 1;'])).toEqual(['SELECT a, title, year FROM m WHERE year > 1;'])
    // An alias without AS: named once, or only after ORDER BY.
    for (const kept of [['SELECT name n', 'FROM t', 'ORDER BY n;'], ['SELECT name title', 'FROM books;']]) expect(fix(kept)).toEqual(kept)
  })

  it('leaves words the page or the problem knows, and clauses that go on', () => {
    for (const kept of [
      ['LEFT JOIN books b'],
      ['FROM authors a', 'CROSS books'], // no table follows: not a join
      ['WHERE a NOT IN (1, 2)'],
      ['WHERE NOT country'],
      ['SELECT name AS title FROM books'],
      ['SELECT x AS a, y AS b'],
      ['ORDER BY name LIMIT 5'],
      ['SELECT rank', 'FROM ranks', 'ORDER BY score rank'], // a word the page uses twice is the writer's
      ["WHERE note = 'LEFT gosn x'"],
      ['-- mistake: LEFT JOINs from customers, so the group is the_rest'],
    ])
      expect(fix(kept)).toEqual(kept)
  })
})

// Indentation levels from line start positions (never from the engine).
import { describe, expect, it } from 'vitest'
import { indentLevels, mayOpenBlock } from '../../src/ocr/lines/indent.ts'
import type { InkLine } from '../../src/ocr/lines/lines.ts'

const at = (startX: number, xHeight = 20): InkLine => ({
  strokeIds: [],
  minX: startX,
  maxX: startX + 200,
  minY: 0,
  maxY: 0,
  midA: 0,
  midB: 0,
  xHeight,
  startX,
})

describe('indentLevels', () => {
  it('turns nested starts into levels, 4 spaces each', () => {
    const lines = [0, 60, 120, 122, 58, 3].map((x) => at(x))
    const texts = ['def f(x):', 'for i in x:', 'if i:', 'print(i)', 'return x', 'f(1)']
    expect(indentLevels(lines, texts, 'python')).toEqual([0, 1, 2, 2, 1, 0])
  })

  it('follows a writer drifting right line by line without inventing levels', () => {
    const lines = [0, 12, 25, 37, 50, 62].map((x) => at(x))
    expect(indentLevels(lines, ['a:', 'b:', 'c:', 'd:', 'e:', 'f'], 'python')).toEqual([0, 0, 0, 0, 0, 0])
  })

  it('does not open a Python block after a line without a colon', () => {
    const lines = [0, 60].map((x) => at(x))
    expect(indentLevels(lines, ['x = 1', 'y = 2'], 'python')).toEqual([0, 0])
    expect(indentLevels(lines, ['if x:', 'y = 2'], 'python')).toEqual([0, 1])
  })

  it('indents after the only opener of a page by a smaller step (1.5 x-heights): the colon says it is deeper', () => {
    expect(indentLevels([0, 30].map((x) => at(x)), ['def add(a, b):', 'return a + b'], 'python')).toEqual([0, 1])
    const js = [0, 30, 36, 28, -4].map((x) => at(x))
    expect(indentLevels(js, ['function f(root) {', 'if (!root) return 0;', 'const l = f(root.left);', 'return l;', '}'], 'javascript')).toEqual([0, 1, 1, 1, 0])
    // Without an opener, the same shift stays one level.
    expect(indentLevels([0, 30].map((x) => at(x)), ['x = add(a, b)', 'return x'], 'python')).toEqual([0, 0])
  })

  it("opens a block after a compound statement's header whose ':' or '{' was not read", () => {
    const lines = [0, 60].map((x) => at(x))
    expect(indentLevels(lines, ['def fib(n)', 'a, b = 0, 1'], 'python')).toEqual([0, 1])
    expect(indentLevels(lines, ['function sum(arr)', 'let total = 0;'], 'javascript')).toEqual([0, 1])
    expect(indentLevels(lines, ['total = fib(n)', 'a, b = 0, 1'], 'python')).toEqual([0, 0])
  })

  it('opens a block after a misread header when the start is far right (over 3 x-heights), whatever the text says', () => {
    // An italic hand's page: its headers were read as "en" and "or(const fas)", and the whole page came out flat.
    const lines = [0, 107, 92, 209, 115, 110, 16].map((x) => at(x, 27))
    const texts = ['en', 'let total = 0;', 'or(const fas)', 'total += 2;', '}', 'return total,', 'd']
    expect(indentLevels(lines, texts, 'javascript')).toEqual([0, 1, 1, 2, 1, 1, 0])
    // Up to 3 x-heights, a line that cannot open a block still keeps the next one level.
    expect(indentLevels([0, 80].map((x) => at(x, 27)), ['x = 1', 'y = 2'], 'python')).toEqual([0, 0])
  })

  it('sets in an SQL line that continues its clause (ON, AND) by a smaller shift than a block, and never a new clause', () => {
    // Starts of a held-out page (EMSOsmotron), in x-heights: the ON line 1.5 right of its JOIN.
    const lines = [0, 0.1, 0.26, 1.77, -0.07].map((x) => at(x * 20))
    const texts = ['SELECT e.name, d.name', 'FROM employees e', 'LEFT JOIN departments d', 'ON e.dept_id = d.id', 'WHERE e.salary > 50000;']
    expect(indentLevels(lines, texts, 'sql')).toEqual([0, 0, 0, 1, 0])
    // A clause keyword as far right stays at the statement's level; jitter under one x-height stays flat.
    expect(indentLevels([0, 1.5].map((x) => at(x * 20)), ['SELECT name', 'FROM t'], 'sql')).toEqual([0, 0])
    expect(indentLevels([0, 0.8].map((x) => at(x * 20)), ['WHERE a = 1', 'AND b = 2'], 'sql')).toEqual([0, 0])
    expect(indentLevels([0, 1.5].map((x) => at(x * 20)), ['WHERE a = 1', 'AND b = 2'], 'sql')).toEqual([0, 1])
  })

  it('sets in a method chain\'s lines under the line they continue, though it ends with a name', () => {
    // 2.9 x-heights right: under the 3 that open a block whatever the text, over the 2 of a block.
    const lines = [0, 58, 60, 59, 0].map((x) => at(x))
    const texts = ['const total = orders', '.filter((o) => o.paid)', '.map((o) => o.amount)', '.reduce((a, b) => a + b, 0);', 'console.log(total);']
    expect(indentLevels(lines, texts, 'javascript')).toEqual([0, 1, 1, 1, 0])
    // A line after a name that continues nothing stays at its level; so does a spread.
    expect(indentLevels([0, 58].map((x) => at(x)), ['const total = orders', 'total += 1;'], 'javascript')).toEqual([0, 0])
    expect(indentLevels([0, 58].map((x) => at(x)), ['const all = items', '...rest'], 'javascript')).toEqual([0, 0])
  })

  it('opens a JavaScript block after "{" and closes it back at the brace', () => {
    const lines = [0, 70, 140, 72, 2].map((x) => at(x))
    const texts = ['function f(a) {', 'for (const x of a) {', 'g(x);', '}', '}']
    expect(indentLevels(lines, texts, 'javascript')).toEqual([0, 1, 2, 1, 0])
  })

  it('returns to the nearest open level after a dedent by two', () => {
    const lines = [0, 60, 120, 180, 61].map((x) => at(x))
    expect(indentLevels(lines, ['a:', 'b:', 'c:', 'd', 'e'], 'python')).toEqual([0, 1, 2, 3, 1])
  })
})

describe('mayOpenBlock', () => {
  it('knows where each language opens a block', () => {
    expect(mayOpenBlock('while True:', 'python')).toBe(true)
    expect(mayOpenBlock('return x', 'python')).toBe(false)
    expect(mayOpenBlock('if (a) {', 'javascript')).toBe(true)
    expect(mayOpenBlock('x = 1;', 'javascript')).toBe(false)
    expect(mayOpenBlock('anything', 'sql')).toBe(true)
  })

  it("reads a body after ':' deeper from under half the writer's step, its start jittered in", () => {
    // The writer indents by about 80 (4 x-heights); "try:" was begun only 38 in, under the 40 of their step.
    const lines = [0, 38, 120, 40, 118, 38].map((x) => at(x))
    const texts = ['def parse(v):', 'try:', 'age = int(v)', 'except ValueError:', 'return None', 'return age']
    expect(indentLevels(lines, texts, 'python')).toEqual([0, 1, 2, 1, 2, 1])
    // After a line that opens no block, the same shift is no level.
    expect(indentLevels([0, 38].map((x) => at(x)), ['x = 1', 'y = 2'], 'python')).toEqual([0, 0])
  })

  it("reads a narrow hand's blocks by its own step, smaller than two x-heights", () => {
    // Touching letters: this writer indents by 36 units at an x-height of 20 (1.8 x-heights).
    const lines = [0, 36, 35, 72, 108, 71, 34].map((x) => at(x))
    const texts = ['def f(nums):', 'seen = {}', 'for x in nums:', 'if x in seen:', 'return x', 'seen[x] = 1', 'return None']
    expect(indentLevels(lines, texts, 'python')).toEqual([0, 1, 1, 2, 3, 2, 1])
  })

  it('keeps a writer who never indents flat, though their starts after a colon wander by 1.5 x-heights', () => {
    const lines = [0, 30, 2, -8, 12, -12, 3].map((x) => at(x))
    const texts = ['def f(x):', 'y = 1', 'for i in x:', 'if i:', 'y += i', 'if y:', 'return y']
    expect(indentLevels(lines, texts, 'python')).toEqual([0, 0, 0, 0, 0, 0, 0])
  })
})

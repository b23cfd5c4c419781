// A dot lost between an object and its member, restored where the line then parses.
import { describe, expect, it } from 'vitest'
import { inlineChainDots, restoreChainDots, restoreDots, splitMemberCalls } from '../../src/ocr/combine/lostDots.ts'
import { syntaxCheckerFor } from '../../src/ocr/language/grammar.ts'

const py = syntaxCheckerFor('python')
const js = syntaxCheckerFor('javascript')

describe('restoreDots', () => {
  it("puts the dot back between a bound name and its member, and after a string before a method's call", () => {
    const page = ['def f(cookie, path):', '    if path is None or cookie path == path:', '        return 1']
    const { lines, fixes } = restoreDots(page, 'python', py)
    expect(lines[1]).toBe('    if path is None or cookie.path == path:')
    expect(fixes).toEqual([{ line: 1, at: 29, from: ' ', to: '.' }])
    expect(restoreDots(['let n = 0;', "if ('aeiou' includes(ch)) n++;"], 'javascript', js).lines[1]).toBe("if ('aeiou'.includes(ch)) n++;")
    expect(restoreDots(["x = ', 'join(words)"], 'python', py).lines[0]).toBe("x = ', '.join(words)")
  })

  it('leaves lines that parse, names the page does not bind, keywords, and lines a dot does not mend', () => {
    for (const [page, lang, check] of [
      [['for x in items:', '    print(x)'], 'python', py],
      [['if a is not b:', '    pass'], 'python', py],
      [['total = 0', 'foo bar'], 'python', py], // foo is bound nowhere
      [['total = 0', 'total x y z'], 'python', py], // one dot does not make it code
      [['toReturn = None', 'toReturn cookie'], 'python', py], // at a statement's start the "=" is as likely lost
      [['x = 1', 'x = y z'], 'sql', undefined],
    ] as const)
      expect(restoreDots(page, lang, check).lines).toEqual(page)
  })
})

describe('restoreChainDots', () => {
  it("gives a JavaScript chain's links their lost leading dot", () => {
    const page = ['const total = orders', '    filter((o) => o.paid)', '    .map((o) => o.amount)', '    reduce((a, b) => a + b, 0);']
    const { lines, fixes } = restoreChainDots(page, 'javascript')
    expect(lines).toEqual(['const total = orders', '    .filter((o) => o.paid)', '    .map((o) => o.amount)', '    .reduce((a, b) => a + b, 0);'])
    expect(fixes).toEqual([
      { line: 1, at: 4, from: '', to: '.' },
      { line: 3, at: 4, from: '', to: '.' },
    ])
    expect(restoreChainDots(['fetch(url)', 'then((r) => r.json())'], 'javascript').lines[1]).toBe('.then((r) => r.json())')
  })

  it('leaves a call after a finished statement, a block or return, a function the page declares, and other languages', () => {
    for (const page of [
      ['const total = orders;', 'filter(total);'],
      ['if (ok) {', 'map(x);'],
      ['}', 'sort(items);'],
      ['function map(f, xs) {', '    return xs', '}', 'const y = xs', 'map(f, y);'],
      ['return', 'filter(x)'],
    ])
      expect(restoreChainDots(page, 'javascript').lines).toEqual(page)
    expect(restoreChainDots(['x = items', 'map(f)'], 'python').lines).toEqual(['x = items', 'map(f)'])
  })
})

describe('splitMemberCalls', () => {
  it('puts the dot back in a bound name run into the method it calls', () => {
    const { lines, fixes } = splitMemberCalls(['result = []', 'for x in items:', '    resultappend(x)'], 'python')
    expect(lines[2]).toBe('    result.append(x)')
    expect(fixes).toEqual([{ line: 2, at: 10, from: '', to: '.' }])
    expect(splitMemberCalls(['const stack = [];', 'stackpush(c);'], 'javascript').lines[1]).toBe('stack.push(c);')
    expect(splitMemberCalls(['def f(self):', '    selfupdate(x)'], 'python').lines[1]).toBe('    self.update(x)')
    // Its "(" lost too, where the line closes one it never opened: an empty call.
    expect(splitMemberCalls(['const res = await fetch(url);', 'return resjson);'], 'javascript').lines[1]).toBe('return res.json();')
    expect(splitMemberCalls(['x = 1', 'f(xpop)'], 'python').lines[1]).toBe('f(xpop)')
    // A one-letter object the page binds (a held-out hand's "m.get(ch)").
    expect(splitMemberCalls(['const m = new Map();', 'm.set(ch, (mget(ch) || 0) + 1);'], 'javascript').lines[1]).toBe('m.set(ch, (m.get(ch) || 0) + 1);')
  })

  it('leaves a name the page binds or declares, one made of no bound name, a method after a dot, and SQL', () => {
    for (const [page, lang] of [
      [['seenadd(x)'], 'python'], // seen is bound nowhere
      [['x = 1', 'print(max(x, 2))', 'mget(x)'], 'python'], // m is bound nowhere
      [['def resultappend(x):', '    pass', 'result = 1', 'resultappend(2)'], 'python'], // declared
      [['result = []', 'resultappend = f', 'resultappend(x)'], 'python'], // bound
      [['result = []', 'x.resultappend(1)'], 'python'],
      [['result = 1', 'SELECT resultcount(x)'], 'sql'],
    ] as const)
      expect(splitMemberCalls(page, lang).lines).toEqual(page)
  })
})

describe('inlineChainDots', () => {
  const read = (line: string, language = 'javascript') => inlineChainDots([line], language).lines[0]
  it("puts back the dot of a method called on a call's result", () => {
    expect(read("const norm = (s) => s.split('').sort() join('');")).toBe("const norm = (s) => s.split('').sort().join('');")
    expect(read('groups.setdefault(name[0], []) append(name)', 'python')).toBe('groups.setdefault(name[0], []).append(name)')
    expect(inlineChainDots(['a.b() map(f) filter(g)'], 'javascript').fixes).toEqual([
      { line: 0, at: 5, from: ' ', to: '.' },
      { line: 0, at: 12, from: ' ', to: '.' },
    ])
  })
  it("leaves a statement after a condition, a name no method has, operators, strings and SQL", () => {
    for (const kept of ['if (x) push(y);', 'while (n) pop();', 'x = f() + g();', "s = '(a) join(b)';"]) expect(read(kept)).toBe(kept)
    expect(read('print(a) if x else b', 'python')).toBe('print(a) if x else b')
    expect(read('SELECT (a) join(b)', 'sql')).toBe('SELECT (a) join(b)')
  })
})

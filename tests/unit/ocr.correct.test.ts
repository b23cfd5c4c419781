// Code-aware correction: each rule on its own, and what it must never do.
import { describe, expect, it } from 'vitest'
import { buildVocabulary, correctLine, countPageWords } from '../../src/ocr/combine/correct.ts'
import { confusionDistance } from '../../src/ocr/combine/confusion.ts'
import { finishPage } from '../../src/ocr/pipeline.ts'
import { segmentLines } from '../../src/ocr/lines/lines.ts'
import type { LineReading } from '../../src/ocr/engines/engine.ts'
import { line } from '../fixtures/ink/handmade.ts'

const py = (ids: string[] = [], page: string[] = []) => buildVocabulary('python', ids, countPageWords(page))
const fix = (text: string, v = py()) => correctLine(text, null, v)

describe('confusion table', () => {
  it('makes look-alike readings cheap and other changes dear', () => {
    expect(confusionDistance('Nore', 'None')).toBeLessThan(0.5)
    expect(confusionDistance('rn', 'm')).toBeLessThan(0.5)
    expect(confusionDistance('0', 'O')).toBeLessThan(0.5)
    expect(confusionDistance('cat', 'pig')).toBeGreaterThan(2)
  })
})

describe('correctLine rules', () => {
  it('snap: an unknown word close to a keyword or builtin becomes it', () => {
    const r = fix('if x is Nore:')
    expect(r.text).toBe('if x is None:')
    expect(r.corrections).toContainEqual({ rule: 'snap', from: 'Nore', to: 'None' })
  })

  it('snap: uses the problem identifiers and words repeated on the page', () => {
    expect(fix('return tw0_sum(nums)', py(['two_sum(nums, target)'])).text).toBe('return two_sum(nums)')
    expect(fix('x = cookie.dornain', py([], ['cookie.domain', 'domain = 1'])).text).toBe('x = cookie.domain')
  })

  it('join: two pieces split by a false gap that make a known word', () => {
    const r = fix('x = N one')
    expect(r.text).toBe('x = None')
    expect(r.corrections[0]!.rule).toBe('join')
  })

  it('bracket: a look-alike after a name restores a missing "("', () => {
    expect(fix('for c in iterCself):').text).toBe('for c in iter(self):')
    expect(fix('print[x)').text).toBe('print(x)')
  })

  it("params: two parameters side by side get their comma, a default its '='", () => {
    expect(fix('def __init__(self val):').text).toBe('def __init__(self, val):')
    expect(fix('def f(a, b c):').text).toBe('def f(a, b, c):')
    expect(fix('def f(self, path None):').text).toBe('def f(self, path=None):')
    expect(fix('def f(a, b):').text).toBe('def f(a, b):')
    expect(fix('x = f(a b)').text).toBe('x = f(a b)') // a call is not a def: its arguments are not ours to part
  })

  it('bracket: a method only ever called, chained to with no "()", gets them', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine("return s.split('').reverse.join('');", null, js).text).toBe("return s.split('').reverse().join('');")
    expect(fix('x = s.lower.strip()').text).toBe('x = s.lower().strip()')
    // A field of that name is read as it is: "items" is a field as often as a method.
    expect(fix('self.items.append(x)').text).toBe('self.items.append(x)')
    expect(fix('x = s.lower()').text).toBe('x = s.lower()')
  })

  it("bracket: an f-string's field with a brace read as a bracket is the field", () => {
    expect(fix('print(f"Hello, [name}!")').text).toBe('print(f"Hello, {name}!")')
    expect(fix("x = f'{a.b]'").text).toBe("x = f'{a.b}'")
    // Not a plain string, nor a bracket pair of its own.
    for (const kept of ['print("[a}")', "s = f'{x} [y]'"]) expect(fix(kept).text).toBe(kept)
  })

  it('colon: a Python header that lost its colon gets it, where its brackets close', () => {
    for (const [read, fixed] of [['def __repr__(self)', 'def __repr__(self):'], ['class Stack', 'class Stack:'], ['class A(B)', 'class A(B):'], ['else', 'else:'], ['try', 'try:'], ['for x in xs', 'for x in xs:']] as const)
      expect(fix(read).text).toBe(fixed)
    for (const kept of ['def f(x', 'x = 1', 'for x in xs:', 'print(x)']) expect(fix(kept).text).toBe(kept)
  })

  it('semicolon: a stray mark after a statement\'s ";" goes', () => {
    expect(correctLine('clearTimeout(timer);.', null, buildVocabulary('javascript')).text).toBe('clearTimeout(timer);')
    // A run of dots for the ";" (and an empty call's ")"), as a held-out hand's small marks are read; a spread stays.
    expect(correctLine('return out....', null, buildVocabulary('javascript')).text).toBe('return out;')
    expect(correctLine('return res.json(...', null, buildVocabulary('javascript')).text).toBe('return res.json();')
    for (const kept of ['f(...args);', 'return [...xs];']) expect(correctLine(kept, null, buildVocabulary('javascript')).text).toBe(kept)
  })

  it('bracket: a look-alike at the end restores a missing ")"', () => {
    expect(fix('y = len(x]').text).toBe('y = len(x)')
  })

  it('colon: the last character of a block header read as a look-alike is the colon', () => {
    expect(fix('while True;').text).toBe('while True:')
    expect(fix('if x.:').text).toBe('if x:')
  })

  it('header: a block header starts with a block keyword', () => {
    expect(fix('del f(x):').text).toBe('def f(x):')
    expect(fix('cls e:').text).toBe('else:')
  })

  it('header: a def name read with spaces is one snake_case name; a for header gets its "in" back', () => {
    expect(fix('def two sum(nums, target):').text).toBe('def two_sum(nums, target):')
    // A minus is no more part of a name than a space: the underscore read as one.
    expect(fix('def _find_no - duplicates(self, x):').text).toBe('def _find_no_duplicates(self, x):')
    expect(fix('def find - no - duplicates(self):').text).toBe('def find_no_duplicates(self):')
    // Not a name that ends or starts with it, and not without the parameters' bracket.
    expect(fix('def - take(seq, n):').text).not.toContain('_take')
    expect(fix('def find - m_ dupes self, name:').text).not.toContain('find_m')
    expect(fix('def find no duplicates(self):').text).toBe('def find_no_duplicates(self):')
    expect(fix('def fib(n):').text).toBe('def fib(n):')
    expect(fix('for i, xin enumerate(nums):').text).toBe('for i, x in enumerate(nums):')
    expect(fix('for x inrange(n):').text).toBe('for x in range(n):')
    // Left alone: a header that has its "in", and a name ending in "in" that is followed by an operator.
    expect(fix('for domain in domains:').text).toBe('for domain in domains:')
    expect(fix('if domain == x:').text).toBe('if domain == x:')
  })

  it('in: two names side by side in Python are "x in seen" when the first ends in "in"', () => {
    expect(fix('if target - xin seen:').text).toBe('if target - x in seen:')
    expect(fix("return cin 'aeiou'").text).toBe("return c in 'aeiou'")
    // Known words ending in "in" stay; so does a name before a keyword.
    expect(fix('x = min (a)').text).toBe('x = min(a)')
    expect(fix('while domain and x:').text).toBe('while domain and x:')
    // A short name's "xin" read on two lines of the page (so a page word) is still "x in"; a longer page word is not touched.
    const page = buildVocabulary('python', [], new Map([['xin', 2], ['domain', 2], ['seen', 2]]))
    expect(fix('if target - xin seen:', page).text).toBe('if target - x in seen:')
    expect(fix('if domain seen:', page).text).toBe('if domain seen:')
  })

  it('header: a statement that starts with two values side by side starts with a keyword', () => {
    expect(fix('ream mid').text).toBe('return mid')
    expect(correctLine('retun total;', null, buildVocabulary('javascript')).text).toBe('return total;')
    expect(correctLine('canst x = 1;', null, buildVocabulary('javascript')).text).toBe('const x = 1;')
    // Read on two lines ("ream mid", "ream - 1"), it is still no name where the page never binds it.
    const twice = py([], ['ream mid', 'ream - 1'])
    expect(fix('ream mid', twice).text).toBe('ream mid')
    const unbound = new Set(['ream'])
    expect(correctLine('ream mid', null, twice, { unbound }).text).toBe('return mid')
    expect(correctLine('ream - 1', null, twice, { unbound }).text).toBe('return -1')
    expect(correctLine('ream - x', null, twice, { unbound }).text).toBe('ream - x')
    // A call, an assignment, or a word like no keyword stays.
    expect(fix('ream(mid)').text).toBe('ream(mid)')
    expect(fix('total = x').text).toBe('total = x')
    expect(fix('zqxw mid').text).toBe('zqxw mid')
  })

  it('quote: an empty string read as one quote mark', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine("return s.split(').reverse().join(');", null, js).text).toBe("return s.split('').reverse().join('');")
    expect(correctLine('return s.split(").reverse().join(");', null, js).text).toBe("return s.split('').reverse().join('');")
    expect(fix("return '.join(words)").text).toBe("return ''.join(words)")
    expect(fix("res = '").text).toBe("res = ''")
    // Its second mark read as the other quote: the literal would run on to the end of the line.
    expect(correctLine("return s.split('').reverse().join('\");", null, js).text).toBe("return s.split('').reverse().join('');")
    expect(fix('x = f("\', y)').text).toBe('x = f("", y)')
    // Real literals stay: a bracket inside a string, a string after a space, a quote mark string.
    expect(correctLine("if (c === '(') stack.push(c);", null, js).text).toBe("if (c === '(') stack.push(c);")
    expect(fix("print(')')").text).toBe("print(')')")
    expect(fix("x = s.split(', ')").text).toBe("x = s.split(', ')")
    expect(fix("print('\"')").text).toBe("print('\"')")
    expect(fix("s.replace('\"', '')").text).toBe("s.replace('\"', '')")
  })

  it('join: a class name read in two after raise, new or except', () => {
    expect(fix("raise Cookie ConflictError('There are, %r' % (x))").text).toBe("raise CookieConflictError('There are, %r' % (x))")
    expect(fix("raise cookie ConflictError('x')").text).toBe("raise CookieConflictError('x')")
    expect(fix('except Key Error:').text).toBe('except KeyError:')
    expect(correctLine('throw new Range Error("bad");', null, buildVocabulary('javascript')).text).toBe('throw new RangeError("bad");')
    // Not two names that are no class, nor a keyword before one, nor an except's "as".
    expect(fix('raise ValueError(x) from err').text).toBe('raise ValueError(x) from err')
    expect(fix('except KeyError as err:').text).toBe('except KeyError as err:')
    expect(fix('raise cookie conflict(x)').text).toBe('raise cookie conflict(x)')
    expect(fix('raise a ValueError (or a subclass)').text).toMatch(/^raise a ValueError/)
  })

  it('dot: a Python line does not end in a dot after a name or a bracket', () => {
    expect(fix('toReturn = cookie.value.').text).toBe('toReturn = cookie.value')
    expect(fix('toReturn = None.').text).toBe('toReturn = None')
    expect(fix('x = f(y).').text).toBe('x = f(y)')
    // A float's dot stays, and so does a sentence's (a docstring's line).
    expect(fix('x = 1.').text).toBe('x = 1.')
    expect(fix('Give back the sum of the values.').text).toMatch(/values\.$/)
  })

  it('comma: a dot that cannot be one after a whole number, or in a Python unpacking short of values', () => {
    expect(fix('lo, hi = 0.len(arr) - 1').text).toBe('lo, hi = 0, len(arr) - 1')
    expect(fix('a, b = 0.1').text).toBe('a, b = 0, 1')
    expect(fix('a, b = b.a + b').text).toBe('a, b = b, a + b')
    // The comma lost altogether: two values side by side, or a swap's two names run together.
    expect(fix('a, b = b a + b').text).toBe('a, b = b, a + b')
    expect(fix('a, b = ba + b').text).toBe('a, b = b, a + b')
    expect(fix('x, y = yx').text).toBe('x, y = y, x')
    expect(correctLine('for (let i = 0.n = a.length; i < n; i += 1) {', null, buildVocabulary('javascript')).text).toBe(
      'for (let i = 0, n = a.length; i < n; i += 1) {',
    )
    // Left alone: a float, a method call, an unpacking of one iterable, an attribute.
    expect(fix('x = 0.5').text).toBe('x = 0.5')
    expect(fix('a, b = s.split()').text).toBe('a, b = s.split()')
    expect(fix('a, b = pair').text).toBe('a, b = pair')
    expect(fix('x = node.val + 1').text).toBe('x = node.val + 1')
    expect(fix('a, b = p.x, p.y').text).toBe('a, b = p.x, p.y')
    expect(fix('a, b = b, a + b').text).toBe('a, b = b, a + b')
    expect(fix('a, b = not x').text).toBe('a, b = not x')
    expect(fix('a, b = ba(x)').text).toBe('a, b = ba(x)')
    expect(fix('x = b a').text).toBe('x = b a')
  })

  it('snap: SQL keywords written in capitals, and a lone I that is the letter l', () => {
    const sql = buildVocabulary('sql')
    expect(correctLine('bROUP BY name', null, sql).text).toBe('GROUP BY name')
    expect(correctLine('SELECT name, BOUNT(*) AS n', null, sql).text).toBe('SELECT name, COUNT(*) AS n')
    expect(correctLine('ORDER BY n DESE;', null, sql).text).toBe('ORDER BY n DESC;')
    // A lower-case name one edit from a keyword is the writer's column.
    expect(correctLine('SELECT dept FROM t', null, sql).text).toBe('SELECT dept FROM t')
    expect(correctLine('const I = maxDepth(root.left);', null, buildVocabulary('javascript')).text).toBe('const l = maxDepth(root.left);')
    expect(correctLine('SELECT I.name FROM items I', null, sql).text).toBe('SELECT I.name FROM items I')
  })

  it('params: a comma read as a dot between parameters of a def', () => {
    expect(fix('def add(a.b):').text).toBe('def add(a, b):')
  })

  it('brace: braces in brace languages', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine('function f(a) $', null, js).text).toBe('function f(a) {')
    expect(correctLine('$', null, js).text).toBe('}')
    expect(correctLine('?;', null, js).text).toBe('};')
    // A line of one character is the closing brace, whatever letter it was read as.
    expect(correctLine('M', null, js).text).toBe('}')
    expect(correctLine("'", null, js).text).toBe('}')
    expect(correctLine('{', null, js).text).toBe('{')
  })

  it('semicolon: a dot closing a JavaScript or SQL statement is its semicolon', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine('return total.', null, js).text).toBe('return total;')
    expect(correctLine('stack.push(c).', null, js).text).toBe('stack.push(c);')
    expect(correctLine('WHERE e.salary > 50000.', null, buildVocabulary('sql')).text).toBe('WHERE e.salary > 50000;')
    expect(correctLine('WHERE e.salary > 50000:', null, buildVocabulary('sql')).text).toBe('WHERE e.salary > 50000;')
    expect(correctLine('return total:', null, js).text).toBe('return total;')
    // A case label and a ternary broken over lines keep their colon.
    expect(correctLine('case 1:', null, js).text).toBe('case 1:')
    expect(correctLine('const y = x ? a :', null, js).text).toMatch(/:$/)
    // A dot inside the line stays; Python has no semicolons (its stray dot goes, see "dot"); a line of one dot is not a statement.
    expect(correctLine('const n = a.length;', null, js).text).toBe('const n = a.length;')
    expect(fix('return total.').text).toBe('return total')
    expect(correctLine('x .', null, js).text).toBe('x.')
  })

  it('spacing: conventional spacing per language, strings untouched', () => {
    expect(fix('def f( a,b = 1 ) :').text).toBe('def f(a, b=1):')
    expect(fix("x=cookie . path+ 'a  ,b'").text).toBe("x = cookie.path + 'a  ,b'")
    expect(fix('return -1').text).toBe('return -1')
    expect(fix('y = a[1 : 2]').text).toBe('y = a[1:2]')
    expect(correctLine('SELECT name,COUNT( * ) FROM t', null, buildVocabulary('sql')).text).toBe('SELECT name, COUNT(*) FROM t')
    expect(correctLine('const f = (s)=>{', null, buildVocabulary('javascript')).text).toBe('const f = (s) => {')
  })

  it('spacing: ++ and -- sit against their operand in JavaScript; an SQL call has no space before its bracket, IN ( and OVER ( keep one', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine('for (let i = start; i < end; i ++) {', null, js).text).toBe('for (let i = start; i < end; i++) {')
    expect(correctLine('x = -- y; a[i] --;', null, js).text).toBe('x = --y; a[i]--;')
    expect(correctLine('if (ok) ++ count;', null, js).text).toBe('if (ok) ++count;')
    const sql = buildVocabulary('sql')
    expect(correctLine('WHERE expires_at < NOW ()', null, sql).text).toBe('WHERE expires_at < NOW()')
    expect(correctLine('WHERE id IN(1, 2) AND EXISTS(SELECT 1)', null, sql).text).toBe('WHERE id IN (1, 2) AND EXISTS (SELECT 1)')
    expect(correctLine('SUM(x) OVER(PARTITION BY a)', null, sql).text).toBe('SUM(x) OVER (PARTITION BY a)')
  })

  it('quote: a lone bracket compared with is the string of that bracket, where that balances the line', () => {
    const js = buildVocabulary('javascript')
    expect(correctLine('if (c === () stack.push(c);', null, js).text).toBe("if (c === '(') stack.push(c);")
    expect(fix('if c == ( :').text).toBe("if c == '(':")
    // A line that balances as read, or a bracket no comparison takes: left.
    expect(correctLine("if (c === ')') x();", null, js).text).toBe("if (c === ')') x();")
    expect(correctLine('if (a === (b)) f();', null, js).text).toBe('if (a === (b)) f();')
  })

  it('header: a loop over a name written as dashes is over the throwaway _', () => {
    expect(fix('for -- in range(n):').text).toBe('for _ in range(n):')
    expect(fix('for - in range(n):').text).toBe('for _ in range(n):')
    expect(fix('for x in -- :').text).toBe('for x in --:')
  })

  it('spacing: a brace after a name opens a body; an SQL table name keeps its column list apart, a call does not', () => {
    const cases: [string, string, string][] = [
      ['javascript', 'class Counter {', 'class Counter {'],
      ['javascript', 'class Stack extends Base{', 'class Stack extends Base {'],
      ['javascript', 'if (x){', 'if (x) {'],
      ['sql', 'CREATE TABLE users(', 'CREATE TABLE users ('],
      ['sql', 'INSERT INTO products(name, stock)', 'INSERT INTO products (name, stock)'],
      ['sql', 'SELECT COUNT(*), MAX(id) FROM users', 'SELECT COUNT(*), MAX(id) FROM users'],
      // a ternary's ":" spaced like its "?", a key's not; a Python string's prefix against its quote
      ['javascript', 'return c ? flatten(x): x;', 'return c ? flatten(x) : x;'],
      ['javascript', 'const o = {a: 1, b: x ? 1 : 2};', 'const o = {a: 1, b: x ? 1 : 2};'],
      ['python', 'print(f "Hello, {name}!")', 'print(f"Hello, {name}!")'],
      ['python', "PAT = re.compile(r '[0-9a-f]')", "PAT = re.compile(r'[0-9a-f]')"],
      // an async arrow's parameters stand apart from async, as an if's condition does
      ['javascript', "app.get('/users/:id', async(req, res) => {", "app.get('/users/:id', async (req, res) => {"],
    ]
    for (const [language, read, laidOut] of cases) expect(correctLine(read, null, buildVocabulary(language)).text, read).toBe(laidOut)
    // A brace inside a line after a name (a regex's quantifier) is no body.
    expect(correctLine('const three = /d{3}/', null, buildVocabulary('javascript')).text).toContain('d{3}')
  })

  it('bracket: an empty call read as one round letter ("SetO", "NOW0", ".popO") is the call', () => {
    expect(fix('seen = SetO').text).toBe('seen = set()')
    expect(fix('x = stack.popO').text).toBe('x = stack.pop()')
    expect(correctLine('WHERE expires_at < NOW0;', null, buildVocabulary('sql')).text).toBe('WHERE expires_at < NOW();')
    expect(correctLine('return res.jsonO;', null, buildVocabulary('javascript')).text).toBe('return res.json();')
    // Its "(" read as a stroke and ")" lost: "stack.popl" (a held-out hand).
    expect(fix('if not stack or stack.popl != pairs[ch]:').text).toBe('if not stack or stack.pop() != pairs[ch]:')
    expect(fix('x = stack.poll').text).toBe('x = stack.poll')
    // A name of the page, one assigned to, one inside an expression, or a word no such call has: left.
    expect(fix('set0 = 1').text).toBe('set0 = 1')
    expect(fix('y = Set0 + 1').text).toBe('y = Set0 + 1')
    expect(fix('x = fooO', py([], ['fooO = 1', 'print(fooO)'])).text).toBe('x = fooO')
    expect(correctLine('SELECT INFO0 FROM t', null, buildVocabulary('sql')).text).toBe('SELECT INFO0 FROM t')
    // Its "(" lost where the line closes one it never opened; both lost where a Python name is set to a bare set/list/dict.
    expect(correctLine('WHERE expires_at < NOW);', null, buildVocabulary('sql')).text).toBe('WHERE expires_at < NOW();')
    expect(fix('seen = set').text).toBe('seen = set()')
    for (const line of ['f(set)', 'a, b = dict', 'kind = set if x else list', 'x = (a < set)']) expect(fix(line).text).toBe(line)
  })

  it('spacing: a date read without its quotes stays one value, not a subtraction (no quotes are added)', () => {
    const sql = buildVocabulary('sql')
    expect(correctLine('WHERE sold_at >= 2024 - 01 - 01', null, sql).text).toBe('WHERE sold_at >= 2024-01-01')
    expect(correctLine('WHERE n = 2024-13-01 AND a-b > 0', null, sql).text).toBe('WHERE n = 2024 - 13 - 01 AND a - b > 0')
    expect(fix("d = '2024-01-01'").text).toBe("d = '2024-01-01'")
  })
})

describe('what correction never does', () => {
  it('never swaps one known word for another (and / or, < / >): the writer\'s logic stays', () => {
    expect(fix('if a and b or c:').text).toBe('if a and b or c:')
    expect(fix('if x < y:').text).toBe('if x < y:')
    expect(fix('while lo <= hi:').text).toBe('while lo <= hi:')
  })

  it('never snaps the name a def, class or function defines to a known word: it is the writer\'s own', () => {
    expect(fix('def invert(mapping):').text).toBe('def invert(mapping):')
    expect(correctLine('function fetchUsr(id) {', null, buildVocabulary('javascript')).text).toBe('function fetchUsr(id) {')
    // A dunder method's name is the language's; the same word elsewhere on a line is snapped as before.
    expect(fix('def __inlt__(self):').text).toBe('def __init__(self):')
    // Nor a parameter's name to a word no parameter can be; its default can be None.
    expect(fix('def greet(name, times=1):').text).toBe('def greet(name, times=1):')
    expect(fix('def f(x, y=Nore):').text).toBe('def f(x, y=None):')
    // The language's words are no common variable's near spelling: row, data and errors stay.
    const js = buildVocabulary('javascript')
    for (const line of ['if (row === n) return 1', 'this.data = data', 'return errors']) expect(correctLine(line, null, js).text).toBe(line)
    expect(fix('x = Nore').text).toBe('x = None')
  })

  it('keeps an identifier the writer repeats even when it looks like a keyword', () => {
    const v = py([], ['if cookie.name == name:', 'print(name)'])
    expect(fix('x = name', v).text).toBe('x = name')
  })

  it('never adds a missing colon or bracket the writer left out', () => {
    expect(fix('if toReturn').text).toBe('if toReturn')
    expect(fix('print(x').text).toBe('print(x')
  })

  it('leaves words it cannot place, and marks low-confidence ones doubtful with alternatives', () => {
    const text = 'x = Nohe + zqj'
    const conf = Array.from(text, (_, i) => (i < 4 ? 95 : 30))
    const r = correctLine(text, conf, py())
    expect(r.text).toBe('x = None + zqj')
    const doubtNone = r.doubtful.find((d) => r.text.slice(d.start, d.end) === 'None')
    expect(doubtNone?.alternatives).toContain('Nohe')
    expect(r.doubtful.some((d) => r.text.slice(d.start, d.end) === 'zqj')).toBe(true)
  })
})

describe('word vote between renderings', () => {
  it('takes a known word another rendering read in the place of an unplaceable one', async () => {
    const { voteWords } = await import('../../src/ocr/pipeline.ts')
    const conf = (t: string) => Array.from(t, () => 80)
    const base = 'for c in itzqr(self):'
    const other = 'for c in iter(self)'
    const r = voteWords({ text: base, conf: conf(base) }, [{ text: other, conf: conf(other) }], py())
    expect(r.text).toBe('for c in iter(self):')
    expect(r.conf).toHaveLength(r.text.length)
  })

  it('keeps words of the chosen reading that are known or close to known', async () => {
    const { voteWords } = await import('../../src/ocr/pipeline.ts')
    const conf = (t: string) => Array.from(t, () => 80)
    const base = 'x = lo + hi'
    const r = voteWords({ text: base, conf: conf(base) }, [{ text: 'x = len + hi', conf: conf('x = len + hi') }], py([], ['lo = 0', 'lo + 1']))
    expect(r.text).toBe('x = lo + hi')
  })
})

describe('correction in a page\'s finishing', () => {
  it('reads a statement keyword for a word the page reads twice but never binds, not for a name it binds', () => {
    const lines = segmentLines([...line(40, 100, [3, 4]), ...line(80, 180, [4, 3]), ...line(80, 260, [4, 1, 1])])
    const reading = (text: string): LineReading => ({ text, confidence: 90, words: [] })
    const finish = (page: string[]) => finishPage({ lines, readings: page.map((t) => [reading(t)]), language: 'python' }).lines.map((l) => l.text)
    expect(finish(['def f(mid):', 'ream mid', 'ream - 1'])).toEqual(['def f(mid):', 'return mid', 'return -1'])
    // "toReturn = None" binds it: "toReturn cookie" keeps the writer's name, and "toReturn - 1"
    // is no return but the writer's name losing the "=" of "-=" (lostAssign.ts).
    expect(finish(['toReturn = None', 'toReturn cookie', 'toReturn - 1'])).toEqual(['toReturn = None', 'toReturn cookie', 'toReturn -= 1'])
  })
})

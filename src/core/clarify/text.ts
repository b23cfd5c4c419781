// Words of a clarifying question, as the matcher compares them: lower case,
// contractions spelled out, light stemming, stop words dropped, and the
// phrases interviewers' questions turn on ("in place", "how long", "not
// found") folded into concepts, so "Can I change the array?" and "May I
// modify the list in place?" share what matters.

/** Words that carry no meaning for matching. */
const STOP = new Set(
  ('a an the is are was were be been being am do does did doing i me my we us our you your he she they them it its this that these those ' +
    'there here what which who whom whose when where why how should shall would will can could may might must to of in on at by for from ' +
    'with about as into than then so if or and but also just only ever any some all each every one same please ok okay assume assumed ' +
    'need want get got go know tell let mean means like able expected supposed going im ive id ill wondering question')
    .split(' '),
)

/** Phrases first (before words are split), then single words: each to a concept. */
const PHRASES: [RegExp, string][] = [
  [/\bin[- ]?place\b/g, ' #mutate '],
  [/\bo\s*\(\s*[^)]{1,12}\)/g, ' #fast '],
  [/\bbig[- ]o\b/g, ' #fast '],
  [/\b(extra|additional|auxiliary) (space|memory|storage)\b/g, ' #memory '],
  [/\bspace complexity\b/g, ' #memory #fast '],
  [/\btime complexity\b/g, ' #fast '],
  [/\bhash ?(set|map|table)s?\b/g, ' #memory '],
  [/\b(how many times|number of times|how often)\b/g, ' #count '],
  [/\bhow (long|large|big|many|much|deep)\b/g, ' #size $1 '],
  [/\bnext to each other\b|\bside by side\b/g, ' #adjacent '],
  [/\b(zero|0|one|1)[- ]?(based|indexed)\b/g, ' #position '],
  [/\b(upper|lower)[- ]?case\b/g, ' #case '],
  [/\bcase[- ]?(in)?sensitive\b/g, ' #case '],
  [/\b(more than once|multiple times|many times|several times|over and over)\b/g, ' #repeat '],
  [/\b(not (found|there|present|in|stored|set)|isn'?t (there|present|found|in)|doesn'?t exist|does not exist|no match\w*)\b/g, ' #missing '],
  [/\b(below|less than|under) (zero|0)\b/g, ' #negative '],
  [/\b(zero|0)[- ]length\b/g, ' #empty '],
  [/\bno (elements?|items?|values?|numbers?|rows?|nodes?|words?|characters?|chars?)\b/g, ' #empty '],
  [/\bleft to right\b|\bright to left\b/g, ' #order '],
  [/\bnew (list|array|one|tree|string|copy)\b/g, ' #newlist '],
  [/\b(whole|integer|floating[- ]point) numbers?\b/g, ' #numtype '],
  [/\bround(ed|ing)? down\b/g, ' #round '],
  [/\b(32|64)[- ]bit\b/g, ' #overflow '],
  [/\bself[- ]loops?\b/g, ' #self '],
  [/\b(doubly|singly)[- ]linked\b/g, ' $1 '],
  // After "more than once" and "less than zero" above.
  [/\bmore than\b/g, ' #greater '],
  [/\bless than\b|\bfewer than\b/g, ' #less '],
]

/** Words to concepts (by stem). A concept weighs more than a word: it is what the question is about. */
const CONCEPT_WORDS: Record<string, string> = {
  '#empty': 'empty blank nothing void',
  '#size': 'size max maximum limit bound bounds constraint huge large big long scale',
  // The length of the input, or the length as the answer: near #size, not the same.
  '#length': 'length lengths len',
  '#repeat': 'duplicate duplicates dup dupe dupes repeat repeated repeats twice unique distinct again',
  '#sorted': 'sorted sort ascending descending increasing decreasing monotonic',
  '#order': 'order ordering sequence arrangement',
  '#negative': 'negative negatives minus',
  '#missing': 'missing absent nonexistent',
  '#case': 'case capital capitals capitalization uppercase lowercase',
  '#chars': 'character characters char chars letter letters ascii unicode alphabet symbol symbols punctuation emoji charset utf',
  '#mutate': 'modify modified mutate mutating change changing alter overwrite destroy',
  '#memory': 'memory storage',
  '#fast': 'complexity fast faster efficient efficiency performance speed slow quick optimal',
  '#numtype': 'integer integers int ints float floats decimal decimals fraction fractional double real',
  '#round': 'round rounding truncate truncation floor ceil ceiling nearest',
  '#null': 'null none nil undefined nullptr',
  '#newlist': 'new copy create fresh build',
  '#whitespace': 'whitespace tab tabs newline newlines spaces',
  '#diagonal': 'diagonal diagonally corner corners',
  '#cycle': 'cycle cycles circular circle wrap',
  '#valid': 'valid invalid malformed error errors',
  '#divide': 'division divide divides',
  '#kind': 'type types kind kinds',
  '#include': 'include included inclusive exclusive',
  '#self': 'itself self',
  '#overflow': 'overflow',
  '#zero': 'zero 0',
  '#return': 'return returns output result answer',
  '#collection': 'list lists array arrays input inputs sequence vector collection',
  '#text': 'string strings str text word words',
  '#item': 'value values number numbers element elements item items entry entries',
  '#adjacent': 'contiguous consecutive adjacent neighbour neighbours neighbor neighbors neighbouring neighboring touching touch',
  '#position': 'index indices indexes position positions offset',
  '#greater': 'bigger larger greater higher above exceed exceeds',
  '#less': 'smaller lower below under',
  '#operation': 'operation operations op ops edit edits step steps move moves action actions',
  '#swap': 'swap swapping swapped transpose transposition exchange',
  '#count': 'count counts frequency frequencies occurrence occurrences occur occurs',
  '#allowed': 'allowed allow permitted permit ok okay',
  '#tree': 'tree trees root',
}

/** Concepts that are nearly the same question, asked from the other side: half credit for each other. */
export const RELATED: readonly [string, string][] = [
  ['#null', '#empty'],
  ['#sorted', '#order'],
  ['#newlist', '#mutate'],
  ['#whitespace', '#chars'],
  ['#greater', '#less'],
  ['#numtype', '#kind'],
  ['#length', '#size'],
  ['#text', '#kind'],
]

/** Concepts too common in questions to say much: weighed like a plain word, or less. */
export const CONCEPT_WEIGHT: Readonly<Record<string, number>> = { '#return': 0.5, '#item': 0.6, '#collection': 0.6, '#text': 0.8, '#kind': 1, '#allowed': 0.8, '#tree': 0.8 }
const CONTRACTIONS: [RegExp, string][] = [
  [/\bcan'?t\b/g, 'can not'],
  [/\bwon'?t\b/g, 'will not'],
  [/n't\b/g, ' not'],
  [/'re\b/g, ' are'],
  [/'s\b/g, ''],
  [/'ll\b/g, ' will'],
  [/'ve\b/g, ' have'],
  [/'d\b/g, ' would'],
  [/'m\b/g, ' am'],
]

/** A light stemmer: plurals, -ing, -ed, -ly, -ies; enough to meet "repeated" and "repeats" at "repeat". */
export function stem(w: string): string {
  if (w.length <= 3 || w.startsWith('#') || /\d/.test(w)) return w
  let s = w
  if (s.endsWith('ies') && s.length > 4) s = s.slice(0, -3) + 'y'
  else if (s.endsWith('sses')) s = s.slice(0, -2)
  else if (/(ches|shes|xes|zes)$/.test(s)) s = s.slice(0, -2)
  else if (s.endsWith('s') && !s.endsWith('ss') && !s.endsWith('us') && !s.endsWith('is')) s = s.slice(0, -1)
  if (s.endsWith('ing') && s.length > 5) s = s.slice(0, -3)
  else if (s.endsWith('ed') && s.length > 4) s = s.slice(0, -2)
  else if (s.endsWith('ly') && s.length > 4) s = s.slice(0, -2)
  if (s.endsWith('e') && s.length > 4) s = s.slice(0, -1)
  // "stopp" -> "stop", not "tall" -> "tal".
  if (/([bdfgmnprt])\1$/.test(s)) s = s.slice(0, -1)
  return s
}

/** Lower case, quotes and contractions undone, the phrases folded. */
export function normalize(text: string): string {
  // Two quoted spellings that differ only in case ("The" and "the") ask about case.
  const quoted = [...text.matchAll(/["\u201c]([^"\u201d]{1,40})["\u201d]/g)].map((m) => m[1]!)
  const caseQuestion = quoted.some((a, i) => quoted.some((b, j) => j !== i && a !== b && a.toLowerCase() === b.toLowerCase()))
  let s = (caseQuestion ? `${text} #case` : text).toLowerCase().replace(/[\u2018\u2019\u02bc`]/g, "'").replace(/[\u201c\u201d]/g, '"')
  // Quoted dots (".", "..", "...": path parts) are words of their own, not punctuation.
  s = s.replace(/"(\.{1,3})"/g, (_, d: string) => ` ${['dot', 'dotdot', 'dotdotdot'][d.length - 1]} `)
  for (const [re, to] of CONTRACTIONS) s = s.replace(re, to)
  for (const [re, to] of PHRASES) s = s.replace(re, to)
  return s
}

export interface Token {
  /** The word as written (lower case), for typo correction. */
  word: string
  /** Its stem, or the concept it stands for. */
  key: string
}

/** The tokens that matter in a text: concepts and content stems, stop words dropped. */
export function tokens(text: string): Token[] {
  const out: Token[] = []
  let prev = ''
  for (const m of normalize(text).matchAll(/#[a-z]+|-?\d+(?:\.\d+)?|[a-z]+/g)) {
    const word = m[0]
    const after = prev
    prev = word
    // "no pairs", "no edges": none of the things at all, i.e. empty (but "no duplicates" is about duplicates).
    if (after === 'no' && word.length > 3 && word.endsWith('s') && !CONCEPTS[stem(word)]) out.push({ word: 'no', key: '#empty' })
    if (STOP.has(word)) continue
    if (word.startsWith('#')) {
      out.push({ word, key: word })
      continue
    }
    // "spaces" (plural) are whitespace; "space" alone is left as a word (memory or a blank?).
    if (word === 'spaces') {
      out.push({ word, key: '#whitespace' })
      continue
    }
    const s = stem(word)
    out.push({ word, key: CONCEPTS[s] ?? CONCEPTS[word] ?? s })
  }
  return out
}

/** Words the lexicon knows, for typo correction. */
export const LEXICON_WORDS: readonly string[] = Object.values(CONCEPT_WORDS).flatMap((ws) => ws.split(' ')).filter((w) => w.length >= 4)

/** Damerau-Levenshtein distance (adjacent swaps cost 1), giving up above `max`. */
export function editDistance(a: string, b: string, max = 2): number {
  if (Math.abs(a.length - b.length) > max) return max + 1
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) => {
    const r = new Array<number>(cols).fill(0)
    r[0] = i
    return r
  })
  for (let j = 0; j < cols; j++) d[0]![j] = j
  for (let i = 1; i < rows; i++) {
    let best = Infinity
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1)
      d[i]![j] = v
      best = Math.min(best, v)
    }
    if (best > max) return max + 1
  }
  return d[a.length]![b.length]!
}

/** Stems to concepts, from CONCEPT_WORDS. */
const CONCEPTS: Record<string, string> = {}
for (const [name, words] of Object.entries(CONCEPT_WORDS)) for (const w of words.split(' ')) CONCEPTS[stem(w)] = name

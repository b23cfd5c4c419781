// Reads a page: lines from geometry, each line rendered alone and read by the
// engine, indentation from positions, then code-aware clean-up. Shared by the
// browser recogniser, the `ocr` command and the benchmark.
import type { CharLm } from './language/charLm.ts'
import { combineReadings, type CombineWeights, type Reading } from './combine/combine.ts'
import { confusionsOf, engineOf, learnPage, sourceKey, sourceWeights, type WriterModel } from './adapt/writerModel.ts'
import { charModelFor } from './language/charModels.ts'
import { syntaxCheckerFor } from './language/grammar.ts'
import type { Box, InkDocument, InkStroke } from '../core/ink/ink.ts'
import { blankLines, type InkLine } from './lines/lines.ts'
import { lineKey, prepareInline, readingKey, type Preparer } from './workers/pageJobs.ts'

export { lineKey } from './workers/pageJobs.ts'
import { renderLine, type LineRenderOptions } from './render/render.ts'
import type { LineHint, LineReading, OcrEngine } from './engines/engine.ts'
import { blankExpected, indentLevels } from './lines/indent.ts'
import { buildVocabulary, correctLine, countPageWords, nearestWord, type Doubt, type Vocabulary } from './combine/correct.ts'
import { tokenize } from './language/tokens.ts'
import { commonNamesFor } from './language/vocab.ts'
import { fixSqlAliases } from './combine/sqlAliases.ts'
import { fixSqlPhrases } from './combine/sqlPhrases.ts'
import { closeAtEnd, matchClosers, restoreClosingRuns } from './combine/closingRuns.ts'
import { restoreArrowParams, restoreParams } from './combine/lostParams.ts'
import { restoreOr } from './combine/lostOr.ts'
import { restoreBoundLetters } from './combine/boundLetters.ts'
import { voteQuotes } from './combine/quoteStyle.ts'
import { parsedReading } from './combine/parsedReading.ts'
import { sqlWordNames, wordNames, wordsInStrings } from './combine/englishNames.ts'
import { restoreChainDots, restoreDots, splitMemberCalls, inlineChainDots } from './combine/lostDots.ts'
import { restoreIf } from './combine/lostIf.ts'
import { restoreAugmented } from './combine/lostAssign.ts'
import { englishWords } from './language/englishWords.ts'
import { fixStatementEnds } from './combine/statementEnds.ts'
import { fixNameCase } from './combine/nameCase.ts'
import { fixPageNames } from './combine/pageNames.ts'
import { closeBlocks } from './combine/blockEnds.ts'
import { boundNames } from './language/bindings.ts'
import { codeOnly } from './language/codeOnly.ts'
import { fillLostTargets } from './combine/lostTargets.ts'
import { fixEmptyDicts } from './combine/emptyDicts.ts'
import { bindFromReadings } from './combine/unboundNames.ts'
import { agreeNames } from './combine/nameConsensus.ts'
import { levenshtein } from '../core/ink/cer.ts'
import { alignTokens, alternativesAt, samePageSpelling, solidTokens, voteSpelling } from './combine/alternatives.ts'

export type { Doubt }

export interface TranscriptLine {
  text: string
  indent: number
  confidence: number
  bbox: Box
  strokeIds: number[]
  doubtful: Doubt[]
  /** Empty lines before this one in `text` (from a clearly larger gap above it). */
  blankLinesBefore?: number
}

export interface Transcript {
  text: string
  lines: TranscriptLine[]
  ms: number
  engine: string
  /** Said to the candidate beside the transcript: how it was read when not as usual (e.g. by tesseract alone). */
  notice?: string
  /** Where `ms` went: waiting for the live reading in hand, finding and rendering lines, the engine's readings (how many), the finishing. */
  timings?: { waitLiveMs?: number; prepareMs: number; reads: number; readMs: number; finishMs: number }
}

export interface ReadOptions extends FinishSwitches {
  language?: string
  identifiers?: string[]
  onProgress?: (fraction: number, stage: string) => void
  /** Readings already made (live), keyed by lineKey(); reused when the line is unchanged. */
  cache?: Map<string, LineReading>
  /**
   * Renderings of each line read by the engine; with several, each line keeps
   * the reading that makes the most sense as code (see chooseReading).
   */
  renders?: LineRenderOptions[]
  /**
   * A line with no reading yet is read in only this many renderings (the
   * first ones; default all): at Done the candidate should not wait for the
   * full set, lines read while writing already have it.
   */
  unreadRenders?: number
  /** Where lines are found and rendered (default: inline; the browser passes a worker). */
  prepare?: Preparer
  /**
   * The second engine (PaddleOCR), read after tesseract's quick set gives each
   * line's length; its readings join tesseract's in the combination. Absent or
   * null: tesseract alone.
   */
  paddle?: OcrEngine | null
  /** Its renderings of each line (default PADDLE_RENDERS). */
  paddleRenders?: readonly PaddleRender[]
  /** A line with no PaddleOCR reading yet gets only this many of them (default all). */
  unreadPaddle?: number
  /** PaddleOCR decodes under the language's character model (default); false: greedily, as before 2026-12-03 (bench:ocr's previous recogniser). */
  paddleLm?: boolean
  /** PaddleOCR's blank penalty instead of PADDLE_BEAM's (bench:ocr's previous recogniser: 0, as before it was added). */
  paddleBlankPenalty?: number
  /** What was learnt from this writer (adapt/); null or absent: read as for anyone. */
  writer?: WriterModel | null
  /** Given every line's readings and their sources (to learn from the page once it is corrected). */
  collect?: (lines: { readings: LineReading[]; sources: string[] }[]) => void
  /**
   * Draws one rendering of a line for an engine when `prepare` gave none (PaddleOCR's, and lines
   * re-read): default from the strokes; a photo's lines are cut from its pixels instead.
   */
  draw?: (line: InkLine, render: LineRenderOptions) => Uint8Array
  /** Where readings become the transcript (default: inline; the browser passes a worker). */
  finish?: (req: FinishRequest) => Promise<{ text: string; lines: TranscriptLine[] }>
}

/**
 * Thirty-two renderings of each line (x-height 15-30 px, stroke width, word-gap
 * normalisation, deslant and extra shear, horizontal stretch), combined
 * character by character under the language's character model and grammar
 * (combine.ts). Each rendering adds little alone; together they give the
 * model choices. Real pages, CER % with the shipped weights (scripts/exp):
 * see the table in src/ocr/README.md. The first three are the best small
 * set: lines still unread at Done get only those (ReadOptions.unreadRenders).
 */
export const DEFAULT_RENDERS: LineRenderOptions[] = [
  { xHeight: 19, evenGaps: [1, 1.5] },
  { xHeight: 24, strokeWidth: 0.2 },
  { xHeight: 21, evenGaps: [1, 1.2] },
  { xHeight: 17, evenGaps: [1, 1.5], strokeWidth: 0.28 },
  { xHeight: 19, deslant: true, evenGaps: [1, 1.5] },
  { xHeight: 22, strokeWidth: 0.32, evenGaps: [1, 1.4] },
  { xHeight: 27, strokeWidth: 0.18, evenGaps: [1, 1.5] },
  { xHeight: 20 },
  { xHeight: 19, evenGaps: [1, 1.5], stretchX: 1.25 },
  { xHeight: 23, strokeWidth: 0.24, stretchX: 1.15, evenGaps: [1, 1.3] },
  { xHeight: 15, strokeWidth: 0.3, evenGaps: [1, 1.5] },
  { xHeight: 21, deslant: true, strokeWidth: 0.2, evenGaps: [1, 1.2] },
  { xHeight: 19, stretchX: 0.85, evenGaps: [1.2, 1.8] },
  { xHeight: 30, strokeWidth: 0.22, evenGaps: [1, 1.5] },
  { xHeight: 18, strokeWidth: 0.35, stretchX: 1.1, evenGaps: [1, 1.5] },
  { xHeight: 25, deslant: true, stretchX: 1.2, evenGaps: [1, 1.4] },
  { xHeight: 19, evenGaps: [1, 1.5], shear: 0.2 },
  { xHeight: 21, evenGaps: [1, 1.3], shear: -0.15 },
  { xHeight: 20, strokeWidth: 0.2, deslant: true, shear: 0.1 },
  { xHeight: 24, evenGaps: [1, 1.5], shear: 0.3 },
  { xHeight: 17, strokeWidth: 0.3, shear: -0.1, evenGaps: [1, 1.4] },
  { xHeight: 22, stretchX: 1.3, evenGaps: [1, 1.5], shear: 0.15 },
  { xHeight: 19, strokeWidth: 0.4, evenGaps: [1, 1.5] },
  { xHeight: 26, strokeWidth: 0.3, stretchX: 0.9, evenGaps: [1, 1.3] },
  { xHeight: 16, evenGaps: [1, 1.5], stretchX: 1.2 },
  { xHeight: 20, strokeWidth: 0.15, evenGaps: [1, 1.5] },
  { xHeight: 23, deslant: true, strokeWidth: 0.28, evenGaps: [1, 1.3] },
  { xHeight: 18, stretchX: 1.4, evenGaps: [1, 1.5] },
  { xHeight: 21, shear: 0.25, strokeWidth: 0.22, stretchX: 1.1 },
  { xHeight: 28, deslant: true, evenGaps: [1, 1.5] },
  { xHeight: 20, evenGaps: [0.8, 1.2], strokeWidth: 0.26 },
  { xHeight: 19, evenGaps: [1.5, 2.2], strokeWidth: 0.24 },
]

/** One rendering for the PaddleOCR recogniser: how the line is drawn, and its input width per character. */
export interface PaddleRender {
  render: LineRenderOptions
  pxPerChar: number
  /** Read with the weights tuned for handwritten code (engines/paddle/modelPatch.ts), not the stock ones. */
  tuned?: boolean
}

/**
 * PaddleOCR renderings of each line (see engines/paddle/width.ts): the line
 * drawn upright at a fixed size, then fitted to a width per character from
 * the line's estimated length.
 *
 * Every second one reads with the weights tuned for handwritten code
 * (2026-12-05, scripts/paddle-train/), the others with the stock ones. The
 * tuned weights alone read one rendering of the held-out fonts' lines with
 * a third fewer errors (greedy CER 8.3 -> 5.5%), yet through the whole
 * recogniser they read worse than the stock (CLI, characters wrong: held-out
 * a-d 101 against 93, real pages 340 against 307): their errors agree with
 * each other, so 26 of them outvote the truth. Half and half read best:
 * held-out a 27, b 14, c 9, d 32 (82 against 93), real pages 298 (307).
 */
export const PADDLE_RENDERS: PaddleRender[] = [
  { render: { xHeight: 16 }, pxPerChar: 14 },
  // Second: with the first, the pair Done reads for an unread line (dumped readings, real pages with
  // tesseract's quick set: 16.7% CER, halves 16.1 / 17.1, against 19.1 for the next two in width).
  { render: { xHeight: 16, evenGaps: [1, 1.5] }, pxPerChar: 14, tuned: true },
  { render: { xHeight: 16 }, pxPerChar: 12 },
  { render: { xHeight: 16 }, pxPerChar: 16, tuned: true },
  { render: { xHeight: 16, strokeWidth: 0.35 }, pxPerChar: 14 },
  { render: { xHeight: 16, strokeWidth: 0.18 }, pxPerChar: 14, tuned: true },
  { render: { xHeight: 16, deslant: true }, pxPerChar: 14 },
  { render: { xHeight: 16, shear: 0.15 }, pxPerChar: 13, tuned: true },
  { render: { xHeight: 16, evenGaps: [1, 1.5], deslant: true }, pxPerChar: 15 },
  { render: { xHeight: 16, strokeWidth: 0.3, evenGaps: [1, 1.3] }, pxPerChar: 12, tuned: true },
  // Sixteen more, varied the same ways, drawn up in one go and not chosen one by one: with the
  // first ten and the vote weight 6, real pages read 14.1% CER against 15.2% (halves 14.0 / 14.0
  // against 15.1 / 15.0; dumped readings, tesseract's 32).
  { render: { xHeight: 16, shear: -0.12 }, pxPerChar: 14 },
  { render: { xHeight: 16, evenGaps: [1, 1.5] }, pxPerChar: 12, tuned: true },
  { render: { xHeight: 16, evenGaps: [1, 1.5] }, pxPerChar: 16 },
  { render: { xHeight: 24 }, pxPerChar: 14, tuned: true },
  { render: { xHeight: 12, strokeWidth: 0.3 }, pxPerChar: 14 },
  { render: { xHeight: 16, stretchX: 1.2 }, pxPerChar: 15, tuned: true },
  { render: { xHeight: 16, deslant: true, strokeWidth: 0.22 }, pxPerChar: 13 },
  { render: { xHeight: 16, evenGaps: [1.2, 1.8] }, pxPerChar: 14, tuned: true },
  { render: { xHeight: 16, shear: 0.25 }, pxPerChar: 14 },
  { render: { xHeight: 20, strokeWidth: 0.28, evenGaps: [1, 1.5] }, pxPerChar: 13, tuned: true },
  { render: { xHeight: 16, evenGaps: [0.8, 1.2] }, pxPerChar: 15 },
  { render: { xHeight: 16, strokeWidth: 0.4 }, pxPerChar: 14, tuned: true },
  { render: { xHeight: 16, deslant: true, evenGaps: [1, 1.5] }, pxPerChar: 12 },
  { render: { xHeight: 16, strokeWidth: 0.15, evenGaps: [1, 1.4] }, pxPerChar: 15, tuned: true },
  { render: { xHeight: 18, shear: 0.1, evenGaps: [1, 1.5] }, pxPerChar: 14 },
  { render: { xHeight: 16 }, pxPerChar: 11, tuned: true },
]

/** Tesseract's readings whose lengths estimate a line's length for PaddleOCR: the quick set's. */
export const QUICK_FOR_LENGTH = 3

/**
 * Tesseract's renderings read beside PaddleOCR's: its quick set only. Once
 * PaddleOCR decoded under the character model with less blank, its 26
 * readings were the better half of the votes, and tesseract's other 29 only
 * outvoted them (the CLI on pages of new programs, synthetic-fresh-b: 159
 * edits of 5,960 with all 32, see src/ocr/README.md). Tesseract alone, when
 * PaddleOCR cannot load, still reads all 32.
 */
export const RENDERS_BESIDE_PADDLE: LineRenderOptions[] = DEFAULT_RENDERS.slice(0, QUICK_FOR_LENGTH)

/** Tesseract's renderings for a page read with or without the second engine. */
export const tesseractRenders = (withPaddle: boolean): LineRenderOptions[] => (withPaddle ? RENDERS_BESIDE_PADDLE : DEFAULT_RENDERS)

/** The hint's part a rendering decides: its width per character and which weights read it. */
export const paddleRenderHint = (r: PaddleRender): LineHint => ({ pxPerChar: r.pxPerChar, ...(r.tuned ? { weights: 'tuned' as const } : {}) })

/** Cache key of a PaddleOCR reading: the line's ink, the rendering (and whether the tuned weights read it), the length it was fitted to, and a blank penalty other than the shipped one (bench:ocr reads both into one cache). */
export const paddleKey = (lineKey: string, r: PaddleRender, chars: number, language: string | undefined, blankPenalty?: number) =>
  `${readingKey(lineKey, r.render)}:pp${r.pxPerChar}${r.tuned ? 't' : ''}x${chars}:${language ?? ''}${blankPenalty === undefined ? '' : `:b${blankPenalty}`}`

/**
 * A line's length as the engine's quick readings say: the median of their
 * lengths (words joined by single spaces). A reading that came back empty
 * says the engine failed, not that the line is short, so it does not count:
 * counted, it squeezed a wide line of 34 characters into one character's
 * width for PaddleOCR (read "S"). When no reading has text, the line's ink
 * gives it: 0.8 characters per x-height of its width (median over the fixture
 * and real pages 0.69-0.92). The image's proportions, used before, took a
 * legible 22-character line for 16 (its ascenders and descenders make it tall)
 * and PaddleOCR read none of it. 0 without a line.
 */
export function charEstimate(readings: readonly LineReading[], line?: Pick<InkLine, 'minX' | 'maxX' | 'xHeight'>): number {
  const ns = readings
    .map((r) => lineText(r).text.trim().length)
    .filter((n) => n > 0)
    .sort((a, b) => a - b)
  if (!ns.length) return line ? Math.max(1, Math.round((0.8 * (line.maxX - line.minX)) / Math.max(1, line.xHeight))) : 0
  const m = ns.length >> 1
  return ns.length % 2 ? ns[m]! : (ns[m - 1]! + ns[m]!) / 2
}

export async function readLineInk(
  engine: OcrEngine,
  strokes: readonly InkStroke[],
  line: InkLine,
  render?: LineRenderOptions,
): Promise<LineReading> {
  const r = renderLine(strokes, line, render)
  return engine.readLine(r.png)
}

/** Every rendering of one line, read in turn. */
export async function readLineAll(
  engine: OcrEngine,
  strokes: readonly InkStroke[],
  line: InkLine,
  renders: readonly LineRenderOptions[] = DEFAULT_RENDERS,
  cache?: Map<string, LineReading>,
): Promise<LineReading[]> {
  const out: LineReading[] = []
  const base = lineKey(strokes, line)
  for (const r of renders) {
    const key = readingKey(base, r)
    let reading = cache?.get(key)
    if (!reading) {
      reading = await readLineInk(engine, strokes, line, r)
      cache?.set(key, reading)
    }
    out.push(reading)
  }
  return out
}

/**
 * Picks the reading of a line that looks most like code in this language: the
 * share of its word characters in known words (keywords, builtins, the
 * problem's and the page's identifiers), or one confusable step from one,
 * plus a little of the engine's own confidence, plus, with a character model,
 * its log10 probability per character.
 */
export function chooseReading(texts: readonly { text: string; conf: number[] }[], vocab: Vocabulary, lm?: { model: CharLm; weight: number }): number {
  let best = 0,
    bestScore = -Infinity
  texts.forEach((t, i) => {
    let good = 0,
      all = 0
    for (const tok of tokenize(t.text)) {
      if (tok.kind !== 'word') continue
      all += tok.text.length
      if (vocab.words.has(tok.text)) good += tok.text.length
      // Partial credit for near misses; the character model judges those better, and faster (same CER, 2x quicker).
      else if (!lm && nearestWord(vocab, tok.text)) good += tok.text.length * 0.6
    }
    const meanConf = t.conf.length ? t.conf.reduce((a, b) => a + b, 0) / t.conf.length : 0
    let score = (all ? good / all : 0.5) + 0.3 * (meanConf / 100)
    if (lm) score += lm.weight * (lm.model.lineLogProb(t.text) / (t.text.length + 1))
    if (score > bestScore + 1e-9) {
      bestScore = score
      best = i
    }
  })
  return best
}

/** The line as read: words joined by single spaces, and each character's confidence. */
export function lineText(reading: LineReading): { text: string; conf: number[] } {
  const words = reading.words.filter((w) => w.text.trim())
  if (!words.length) {
    const text = reading.text.trim().replace(/\s+/g, ' ')
    return { text, conf: Array.from(text, () => reading.confidence) }
  }
  let text = ''
  const conf: number[] = []
  for (const w of words) {
    if (text) {
      text += ' '
      conf.push(w.confidence)
    }
    text += w.text
    for (let i = 0; i < w.text.length; i++) conf.push(w.confidence)
  }
  return { text, conf }
}

/** The steps of finishing a page that can be switched off (all on by default), for measuring what each is worth. */
export interface FinishSwitches {
  /** Code-aware correction of low-confidence tokens (correct.ts). */
  correct?: boolean
  /** Replace unknown words of the chosen reading by known words the other readings saw there (voteWords). */
  vote?: boolean
  /**
   * Use the language's character model of code (charModels.ts) to choose
   * between readings and to combine them character by character.
   */
  charModel?: boolean
  /** With the character model: combine all renderings character by character, or only choose one. */
  combine?: boolean
  /** In the combination, prefer lines the language's parser accepts (grammar.ts). */
  grammar?: boolean
  /** With correction: one spelling per identifier on the page (alternatives.ts). */
  spelling?: boolean
  /** With spelling: a name that is not made of English words takes a spelling the renderings read that is (englishNames.ts). */
  englishNames?: boolean
  /** With a writer's model: share each read character's vote among what it stood for in their corrected lines. */
  confusions?: boolean
}

export interface FinishRequest extends FinishSwitches {
  lines: InkLine[]
  /** Per line, one reading per rendering. */
  readings: LineReading[][]
  /** Per line, where each reading came from (adapt/writerModel.ts sourceKey), for the writer's model. */
  sources?: string[][]
  /** What was learnt from this writer's corrected pages: their readings' votes are weighted by it. */
  writer?: WriterModel | null
  language?: string
  identifiers?: string[]
}

export interface CharModelWeights {
  /** Weight of the model's log10 probability per character when choosing a line's pivot reading. */
  choose: number
  /** Combination of all renderings around the pivot (combine.ts), or null to keep the pivot. */
  combine: CombineWeights | null
}

/**
 * Chosen on the dumped readings of all fixture sets (scripts/exp); the real
 * set's figures are checked leave-one-writer-out in bench:ocr.
 */
// vote 6 (was 4, tuned for tesseract alone): it helps where a line has only part of its readings,
// as at Done (real pages, dumped readings: quick set + Done's pair 16.4 against 16.7%, quick set +
// 26 PaddleOCR 14.2 against 14.8, 32 + 10 PaddleOCR 14.9 against 15.2); with every reading (32 + 26)
// it is even (14.1 both), and tesseract alone barely moves (18.8 against 18.7).
export const CHAR_MODEL_WEIGHTS: CharModelWeights = { choose: 0.5, combine: { vote: 6, lm: 1, grammar: 4 } }

/**
 * Word-level vote between the renderings of one line: where the chosen
 * reading has a word that is neither known nor one look-alike step from a
 * known word, and another reading has a known word in the same place (token
 * alignment by edit distance), take that word.
 */
export function voteWords(base: { text: string; conf: number[] }, others: readonly { text: string; conf: number[] }[], vocab: Vocabulary): { text: string; conf: number[] } {
  const bt = solidTokens(base.text)
  const replace = new Map<number, string>()
  for (const o of others) {
    const ot = solidTokens(o.text)
    alignTokens(bt.map((t) => t.text), ot.map((t) => t.text)).forEach((j, i) => {
      const a = bt[i]!,
        b = ot[j]
      if (!b || a.kind !== 'word' || b.kind !== 'word' || replace.has(i) || vocab.words.has(a.text) || !vocab.words.has(b.text)) return
      if (levenshtein(a.text, b.text) / Math.max(a.text.length, b.text.length) <= 0.6 && !nearestWord(vocab, a.text)) replace.set(i, b.text)
    })
  }
  if (!replace.size) return base
  let text = ''
  const conf: number[] = []
  let at = 0
  bt.forEach((t, k) => {
    const r = replace.get(k)
    if (r === undefined) return
    text += base.text.slice(at, t.start)
    conf.push(...base.conf.slice(at, t.start))
    text += r
    for (let q = 0; q < r.length; q++) conf.push(base.conf[t.start] ?? 50)
    at = t.start + t.text.length
  })
  text += base.text.slice(at)
  conf.push(...base.conf.slice(at))
  return { text, conf }
}

/**
 * Everything after the engine has read the lines, pure (runs in the worker in
 * the browser): page vocabulary, the best reading per line, correction,
 * indentation, blank lines.
 */
export function finishPage(
  req: FinishRequest,
  lm?: CharLm,
  weights: CharModelWeights = CHAR_MODEL_WEIGHTS,
  /** For experiments: the writer model's sharpness (default ADAPT_SHARPNESS). */
  sharpness?: number,
  /** The English word list (englishWords.ts); without it names are not checked against words. */
  english?: ReadonlySet<string>,
): { text: string; lines: TranscriptLine[] } {
  const { lines, readings: all, language } = req
  // Page words: counted once per line, from any rendering.
  const remaps = new Map<string, NonNullable<Reading['remap']>>()
  if (req.writer?.lines && req.confusions !== false)
    for (const e of Object.keys(req.writer.confusions ?? {})) {
      const f = confusionsOf(req.writer, e)
      if (f) remaps.set(e, f)
    }
  const allTexts = all.map((rs, i) => {
    const texts: Reading[] = rs.map(lineText)
    const src = req.sources?.[i]
    if (!src || !req.writer?.lines) return texts
    const w = sourceWeights(req.writer, src, Number.isFinite(sharpness) ? sharpness : undefined)
    return texts.map((t, k) => ({ ...t, ...(w ? { weight: w[k] ?? 1 } : {}), ...(remaps.has(engineOf(src[k] ?? '')) ? { remap: remaps.get(engineOf(src[k]!)) } : {}) }))
  })
  const pageWords = new Map<string, number>()
  for (const ts of allTexts) for (const [w] of countPageWords(ts.map((t) => t.text))) pageWords.set(w, (pageWords.get(w) ?? 0) + 1)
  const vocab = buildVocabulary(language, req.identifiers, pageWords)
  const languageWords = buildVocabulary(language, req.identifiers).words
  const common = new Set(commonNamesFor(language))
  const chosen = allTexts.map((ts) => chooseReading(ts, vocab, lm && { model: lm, weight: weights.choose }))
  const readings = all.map((rs, i) => rs[chosen[i]!]!)
  const syntaxErrors = req.grammar === false ? undefined : syntaxCheckerFor(language)
  const combining = lm && weights.combine && req.combine !== false ? { lm, weights: weights.combine } : null
  const merged = allTexts.map((ts, i) => (combining ? combineReadings(ts, chosen[i]!, combining.lm, combining.weights, syntaxErrors) : ts[chosen[i]!]!))
  const combined = merged.map((c, i) => (syntaxErrors && combining ? parsedReading(c, allTexts[i]!, syntaxErrors) : c))
  // The word vote helps a chosen reading; after combination it changed nothing measurable and cost 4x the time.
  let raw = combined.map((base, i) =>
    req.vote === false || combining ? base : voteWords(base, allTexts[i]!.filter((_, k) => k !== chosen[i]), vocab),
  )
  // The page's own identifiers, spelt one way (a word of the language is never changed).
  if (req.correct !== false && req.spelling !== false) raw = samePageSpelling(raw, allTexts.map((ts) => ts.map((t) => t.text)), (w) => languageWords.has(w))
  if (req.correct !== false && req.spelling !== false) raw = voteSpelling(raw, allTexts, (w) => languageWords.has(w), (w) => common.has(w))
  const unbound = unboundPageWords(allTexts, pageWords, languageWords, language)
  const texts = raw.map((r) => (req.correct === false ? { text: r.text, doubtful: [] as Doubt[] } : correctLine(r.text, r.conf, vocab, { unbound })))
  // Page-wide mends, each character they write marked doubtful (an inserted one shifts the marks after it).
  // Each fix replaced `from` at `at` with `to`, in order; marks past it move by the difference.
  const mend = ({ lines: fixed, fixes }: { lines: string[]; fixes: readonly { line: number; at: number; from: string; to: string }[] }) => {
    for (const f of fixes) {
      const t = texts[f.line]!
      t.text = fixed[f.line]!
      const past = f.at + Math.max(1, f.from.length)
      const shift = f.to.length - f.from.length
      t.doubtful = [
        ...t.doubtful.filter((d) => d.end <= f.at || d.start >= past).map((d) => (d.start >= past ? { ...d, start: d.start + shift, end: d.end + shift } : d)),
        { start: f.at, end: f.at + Math.max(1, f.to.length), alternatives: f.from ? [f.from] : [] },
      ]
    }
  }
  if (req.correct !== false && language?.toLowerCase() === 'sql') mend(fixSqlPhrases(texts.map((t) => t.text), (w) => languageWords.has(w)))
  if (req.correct !== false && language?.toLowerCase() === 'sql') mend(fixSqlAliases(texts.map((t) => t.text), (w) => languageWords.has(w)))
  // Before the letter case: that settles "Cookie" against cookie, this does not.
  if (req.correct !== false && req.spelling !== false) mend(agreeNames(texts.map((t) => t.text), allTexts, (w) => languageWords.has(w)))
  if (req.correct !== false && req.spelling !== false && english)
    mend(wordNames(texts.map((t) => t.text), allTexts, (w) => languageWords.has(w) || common.has(w), (w) => english.has(w) || common.has(w), (w) => common.has(w) || languageWords.has(w)))
  if (req.correct !== false && req.spelling !== false && english && language?.toLowerCase() === 'sql')
    mend(sqlWordNames(texts.map((t) => t.text), (w) => languageWords.has(w) || common.has(w), (w) => english.has(w)))
  if (req.correct !== false && req.spelling !== false && english) mend(wordsInStrings(texts.map((t) => t.text), allTexts, (w) => english.has(w)))
  if (req.correct !== false) mend(fixNameCase(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(fixPageNames(texts.map((t) => t.text), language))
  if (req.correct !== false && req.spelling !== false) mend(bindFromReadings(texts.map((t) => t.text), allTexts, language))
  if (req.correct !== false) mend(fillLostTargets(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(fixEmptyDicts(texts.map((t) => t.text), language))
  const readingTexts = allTexts.map((ts) => ts.map((r) => r.text))
  if (req.correct !== false) mend(voteQuotes(texts.map((t) => t.text), readingTexts, language))
  if (req.correct !== false) mend(restoreClosingRuns(texts.map((t) => t.text), readingTexts, language))
  if (req.correct !== false) mend(matchClosers(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(restoreParams(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(restoreArrowParams(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(closeAtEnd(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(restoreOr(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(restoreBoundLetters(texts.map((t) => t.text), readingTexts, language))
  if (req.correct !== false) mend(restoreAugmented(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(restoreIf(texts.map((t) => t.text), language, syntaxErrors))
  if (req.correct !== false) mend(restoreDots(texts.map((t) => t.text), language, syntaxErrors))
  if (req.correct !== false) mend(restoreChainDots(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(splitMemberCalls(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(inlineChainDots(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(closeBlocks(texts.map((t) => t.text), language))
  if (req.correct !== false) mend(fixStatementEnds(texts.map((t) => t.text), language))
  // A doubtful word also offers what the other renderings read in its place.
  texts.forEach((t, i) => {
    for (const d of t.doubtful) {
      const seen = alternativesAt(t.text, d.start, allTexts[i]!.map((r) => r.text))
      d.alternatives = [...new Set([...d.alternatives, ...seen])].filter((a) => a !== t.text.slice(d.start, d.end)).slice(0, 4)
    }
  })
  const levels = indentLevels(lines, texts.map((t) => t.text), language)
  const out: TranscriptLine[] = lines.map((line, i) => ({
    text: texts[i]!.text,
    indent: levels[i] ?? 0,
    confidence: readings[i]!.confidence,
    bbox: { minX: line.minX, minY: line.minY, maxX: line.maxX, maxY: line.maxY },
    strokeIds: line.strokeIds,
    doubtful: texts[i]!.doubtful,
  }))
  blankLines(lines, blankExpected(texts.map((t) => t.text), levels, language)).forEach((n, i) => {
    if (n) out[i]!.blankLinesBefore = n
  })
  const text = out.map((l) => '\n'.repeat(l.blankLinesBefore ?? 0) + ' '.repeat(4 * l.indent) + l.text).join('\n')
  return { text, lines: out }
}

/** Words read on two lines that no rendering of any line binds, nor the language or the problem knows. */
function unboundPageWords(allTexts: readonly (readonly Reading[])[], pageWords: ReadonlyMap<string, number>, languageWords: ReadonlyMap<string, number>, language: string | undefined): Set<string> {
  const lang = (language ?? '').toLowerCase()
  const bound = new Set<string>()
  for (const ts of allTexts) for (const t of ts) for (const n of boundNames(codeOnly([t.text], lang), lang).keys()) bound.add(n)
  return new Set([...pageWords].filter(([w, n]) => n >= 2 && !bound.has(w) && !languageWords.has(w)).map(([w]) => w))
}

/** finishPage with the language's character model, loaded on first use (in the worker, in the browser). */
export async function finishWithModel(req: FinishRequest): Promise<{ text: string; lines: TranscriptLine[] }> {
  const [lm, english] = await Promise.all([req.charModel === false ? undefined : charModelFor(req.language), req.englishNames === false ? undefined : englishWords()])
  return finishPage(req, lm, CHAR_MODEL_WEIGHTS, undefined, english)
}

export async function readPage(engine: OcrEngine, ink: InkDocument, opts: ReadOptions = {}): Promise<Transcript> {
  const t0 = performance.now()
  const language = opts.language ?? ink.language
  const renders = opts.renders ?? tesseractRenders(!!opts.paddle)
  const cache = opts.cache ?? new Map<string, LineReading>()
  const prepared = await (opts.prepare ?? prepareInline)({ strokes: ink.strokes, renders, known: [...cache.keys()], limit: opts.unreadRenders })
  const t1 = performance.now()
  const lines = prepared.map((p) => p.line)
  const draw = opts.draw ?? ((line: InkLine, r: LineRenderOptions | undefined) => renderLine(ink.strokes, line, r).png)
  let reads = 0
  /** Why the second reader stopped, if it did. */
  let paddleFailed: string | null = null
  const all: LineReading[][] = []
  const sources: string[][] = []
  for (let i = 0; i < prepared.length; i++) {
    const p = prepared[i]!
    opts.onProgress?.(i / Math.max(1, prepared.length), 'reading lines')
    const rs: LineReading[] = []
    const src: string[] = []
    for (let k = 0; k < renders.length; k++) {
      const key = readingKey(p.key, renders[k]!)
      let r = cache.get(key)
      if (!r && k < (opts.unreadRenders ?? Infinity)) {
        const png = p.pngs[k] ?? draw(p.line, renders[k]!)
        r = await engine.readLine(png)
        reads++
        cache.set(key, r)
      }
      if (r) {
        rs.push(r)
        src.push(sourceKey('tesseract', renders[k]))
      }
    }
    if (opts.paddle && paddleFailed === null) {
      const hint = { chars: charEstimate(rs.slice(0, QUICK_FOR_LENGTH), p.line), language: opts.paddleLm === false ? undefined : language, blankPenalty: opts.paddleBlankPenalty }
      const pr = opts.paddleRenders ?? PADDLE_RENDERS
      for (let k = 0; k < pr.length; k++) {
        const key = paddleKey(p.key, pr[k]!, hint.chars, hint.language, hint.blankPenalty)
        let r = cache.get(key)
        if (!r && k < (opts.unreadPaddle ?? Infinity)) {
          try {
            r = await opts.paddle.readLine(draw(p.line, pr[k]!.render), { ...hint, ...paddleRenderHint(pr[k]!) })
          } catch (e) {
            // The second reader failing (its worker lost, say) never costs the transcript: tesseract goes on alone.
            paddleFailed = e instanceof Error ? e.message : String(e)
            break
          }
          reads++
          cache.set(key, r)
        }
        if (r) {
          rs.push(r)
          src.push(sourceKey('paddle', pr[k]))
        }
      }
    }
    all.push(rs)
    sources.push(src)
  }
  const t2 = performance.now()
  opts.collect?.(all.map((readings, i) => ({ readings, sources: sources[i]! })))
  opts.onProgress?.(0.95, 'correcting')
  const finish = opts.finish ?? finishWithModel
  const { correct, vote, charModel, combine, grammar, spelling, englishNames } = opts
  const switches: FinishSwitches = { correct, vote, charModel, combine, grammar, spelling, englishNames }
  const { text, lines: out } = await finish({ lines, readings: all, sources, writer: opts.writer, language, identifiers: opts.identifiers, ...switches })
  opts.onProgress?.(1, 'done')
  const t3 = performance.now()
  const timings = { prepareMs: t1 - t0, reads, readMs: t2 - t1, finishMs: t3 - t2 }
  if (opts.paddle && paddleFailed !== null)
    return { text, lines: out, ms: t3 - t0, engine: engine.name, notice: `Read mostly by tesseract alone: the second reader failed (${paddleFailed}).`, timings }
  return { text, lines: out, ms: t3 - t0, engine: opts.paddle ? `${engine.name} + ${opts.paddle.name}` : engine.name, timings }
}

/**
 * Reads a page whose corrected text is known (a corrected attempt, or an ink
 * file with its text) and returns the writer's model with it learnt.
 */
export async function learnFromPage(engine: OcrEngine, ink: InkDocument, corrected: string, model: WriterModel, opts: ReadOptions = {}): Promise<WriterModel> {
  let lines: { readings: LineReading[]; sources: string[] }[] = []
  const t = await readPage(engine, ink, { ...opts, writer: null, collect: (l) => (lines = l) })
  return learnPage(model, {
    readings: lines.map((l) => l.readings.map((r, k) => ({ text: lineText(r).text, source: l.sources[k]! }))),
    read: t.lines.map((l) => l.text),
    corrected,
  })
}

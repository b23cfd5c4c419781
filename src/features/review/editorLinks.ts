// CodeMirror extensions for the review's transcript: OCR's doubtful words
// marked, the line linked to the ink highlighted, and the line under the
// pointer / cursor reported out, so the handwriting can light up its strokes.
import { StateEffect, StateField, type Extension, type Range } from '@codemirror/state'
import { Decoration, EditorView, type DecorationSet } from '@codemirror/view'
import { doubtMarks, type DoubtMark, type OcrLine } from '../../core/review/lines'

/** Sets the 0-based line lit from the ink side (null: none). */
export const setLinkedLine = StateEffect.define<number | null>()

const linkedLineDeco = Decoration.line({ class: 'cm-linked-line' })

const linkedLineField = StateField.define<{ line: number | null; deco: DecorationSet }>({
  create: () => ({ line: null, deco: Decoration.none }),
  update(value, tr) {
    let line = value.line
    for (const e of tr.effects) if (e.is(setLinkedLine)) line = e.value
    if (line === value.line && !tr.docChanged) return value
    if (line === null || line >= tr.state.doc.lines) return { line, deco: Decoration.none }
    return { line, deco: Decoration.set([linkedLineDeco.range(tr.state.doc.line(line + 1).from)]) }
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
})

function doubtDecorations(ocr: readonly OcrLine[], text: string): { marks: DoubtMark[]; deco: DecorationSet } {
  const marks = doubtMarks(ocr, text)
  const ranges: Range<Decoration>[] = marks.map((m) =>
    Decoration.mark({
      class: 'cm-doubt',
      attributes: { title: m.alternatives.length ? `The reading is unsure here; perhaps ${m.alternatives.join(' or ')}` : 'The reading is unsure here' },
    }).range(m.from, m.to),
  )
  return { marks, deco: Decoration.set(ranges, true) }
}

export interface ReviewEditorCallbacks {
  /** The line (0-based) under the pointer, or null when the pointer leaves. */
  onHoverLine: (line: number | null) => void
  /** The cursor's line (0-based) and the doubtful word it stands in, if any. */
  onCursor: (line: number, doubt: DoubtMark | null) => void
}

export function reviewEditorExtensions(ocr: readonly OcrLine[], cb: { current: ReviewEditorCallbacks }): Extension[] {
  const doubtField = StateField.define<{ marks: DoubtMark[]; deco: DecorationSet }>({
    create: (state) => doubtDecorations(ocr, state.doc.toString()),
    update: (value, tr) => (tr.docChanged ? doubtDecorations(ocr, tr.state.doc.toString()) : value),
    provide: (f) => EditorView.decorations.from(f, (v) => v.deco),
  })
  let lastHover: number | null = null
  const hover = (line: number | null) => {
    if (line === lastHover) return
    lastHover = line
    cb.current.onHoverLine(line)
  }
  return [
    doubtField,
    linkedLineField,
    EditorView.domEventHandlers({
      mousemove(e, view) {
        const pos = view.posAtCoords({ x: e.clientX, y: e.clientY })
        hover(pos === null ? null : view.state.doc.lineAt(pos).number - 1)
      },
      mouseleave() {
        hover(null)
      },
    }),
    EditorView.updateListener.of((u) => {
      if (!u.selectionSet && !u.docChanged && !u.focusChanged) return
      const head = u.state.selection.main.head
      const line = u.state.doc.lineAt(head).number - 1
      const doubt = u.state.field(doubtField).marks.find((m) => head >= m.from && head <= m.to) ?? null
      cb.current.onCursor(line, doubt)
    }),
    EditorView.baseTheme({
      '.cm-doubt': { textDecoration: 'underline wavy #d97706', textUnderlineOffset: '3px', backgroundColor: '#fef3c7' },
      '.cm-linked-line': { backgroundColor: '#dbeafe' },
    }),
  ]
}

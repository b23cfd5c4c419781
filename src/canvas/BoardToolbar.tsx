// The pen-first toolbar, in the place of tldraw's: pen, eraser, lasso, undo,
// redo, clear page, three ink colours and widths, pen only and pressure. Every
// button is a real <button> with a name and aria-pressed, reachable by Tab.
import { useEditor, useValue } from 'tldraw'
import { INK_COLORS, INK_WIDTHS, type InkColor, type InkWidth } from '../core/preferences/preferences'
import { useBoardSettings } from './boardSettings'

const COLOR_NAMES: Record<InkColor, string> = { black: 'Black ink', blue: 'Blue ink', red: 'Red ink' }
const WIDTH_NAMES: Record<InkWidth, string> = { s: 'Fine', m: 'Medium', l: 'Bold' }

// Small icons of our own (24 x 24, stroked).
const ICONS = {
  pen: 'M4 20l4-1 11-11-3-3L5 16l-1 4zM14 7l3 3',
  eraser: 'M4 16l8-8 6 6-6 6H8zM10 20h10',
  precise: 'M6 18l9-9 3 3-9 9H6zM4 21h16M17 4l3 3',
  lasso: 'M12 4c5 0 8 2.5 8 5.5S16.5 15 12 15 4 12.5 4 9.5 7 4 12 4zM8 14c-1 2 0 4 2 5',
  undo: 'M9 7L4 12l5 5M4 12h11a5 5 0 010 10h-2',
  redo: 'M15 7l5 5-5 5M20 12H9a5 5 0 000 10h2',
  clear: 'M5 7h14M10 7V4h4v3M7 7l1 13h8l1-13',
  hand: 'M8 12V6a1.5 1.5 0 013 0v5M11 11V4.5a1.5 1.5 0 013 0V11M14 11V6a1.5 1.5 0 013 0v7c0 4-2.5 7-6 7-2.5 0-4-1.5-5.5-4L4 13a1.5 1.5 0 012.5-1.5L8 13',
  pressure: 'M3 17c3 0 4-10 7-10s2 10 5 10 3-6 6-6',
} as const

function Icon({ d }: { d: string }) {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <path d={d} fill="none" stroke="currentColor" strokeWidth={1.8} strokeLinecap="round" strokeLinejoin="round" />
    </svg>
  )
}

/** A row of radio buttons (colour swatches, widths). */
function Choice<T extends string>(p: { label: string; options: readonly T[]; value: T; name: (v: T) => string; className: (v: T) => string; onPick: (v: T) => void }) {
  return (
    <div className="board-group" role="radiogroup" aria-label={p.label}>
      {p.options.map((v) => (
        <button key={v} type="button" role="radio" aria-checked={p.value === v} aria-label={p.name(v)} title={p.name(v)} className={`board-button ${p.className(v)}`} onClick={() => p.onPick(v)}>
          <span aria-hidden="true" />
        </button>
      ))}
    </div>
  )
}

export function BoardToolbar() {
  const editor = useEditor()
  const { preferences: prefs, onPreferencesChange: setPreferences } = useBoardSettings()
  const tool = useValue('tool', () => editor.getCurrentToolId(), [editor])
  const canUndo = useValue('canUndo', () => editor.getCanUndo(), [editor])
  const canRedo = useValue('canRedo', () => editor.getCanRedo(), [editor])
  const empty = useValue('empty', () => editor.getCurrentPageShapeIds().size === 0, [editor])

  const toolButton = (id: string, label: string, icon: string, testId: string) => (
    <button
      type="button"
      className="board-button"
      aria-pressed={tool === id || (id === 'lasso' && tool === 'select')}
      aria-label={label}
      title={label}
      data-testid={testId}
      onClick={() => editor.setCurrentTool(id)}
    >
      <Icon d={icon} />
    </button>
  )

  // Choosing a colour or width means writing next.
  const pick = (patch: { inkColor?: InkColor; inkWidth?: InkWidth }) => {
    setPreferences(patch)
    if (tool !== 'draw') editor.setCurrentTool('draw')
  }

  const clear = () => {
    // One undo step brings the page back.
    editor.markHistoryStoppingPoint('clear page')
    editor.deleteShapes([...editor.getCurrentPageShapeIds()])
    editor.setCurrentTool('draw')
  }

  return (
    <div className="board-toolbar" role="toolbar" aria-label="Board tools" onPointerDown={editor.markEventAsHandled}>
      <div className="board-group">
        {toolButton('draw', 'Pen', ICONS.pen, 'tools.draw')}
        {toolButton('eraser', 'Eraser (whole strokes)', ICONS.eraser, 'tools.eraser')}
        {toolButton('precise-eraser', 'Precise eraser (only what it touches)', ICONS.precise, 'tools.precise-eraser')}
        {toolButton('lasso', 'Lasso: select and move writing', ICONS.lasso, 'tools.lasso')}
      </div>
      <div className="board-group">
        <button type="button" className="board-button" aria-label="Undo" title="Undo (two-finger tap)" disabled={!canUndo} onClick={() => editor.undo()}>
          <Icon d={ICONS.undo} />
        </button>
        <button type="button" className="board-button" aria-label="Redo" title="Redo (three-finger tap)" disabled={!canRedo} onClick={() => editor.redo()}>
          <Icon d={ICONS.redo} />
        </button>
        <button type="button" className="board-button" aria-label="Clear page" title="Clear page (undo brings it back)" disabled={empty} onClick={clear}>
          <Icon d={ICONS.clear} />
        </button>
      </div>
      <Choice label="Ink colour" options={INK_COLORS} value={prefs.inkColor} name={(c) => COLOR_NAMES[c]} className={(c) => `board-swatch board-swatch-${c}`} onPick={(c) => pick({ inkColor: c })} />
      <Choice label="Ink width" options={INK_WIDTHS} value={prefs.inkWidth} name={(w) => `${WIDTH_NAMES[w]} pen`} className={(w) => `board-width board-width-${w}`} onPick={(w) => pick({ inkWidth: w })} />
      <div className="board-group">
        <button
          type="button"
          className="board-button board-toggle"
          aria-pressed={prefs.penOnly}
          title="Pen only: a finger pans and zooms, only the pen writes (a resting palm leaves no marks)"
          onClick={() => setPreferences({ penOnly: !prefs.penOnly })}
        >
          <Icon d={ICONS.hand} />
          <span>Pen only</span>
        </button>
        <button
          type="button"
          className="board-button board-toggle"
          aria-pressed={prefs.pressure}
          title="Pressure: the line follows how hard the stylus presses, when the device reports it"
          onClick={() => setPreferences({ pressure: !prefs.pressure })}
        >
          <Icon d={ICONS.pressure} />
          <span>Pressure</span>
        </button>
      </div>
    </div>
  )
}

// @vitest-environment jsdom
// The pen keeps the stroke being written out of tldraw's store until it lifts
// (src/canvas/liveStroke.tsx). Driven headless with tldraw's own driver, side
// by side with tldraw's stock draw tool: what ends up stored must be the same.
import { Driver } from '@tldraw/driver'
import {
  createTLStore,
  defaultBindingUtils,
  defaultShapeTools,
  defaultShapeUtils,
  defaultTools,
  Editor,
  type TLDrawShape,
  type TLStateNodeConstructor,
} from 'tldraw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { InkDrawTool, liveStrokeOf } from '../../src/canvas/liveStroke'

// jsdom lacks what tldraw reads at load; hoisted above the imports.
vi.hoisted(() => {
  window.matchMedia ??= ((query: string) => ({ matches: false, media: query, addEventListener() {}, removeEventListener() {}, addListener() {}, removeListener() {} })) as never
})

const editors: Editor[] = []

function board(drawTool?: TLStateNodeConstructor) {
  const container = document.createElement('div')
  const bounds = { x: 0, y: 0, top: 0, left: 0, width: 1080, height: 720, bottom: 720, right: 1080 }
  container.getBoundingClientRect = () => bounds as DOMRect
  document.body.appendChild(container)
  const shapeTools = drawTool ? [...defaultShapeTools.filter((t) => t.id !== 'draw'), drawTool] : defaultShapeTools
  const editor = new Editor({
    shapeUtils: defaultShapeUtils,
    bindingUtils: defaultBindingUtils,
    tools: [...defaultTools, ...shapeTools],
    store: createTLStore({ shapeUtils: defaultShapeUtils, bindingUtils: defaultBindingUtils }),
    getContainer: () => container,
    initialState: 'draw',
  })
  editor.updateViewportScreenBounds(container)
  editors.push(editor)
  return { editor, driver: new Driver(editor) }
}

afterEach(() => {
  for (const e of editors.splice(0)) e.dispose()
  document.body.innerHTML = ''
})

const drawShapes = (editor: Editor) => editor.getCurrentPageShapesSorted().filter((s): s is TLDrawShape => s.type === 'draw')

/** A wavy word-sized stroke, `n` moves long. */
function write(driver: Driver, x0: number, y0: number, n = 30, lift = true) {
  driver.pointerDown(x0, y0)
  for (let i = 1; i <= n; i++) driver.pointerMove(x0 + i * 4, y0 + 12 * Math.sin(i / 4))
  if (lift) driver.pointerUp()
}

describe('the live pen (stroke kept out of the store while written)', () => {
  it('holds the stroke outside the store while the pen is down, and stores it finished when it lifts', () => {
    const { editor, driver } = board(InkDrawTool)
    const live = liveStrokeOf(editor)
    write(driver, 100, 100, 20, false)
    expect(drawShapes(editor)).toHaveLength(0)
    const writing = live.get()
    expect(writing?.props.isComplete).toBe(false)
    expect(writing?.props.segments.length).toBeGreaterThan(0)
    expect(editor.getPath()).toBe('draw.drawing')

    driver.pointerUp()
    expect(live.get()).toBeNull()
    const [stored] = drawShapes(editor)
    expect(stored?.id).toBe(writing?.id)
    expect(stored?.props.isComplete).toBe(true)
    expect(stored?.props.segments.length).toBeGreaterThan(0)
  })

  it('stores exactly what tldraw\'s own draw tool stores for the same pen moves', () => {
    const ours = board(InkDrawTool)
    const stock = board()
    for (const { driver } of [ours, stock]) {
      write(driver, 100, 100)
      write(driver, 240, 110, 45)
      write(driver, 100, 200, 5)
    }
    const shape = (s: TLDrawShape) => ({ x: s.x, y: s.y, rotation: s.rotation, opacity: s.opacity, props: s.props })
    expect(drawShapes(ours.editor).map(shape)).toEqual(drawShapes(stock.editor).map(shape))
    expect(drawShapes(ours.editor)).toHaveLength(3)
  })

  it('makes one undo step per stroke, redone as it was', () => {
    const { editor, driver } = board(InkDrawTool)
    write(driver, 100, 100)
    write(driver, 100, 200)
    const [, second] = drawShapes(editor)
    editor.undo()
    expect(drawShapes(editor).map((s) => s.id)).not.toContain(second!.id)
    expect(drawShapes(editor)).toHaveLength(1)
    editor.redo()
    expect(drawShapes(editor).at(-1)).toEqual(second)
  })

  it('keeps what was written when the tool is left mid-stroke, as tldraw does', () => {
    const { editor, driver } = board(InkDrawTool)
    write(driver, 100, 100, 20, false)
    editor.setCurrentTool('select')
    expect(liveStrokeOf(editor).get()).toBeNull()
    expect(drawShapes(editor)).toHaveLength(1)
    expect(drawShapes(editor)[0]!.props.segments.length).toBeGreaterThan(0)
  })

  it('splits a very long stroke into finished shapes as it goes, as tldraw does', () => {
    const ours = board(InkDrawTool)
    const stock = board()
    const max = (ours.editor.getShapeUtil('draw').options as { maxPointsPerShape: number }).maxPointsPerShape
    for (const { driver } of [ours, stock]) write(driver, 20, 100, max + 40)
    expect(drawShapes(ours.editor).length).toBeGreaterThan(1)
    expect(drawShapes(ours.editor).map((s) => s.props)).toEqual(drawShapes(stock.editor).map((s) => s.props))
  })
})

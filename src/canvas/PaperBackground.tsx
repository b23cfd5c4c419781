// The paper behind the writing: ruled (with a margin line), grid, dots, blank
// or a whiteboard. It is tldraw's Background slot, drawn in screen space from
// the camera, so it pans and zooms with the ink but is never a shape: it is not
// in the strokes, the ink document, the OCR input or the exported PNG.
import { createContext, useContext } from 'react'
import { useEditor, useValue } from 'tldraw'
import { paperPattern } from '../core/board/paper'
import type { Paper } from '../core/preferences/preferences'

export const PaperContext = createContext<{ paper: Paper; dark: boolean }>({ paper: 'blank', dark: false })

export function PaperBackground() {
  const { paper, dark } = useContext(PaperContext)
  const editor = useEditor()
  const camera = useValue('camera', () => editor.getCamera(), [editor])
  const p = paperPattern(paper, camera)
  const id = `paper-${paper}`
  const period = Math.max(p.period, 1)
  return (
    <div className={`tl-background board-paper board-paper-${paper}${dark ? ' board-paper-dark' : ''}`} data-paper={paper} aria-hidden="true">
      {p.mark === 'none' ? null : (
        <svg width="100%" height="100%">
          <defs>
            <pattern id={id} width={period} height={period} patternUnits="userSpaceOnUse" x={p.offsetX} y={p.offsetY}>
              {p.mark === 'lines' ? <line className="paper-rule" x1={0} x2={period} y1={0.5} y2={0.5} /> : null}
              {p.mark === 'grid' ? <path className="paper-rule" d={`M0 0.5H${period}M0.5 0V${period}`} fill="none" /> : null}
              {p.mark === 'dots' ? <circle className="paper-dot" cx={0.5} cy={0.5} r={Math.max(1, 1.3 * camera.z)} /> : null}
            </pattern>
          </defs>
          <rect width="100%" height="100%" fill={`url(#${id})`} />
          {p.marginX !== null ? <line className="paper-margin" x1={p.marginX} x2={p.marginX} y1={0} y2="100%" /> : null}
        </svg>
      )}
    </div>
  )
}

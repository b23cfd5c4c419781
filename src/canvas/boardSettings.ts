// What the board needs of the candidate's preferences: given by the screen
// that shows it (canvas/ sits below the app's preferences store), passed to
// tldraw's slots (the toolbar) through this context.
import { createContext, useContext } from 'react'
import type { Preferences } from '../core/preferences/preferences'

export interface BoardSettings {
  preferences: Preferences
  theme: 'light' | 'dark'
  /** Changes some preferences (remembered by the app). */
  onPreferencesChange: (patch: Partial<Preferences>) => void
}

export const BoardSettingsContext = createContext<BoardSettings | null>(null)

export function useBoardSettings(): BoardSettings {
  const s = useContext(BoardSettingsContext)
  if (!s) throw new Error('useBoardSettings outside InkCanvas')
  return s
}

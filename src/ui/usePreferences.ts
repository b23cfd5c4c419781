// Preferences and the resolved light/dark theme for React components.
import { useSyncExternalStore } from 'react'
import { resolveTheme, type Preferences } from '../core/preferences/preferences'
import { getPreferences, setPreferences, subscribePreferences } from '../storage/preferences'

export { setPreferences }

export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribePreferences, getPreferences)
}

const darkQuery = () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia('(prefers-color-scheme: dark)') : null)

function subscribeSystemTheme(listener: () => void): () => void {
  const q = darkQuery()
  q?.addEventListener('change', listener)
  return () => q?.removeEventListener('change', listener)
}

export function systemPrefersDark(): boolean {
  return darkQuery()?.matches ?? false
}

/** 'light' or 'dark': the forced theme, or the device's when set to follow the system. */
export function useResolvedTheme(): 'light' | 'dark' {
  const { theme } = usePreferences()
  const systemDark = useSyncExternalStore(subscribeSystemTheme, systemPrefersDark)
  return resolveTheme(theme, systemDark)
}

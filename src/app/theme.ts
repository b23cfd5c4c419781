// Applies the light or dark theme to the document (data-theme on <html>, the
// browser's own colour scheme, the status bar colour) before the first paint,
// and again whenever the preference or the system setting changes.
import { resolveTheme } from '../core/preferences/preferences'
import { getPreferences, subscribePreferences } from '../storage/preferences'
import { systemPrefersDark } from '../ui/usePreferences'

/** Status bar / title bar colours; the same as the manifest's theme_color and the app header. */
export const THEME_COLORS = { light: '#1d2433', dark: '#0f141c' } as const

function apply() {
  const theme = resolveTheme(getPreferences().theme, systemPrefersDark())
  const root = document.documentElement
  root.dataset.theme = theme
  root.style.colorScheme = theme
  document.querySelector('meta[name="theme-color"]')?.setAttribute('content', THEME_COLORS[theme])
}

export function applyTheme(): void {
  apply()
  subscribePreferences(apply)
  window.matchMedia?.('(prefers-color-scheme: dark)').addEventListener('change', apply)
}

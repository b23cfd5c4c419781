import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { applyTheme } from './app/theme'
import { registerOffline } from './app/updates'
import { loadCatalog } from './bank/catalog'
import './app/app.css'

// Before the first paint: no flash of the wrong theme.
applyTheme()

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Every screen starts from the problem bank: fetch it alongside the first screen's code.
void loadCatalog()
registerOffline()

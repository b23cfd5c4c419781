import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { registerOffline } from './app/registerOffline'
import { loadCatalog } from './bank/catalog'
import './app/app.css'

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
)

// Every screen starts from the problem bank: fetch it alongside the first screen's code.
void loadCatalog()
registerOffline()

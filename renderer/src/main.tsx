/** Renderer entry. Pixi's unsafe-eval polyfills let it run under our strict CSP. */
import 'pixi.js/unsafe-eval'
import './i18n/i18n'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { I18nextProvider } from 'react-i18next'
import { App } from './App'
import { i18n } from './i18n/i18n'
import { SettingsProvider } from './settings/SettingsContext'
import './styles.css'
import './ui/ui.css'
import './map/map.css'

const root = document.getElementById('root')
if (root === null) throw new Error('index.html lacks #root')
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <SettingsProvider>
        <App />
      </SettingsProvider>
    </I18nextProvider>
  </StrictMode>,
)

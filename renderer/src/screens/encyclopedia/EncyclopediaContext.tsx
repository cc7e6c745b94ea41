/**
 * Opens the encyclopedia from anywhere: `EncyclopediaProvider` (mounted once, around the
 * menus and the game) keeps whether it is open and at which entry, and draws it as a modal
 * overlay on top of whatever screen is showing, so a game underneath keeps its state.
 * `useEncyclopedia()` answers `{ open(entry?) }`, or null outside a provider (the map
 * harness), where `MoreLink` then shows nothing.
 */
import { createContext, lazy, Suspense, useCallback, useContext, useMemo, useState } from 'react'
import type { GameApi } from '../../../../app/protocol'

const EncyclopediaScreen = lazy(() => import('./EncyclopediaScreen').then((m) => ({ default: m.EncyclopediaScreen })))

/** What screens may do with the encyclopedia. */
export interface EncyclopediaControl {
  /** Opens it, at an entry (`chip:h800`, or a bare record id such as `nvidia`) or at its index. */
  open(entry?: string): void
}

const Context = createContext<EncyclopediaControl | null>(null)

/** The encyclopedia's opener, or null when no provider is mounted. */
export function useEncyclopedia(): EncyclopediaControl | null {
  return useContext(Context)
}

interface Props {
  api: Pick<GameApi, 'getEncyclopedia' | 'getTexts'>
  children: React.ReactNode
}

export function EncyclopediaProvider({ api, children }: Props): React.JSX.Element {
  const [state, setState] = useState<{ entry: string | null; opened: number } | null>(null)
  const open = useCallback((entry?: string) => setState((s) => ({ entry: entry ?? null, opened: (s?.opened ?? 0) + 1 })), [])
  const control = useMemo(() => ({ open }), [open])
  return (
    <Context.Provider value={control}>
      {children}
      {state !== null && (
        <Suspense fallback={null}>
          <EncyclopediaScreen key={state.opened} api={api} initialEntry={state.entry} onClose={() => setState(null)} />
        </Suspense>
      )}
    </Context.Provider>
  )
}

/**
 * The session store in React: `SessionStoreProvider` makes one per connection and listens to
 * the host's events while mounted; `useSession(selector)` reads its state (the component
 * renders again only when the selected part changes) and `useSessionStore()` gives its
 * actions. Selectors must answer parts of the state as they are (or primitives), never a
 * new object each time.
 */
import { createContext, useContext, useEffect, useMemo } from 'react'
import { useStore } from 'zustand'
import type { GameApi } from '../../../app/protocol/contract'
import { createSessionStore, type SessionStore, type SessionState } from './session-store'

const SessionContext = createContext<SessionStore | null>(null)

export function SessionStoreProvider({ api, children }: { api: GameApi; children: React.ReactNode }): React.JSX.Element {
  const session = useMemo(() => createSessionStore(api), [api])
  // Listening starts in an effect, so StrictMode's second mount listens again after its clean-up.
  useEffect(() => session.start(), [session])
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>
}

/** The session store's actions (and its state). */
export function useSessionStore(): SessionStore {
  const session = useContext(SessionContext)
  if (session === null) throw new Error('useSessionStore: no SessionStoreProvider above this screen')
  return session
}

/** A part of the session's state. */
export function useSession<T>(selector: (state: SessionState) => T): T {
  return useStore(useSessionStore().state, selector)
}

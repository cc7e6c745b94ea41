/** The session host's public surface (no electron import anywhere under app/host). */
export { contentSecurityPolicy } from './content-security-policy'
export { dispatchCall, isCallName } from './dispatch'
export type { CallHandlers } from './dispatch'
export { createSessionHost } from './session-host'
export { LOOPBACK, startWebHost } from './web-host'
export type { WebHost, WebHostOptions } from './web-host'

/**
 * Which names a player may give a save. A name becomes a file name, so anything that
 * could leave the saves folder or trip an OS is refused: separators, `..`, control
 * characters, Windows' reserved device names, trailing dots or spaces, and the
 * `autosave` prefix the store keeps for itself.
 */

/** The extension of save files. */
export const SAVE_EXTENSION = '.scsave'
/** Autosaves are named `autosave-000042`; players cannot use the prefix. */
export const AUTOSAVE_PREFIX = 'autosave-'

const MAX_NAME_LENGTH = 64
const ALLOWED = /^[\p{L}\p{N}][\p{L}\p{N} _.,'()-]*$/u
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i

/** Why a save name is refused, or null when it is fine. */
export function saveNameProblem(name: string): string | null {
  if (typeof name !== 'string' || name.length === 0) return 'A save name cannot be empty.'
  if (name.length > MAX_NAME_LENGTH) return `A save name is at most ${MAX_NAME_LENGTH} characters.`
  if (name.includes('..')) return 'A save name cannot contain "..".'
  if (!ALLOWED.test(name)) {
    return 'A save name may use letters, digits, spaces and _ . , \' ( ) - only, and must start with a letter or digit.'
  }
  if (/[. ]$/.test(name)) return 'A save name cannot end with a dot or a space.'
  if (WINDOWS_RESERVED.test(name)) return `"${name}" is a reserved device name on Windows.`
  if (name.toLowerCase().startsWith('autosave')) return 'Names starting with "autosave" are kept for autosaves.'
  return null
}

/** Whether a name is an autosave's (`autosave-` and six digits). */
export function isAutosaveName(name: string): boolean {
  return /^autosave-\d{6,}$/.test(name)
}

/** The autosave name for sequence number `n`. */
export function autosaveName(n: number): string {
  return `${AUTOSAVE_PREFIX}${String(n).padStart(6, '0')}`
}

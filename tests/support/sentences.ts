/**
 * The strings in a value that read like sentences (contain white space) and are not among
 * `allowed` (texts that come from the game data or the players): what a host answer that should
 * carry only ids, numbers and codes must not contain.
 */
export function sentencesIn(value: unknown, allowed: ReadonlySet<string>): string[] {
  const found: string[] = []
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!allowed.has(v) && /\s/.test(v)) found.push(v)
    } else if (Array.isArray(v)) v.forEach(walk)
    else if (typeof v === 'object' && v !== null) Object.values(v).forEach(walk)
  }
  walk(value)
  return found
}

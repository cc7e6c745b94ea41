/**
 * Building the encyclopedia's values (`EncyclopediaValue`): small constructors, so the entries
 * read as what they say. A value is data the renderer words in its language; nothing here is
 * a word.
 */
import type { EncyclopediaValue } from '../../protocol/encyclopedia'

type Value = EncyclopediaValue
type Unit = Extract<Value, { t: 'number' }>['unit']
type WordSet = Extract<Value, { t: 'word' }>['set']

export const v = {
  ref: (entry: string): Value => ({ t: 'ref', entry }),
  name: (key: string, id: string): Value => ({ t: 'name', key, id }),
  text: (text: string): Value => ({ t: 'text', text }),
  quarter: (quarter: string): Value => ({ t: 'quarter', quarter }),
  /** A number with at most `digits` decimals (2 unless told), and its unit. */
  num: (value: number, digits?: number, unit?: Unit): Value => ({ t: 'number', value, ...(digits === undefined ? {} : { digits }), ...(unit === undefined ? {} : { unit }) }),
  /** A number with its sign: `+1.5`, `−2`. */
  signed: (value: number, digits?: number, unit?: Unit): Value => ({ t: 'number', value, signed: true, ...(digits === undefined ? {} : { digits }), ...(unit === undefined ? {} : { unit }) }),
  usd: (value: number): Value => ({ t: 'money', value, unit: 'usd' }),
  bn: (value: number, signed = false): Value => ({ t: 'money', value, unit: 'bn', ...(signed ? { signed } : {}) }),
  /** A share (0.12) as a percentage with at most one decimal. */
  share: (value: number, signed = false): Value => ({ t: 'share', value, digits: 1, ...(signed ? { signed } : {}) }),
  word: (set: WordSet, code: string): Value => ({ t: 'word', set, code }),
  phrase: (code: string, params: Record<string, Value> = {}): Value => ({ t: 'phrase', code, params }),
  list: (items: Value[], join: Extract<Value, { t: 'list' }>['join'] = 'comma', capitalise = false): Value => ({ t: 'list', items, join, ...(capitalise ? { capitalise } : {}) }),
}

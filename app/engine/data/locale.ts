/** Locales: the texts behind every text key. */
import { z } from 'zod'
import { recordBase } from './common'

/** A locale; the id is a language tag in kebab-case (`en`, `zh-hans`). */
export const LocaleSchema = z.strictObject({
  ...recordBase,
  texts: z.record(z.string(), z.string()),
})
/** A locale. */
export type Locale = z.infer<typeof LocaleSchema>

/**
 * The encyclopedia in the interface's language: the host answers entries as data (text keys,
 * values: `EncyclopediaValue`); this words them once per language into `EncyclopediaItem`s,
 * which the screen shows and searches. Names and summaries come from the game data's texts
 * (`game` namespace), phrases, words and units from `encyclopedia.phrase.*`, `.word.*` and
 * `.unit.*`, numbers from `Intl`, quarters from the one quarter formatter. Pure apart from
 * i18next, so it is unit-tested over the base game's entries.
 */
import type { TFunction } from 'i18next'
import type { EncyclopediaEntry, EncyclopediaValue } from '../../../../app/protocol'
import { quarterText } from '../game/format'
import type { EncyclopediaItem } from './encyclopedia-model'

/** A game-data text by key, or null. */
export type TextLookup = (key: string) => string | null

const JOINS: Record<Extract<EncyclopediaValue, { t: 'list' }>['join'], (t: TFunction) => string> = {
  comma: (t) => t('encyclopedia.join.comma'),
  semicolon: (t) => t('encyclopedia.join.semicolon'),
  dot: (t) => t('encyclopedia.join.dot'),
  and: (t) => t('encyclopedia.join.and'),
  concat: () => '',
}

/** Words values for one language. */
export class ValueWords {
  private readonly numbers = new Map<number, Intl.NumberFormat>()

  constructor(
    private readonly t: TFunction,
    private readonly language: string,
    /** An entry's name by its id (the ref's target), or undefined. */
    private readonly nameOf: (entry: string) => string | undefined,
    private readonly lookup: TextLookup,
  ) {}

  private num(value: number, digits: number): string {
    let format = this.numbers.get(digits)
    if (format === undefined) {
      format = new Intl.NumberFormat(this.language, { maximumFractionDigits: digits })
      this.numbers.set(digits, format)
    }
    return format.format(value)
  }

  private signed(value: number, digits: number): string {
    const text = this.num(Math.abs(value), digits)
    return value > 0 ? `+${text}` : value < 0 ? `−${text}` : text
  }

  /** A value in words. */
  word(value: EncyclopediaValue): string {
    const t = this.t
    switch (value.t) {
      case 'ref':
        return this.nameOf(value.entry) ?? value.entry.slice(value.entry.indexOf(':') + 1)
      case 'name':
        return this.lookup(value.key) ?? value.id
      case 'text':
        return value.text
      case 'quarter':
        return quarterText(value.quarter)
      case 'number': {
        const digits = value.digits ?? 2
        const text = value.signed === true ? this.signed(value.value, digits) : this.num(value.value, digits)
        return value.unit === undefined ? text : t(`encyclopedia.unit.${value.unit}`, { value: text })
      }
      case 'money': {
        const sign = value.signed === true ? (value.value >= 0 ? '+' : '−') : value.value < 0 ? '−' : ''
        const amount = Math.abs(value.value)
        return `${sign}${value.unit === 'usd' ? t('encyclopedia.format.usd', { amount: this.num(amount, 0) }) : t('encyclopedia.format.bn', { amount: this.num(amount, 2) })}`
      }
      case 'share': {
        const digits = value.digits ?? 1
        return t('encyclopedia.format.percent', { value: value.signed === true ? this.signed(value.value * 100, digits) : this.num(value.value * 100, digits) })
      }
      case 'word':
        return t(`encyclopedia.word.${value.set}.${value.code}`, { defaultValue: value.code })
      case 'phrase': {
        const params: Record<string, string | number> = {}
        for (const [key, param] of Object.entries(value.params)) params[key] = key === 'count' && param.t === 'number' ? param.value : this.word(param)
        return t(`encyclopedia.phrase.${value.code}`, params)
      }
      case 'list': {
        const text = value.items.map((item) => this.word(item)).join(JOINS[value.join](t))
        return value.capitalise === true ? text.charAt(0).toLocaleUpperCase(this.language) + text.slice(1) : text
      }
    }
  }
}

/** The entries worded in one language, in the same order. */
export function localiseEntries(entries: readonly EncyclopediaEntry[], t: TFunction, language: string, lookup: TextLookup): EncyclopediaItem[] {
  const names = new Map(entries.map((e) => [e.id, lookup(e.nameKey) ?? e.recordId]))
  const words = new ValueWords(t, language, (id) => names.get(id), lookup)
  return entries.map((e) => ({
    id: e.id,
    kind: e.kind,
    recordId: e.recordId,
    name: names.get(e.id) ?? e.recordId,
    summary: e.summaryKeys.map((key) => lookup(key)).find((text) => text !== null && text !== '') ?? null,
    subtitle: words.word(e.subtitle),
    facts: e.facts.map((f) => ({ label: f.label, ...(f.term === undefined ? {} : { term: words.word(f.term) }), value: words.word(f.value), ...(f.entry === undefined ? {} : { entry: f.entry }) })),
    related: e.related,
    sources: e.sources,
    fictional: e.fictional,
    fictionalWhy: e.fictionalWhy,
    origin: e.origin,
    changedBy: e.changedBy,
  }))
}

/**
 * The debrief's names and numbers in the interface's language: every id through the game data's
 * texts (the debrief carries their keys, `Debrief['texts']`), the id itself where the data has
 * no text; numbers, money and quarters through `Intl` and the one quarter formatter. Pure (no
 * React), so the debrief screen, the exported page and the tests share it.
 */
import type { TFunction } from 'i18next'
import type { Debrief, DebriefNameKind } from '../../../../app/protocol'
import { quarterLabel } from '../game/format'

/** Looks a game-data text key up (in the `game` namespace), or null when no locale has it. */
export type TextLookup = (key: string) => string | null

function own(record: Record<string, string> | undefined, key: string): string | undefined {
  return record !== undefined && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined
}

/** Names and number formats for one debrief. */
export class DebriefNames {
  private readonly numbers = new Map<string, Intl.NumberFormat>()

  constructor(
    private readonly texts: Debrief['texts'],
    private readonly lookup: TextLookup,
    readonly t: TFunction,
    readonly language: string,
  ) {}

  /** A game-data text key's text, or null. */
  text(key: string | undefined): string | null {
    if (key === undefined) return null
    const value = this.lookup(key)
    return value === null || value === '' ? null : value
  }

  /** The name of a record of a kind (`faction` covers factions and actors), or its id. */
  name(kind: DebriefNameKind, id: string): string {
    if (kind === 'chip') return this.chip(id)
    if (kind === 'objective' && id === 'crisis') return this.t('debrief.name.crisisPenalty')
    return this.text(own(this.texts.names[kind], id)) ?? id
  }

  faction(id: string): string {
    return this.name('faction', id)
  }

  chip(id: string): string {
    const maker = own(this.texts.designedBy, id)
    if (maker !== undefined) return this.t('debrief.name.ownDesign', { maker: this.faction(maker), id })
    return this.text(own(this.texts.names.chip, id)) ?? id
  }

  /** A record's description from the data, or null. */
  description(kind: 'event' | 'policy' | 'scenario', id: string): string | null {
    return this.text(own(this.texts.descriptions[kind], id))
  }

  /** An event's choice by name, or its id. */
  choice(event: string, choice: string): string {
    const keys = Object.prototype.hasOwnProperty.call(this.texts.choices, event) ? this.texts.choices[event] : undefined
    return this.text(own(keys, choice)) ?? choice
  }

  /** An order kind's name (`order.<kind>.name` in the data), else the kind in words. */
  order(kind: string | null): string {
    if (kind === null) return this.t('debrief.order.unreadable')
    return this.text(`order.${kind}.name`) ?? kind.replace(/-/g, ' ')
  }

  /** Who a policy change came from: a faction, or `event:<id>`. */
  by(by: string): string {
    if (by.startsWith('event:')) return this.t('debrief.name.byEvent', { event: this.name('event', by.slice('event:'.length)) })
    return this.faction(by)
  }

  quarter(index: number): string {
    return quarterLabel(index)
  }

  private format(digits: number, min = digits): Intl.NumberFormat {
    const key = `${min}:${digits}`
    let format = this.numbers.get(key)
    if (format === undefined) {
      format = new Intl.NumberFormat(this.language, { minimumFractionDigits: min, maximumFractionDigits: digits })
      this.numbers.set(key, format)
    }
    return format
  }

  /** A number with exactly `digits` decimals, grouped: `5,000`, `12.50`. */
  num(n: number, digits = 0): string {
    return this.format(digits).format(n)
  }

  /** A number with at most `digits` decimals. */
  upTo(n: number, digits: number): string {
    return this.format(digits, 0).format(n)
  }

  /** A whole count: `5,000`. */
  count(n: number): string {
    return this.num(Math.round(n))
  }

  /** A signed figure: `+1.50`, `−2.00`, `0.00`. */
  signed(n: number, digits = 2): string {
    const text = this.num(Math.abs(n), digits)
    return n > 0 ? `+${text}` : n < 0 ? `−${text}` : text
  }

  /** Money in US$ bn as the tables show it: `$1.23bn`, `$45.6bn`, `$1,234bn`, with a − when negative. */
  money(bn: number): string {
    const a = Math.abs(bn)
    const amount = a >= 100 ? this.num(Math.round(a)) : this.num(a, a >= 10 ? 1 : 2)
    return `${bn < 0 ? '−' : ''}${this.t('debrief.format.bn', { amount })}`
  }

  /** Money in US$ bn as an order gives it: `$1.5bn`, `$2bn`. */
  orderMoney(bn: number): string {
    return this.t('debrief.format.bn', { amount: Math.abs(bn) >= 100 ? this.num(Math.round(bn)) : this.upTo(bn, 2) })
  }

  /** Whole US dollars: `$30,000`. */
  usd(value: number): string {
    return this.t('debrief.format.usd', { amount: this.count(value) })
  }

  /** A share as a percentage with one decimal at most: `12.5%`. */
  percent(share: number): string {
    return this.t('debrief.format.percent', { value: this.upTo(Math.round(share * 1000) / 10, 1) })
  }

  /** A share as a whole percentage: `41%`. */
  pct(share: number): string {
    return this.t('debrief.format.percent', { value: this.num(Math.round(share * 100)) })
  }

  /** A large count shortened: `1.2m`, `45k`. */
  compact(n: number): string {
    const a = Math.abs(n)
    if (a >= 1e6) return this.t('debrief.format.millions', { value: this.num(n / 1e6, a >= 1e7 ? 0 : 1) })
    if (a >= 1e3) return this.t('debrief.format.thousands', { value: this.num(n / 1e3, a >= 1e4 ? 0 : 1) })
    return this.num(n)
  }

  /** When the debrief was made, in UTC (the ISO text itself when it is not a date). */
  generated(iso: string): string {
    const d = new Date(iso)
    if (Number.isNaN(d.getTime())) return iso
    const date = new Intl.DateTimeFormat(this.language, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(d)
    const time = new Intl.DateTimeFormat(this.language, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'UTC' }).format(d)
    return this.t('debrief.meta.generatedAt', { date, time })
  }
}

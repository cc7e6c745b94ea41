/** `reportFor(report, seat)`: the quarter report filtered like `viewFor`. */
import type { QuarterReport } from '../resolve/report'
import { FACILITATOR } from './view-for'

/** The part of a report `seat` may see (the facilitator sees all). */
export function reportFor(report: QuarterReport, seat: string): QuarterReport {
  if (seat === FACILITATOR) return report
  const own = <T>(record: Record<string, T>): Record<string, T> => {
    const out = Object.create(null) as Record<string, T>
    const value = Object.prototype.hasOwnProperty.call(record, seat) ? record[seat] : undefined
    if (value !== undefined) out[seat] = value
    return out
  }
  return {
    quarter: report.quarter,
    accepted: own(report.accepted),
    refusals: own(report.refusals),
    flows: report.flows.filter((f) => f.from === seat || f.to === seat),
    production: report.production.filter((p) => p.maker === seat),
    // Capacity use reveals bookings when a line has one customer: only its owner sees it.
    capacity: report.capacity.filter((c) => c.owner === seat),
    market: {
      chips: report.market.chips,
      pools: report.market.pools,
      cloud: report.market.cloud,
      purchases: report.market.purchases.filter((p) => p.buyer === seat || p.seller === seat).map((p) => (p.buyer === seat ? p : { ...p, grey: false, seized: 0 })),
    },
    events: report.events.map((e) => (e.decision === null || e.target === seat ? e : { ...e, decision: null })),
    reveals: report.reveals.filter((r) => r.to === null || r.to === seat),
    policies: report.policies,
    tension: report.tension,
    vp: report.vp,
    notes: report.notes.filter((n) => n.seat === null || n.seat === seat),
    over: report.over,
  }
}


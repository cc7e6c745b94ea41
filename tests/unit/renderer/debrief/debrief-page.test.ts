/**
 * The exported debrief page: one offline HTML document rendered from the debrief screen's own
 * components (`renderToStaticMarkup`), with every section, a CSP that forbids every load,
 * nothing that could load (no script, link, import, url(), src), and every text a mod can write
 * escaped by React. The small SVG line chart it draws with is tested at the end.
 */
import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { buildDebrief } from '../../../../app/host/debrief'
import { LineChart, niceTicks } from '../../../../renderer/src/screens/debrief/DebriefChart'
import { DEBRIEF_CSP, renderDebriefPageWithTexts } from '../../../../renderer/src/screens/debrief/debrief-page'
import { baseRules, DEBRIEF_CSS, debriefOf, GENERATED, playSteps, textsOf, type Step } from './support'

const STEPS: Step[] = [
  { orders: { usa: [{ kind: 'enact-policy', policy: 'hbm-control' }, { kind: 'enact-policy', policy: 'oct-2023-chip-rule' }] } },
  { interventions: [{ kind: 'inject-event', event: 'deepseek-moment' }] },
  {},
]

function pageOf(steps: readonly Step[], rules = baseRules): string {
  return renderDebriefPageWithTexts(debriefOf(steps, rules), textsOf(rules), DEBRIEF_CSS)
}

/** A ruleset whose texts and sources a hostile mod wrote. */
function hostileRules(): typeof baseRules {
  const rules = structuredClone({ ...baseRules }) as typeof baseRules
  const texts = rules.locales.en?.texts
  if (texts === undefined) throw new Error('no English texts')
  texts['faction.usa.name'] = '<script>alert("usa")</script>'
  texts['policy.hbm-control.name'] = '"><img src=x onerror=alert(1)>'
  texts['scenario.classroom.name'] = 'Class </title><script src="https://evil.example/x.js"></script>'
  texts['event.deepseek-moment.name'] = "<style>@import url('https://evil.example/a.css')</style>"
  const policy = rules.policies['hbm-control']
  if (policy === undefined) throw new Error('no hbm-control')
  policy.sources = [
    { title: '<b>bold</b>', publisher: 'Mod & Co', date: '2024-12-02', url: 'javascript:alert(1)' },
    { title: 'A real page', publisher: 'BIS', date: '2024-12-02', url: 'https://www.bis.gov/rule?a=1&b=2' },
    { title: 'Quoted', publisher: 'BIS', date: '2024-12-02', url: 'https://x.example/"onmouseover=alert(1)' },
  ]
  return rules
}

describe('the exported debrief page', () => {
  const html = pageOf(STEPS)

  it('is one HTML document with every section', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true)
    for (const id of ['outcome', 'charts', 'moments', 'quarters', 'history', 'sources']) expect(html).toContain(`<section id="${id}">`)
    expect(html).toContain(`<h1>${textsOf(baseRules)['scenario.classroom.name']}</h1>`)
    expect(html.match(/<details class="quarter"/g)).toHaveLength(3)
    expect(html.match(/<svg /g)?.length).toBeGreaterThanOrEqual(5)
    expect(html).toContain('Ana &amp; Ben')
    expect(html).toContain('AI (hard)')
    expect(html).toMatch(/Refused: /)
    expect(html).toContain('@media print')
    expect(html).toContain('<main class="debrief"')
  })

  it('forbids every network load with a Content-Security-Policy meta', () => {
    expect(DEBRIEF_CSP).toContain("default-src 'none'")
    expect(DEBRIEF_CSP).toContain("style-src 'unsafe-inline'")
    expect(DEBRIEF_CSP).toContain('img-src data:')
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)
    expect(meta?.[1]?.replace(/&#x27;/g, "'")).toBe(DEBRIEF_CSP)
    // The CSP meta comes before anything that could load.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<style>'))
  })

  it('loads nothing: no script, link, import, url(), src, and hrefs only to anchors or plain source links', () => {
    // The base game's page, as a whole: none of these even as text.
    for (const pattern of [/<script/i, /<link/i, /@import/i, /url\(/i, /\ssrc=/i, /<iframe|<object|<embed|<img|<video|<audio|<source/i]) expect(html).not.toMatch(pattern)
    // A hostile mod's page: its texts are escaped, so every real tag and the one style sheet are clean.
    for (const page of [html, pageOf(STEPS, hostileRules())]) {
      const markup = [...page.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0])
      const allowed = ['html', 'head', 'meta', 'title', 'style', 'body', 'main', 'header', 'p', 'span', 'strong', 'em', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'nav', 'a', 'section', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'colgroup', 'col', 'br', 'figure', 'figcaption', 'svg', 'rect', 'line', 'text', 'path', 'circle', 'div', 'details', 'summary', 'code', 'cite', 'article', 'dl', 'dt', 'dd', 'footer']
      for (const tag of markup) {
        expect(allowed, tag).toContain(/^<([a-zA-Z0-9]+)/.exec(tag)?.[1]?.toLowerCase())
        expect(tag).not.toMatch(/\s(src|srcset|on[a-z]+|action|formaction|xlink:href)=/i)
        expect(tag).not.toMatch(/url\(/i)
      }
      const styles = [...page.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '')
      expect(styles).toHaveLength(1)
      expect(styles[0]).not.toMatch(/@import|url\(|expression\(/i)
      for (const m of page.matchAll(/<([a-z]+)[^>]*\shref="([^"]*)"/g)) {
        const href = m[2] ?? ''
        if (href.startsWith('#')) continue
        expect(m[1], 'only <a> elements carry an external href').toBe('a')
        expect(href, 'an external href is a plain http(s) link').toMatch(/^https?:\/\//)
      }
    }
  })

  it('escapes every text a mod can write', () => {
    const page = pageOf(STEPS, hostileRules())
    expect(page).toContain('&lt;script&gt;alert(&quot;usa&quot;)&lt;/script&gt;')
    expect(page).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;')
    expect(page).toContain('Class &lt;/title&gt;&lt;script src=&quot;https://evil.example/x.js&quot;&gt;&lt;/script&gt;')
    expect(page).toContain('&lt;style&gt;@import')
    expect(page).toContain('&lt;b&gt;bold&lt;/b&gt;')
    expect(page).toContain('Mod &amp; Co')
    // A javascript: URL is shown as text, never linked; an https one is linked, escaped.
    expect(page).not.toMatch(/href="javascript:/i)
    expect(page).toContain('<span class="url">javascript:alert(1)</span>')
    expect(page).toContain('<a href="https://www.bis.gov/rule?a=1&amp;b=2" rel="noreferrer noopener">')
    expect(page).toContain('<span class="url">https://x.example/&quot;onmouseover=alert(1)</span>')
    expect(page).toContain('<title>Debrief: Class &lt;/title&gt;&lt;script')
    expect(page.match(/<style>/g)).toHaveLength(1)
  })

  it('renders a game with no quarter played and a game that diverged', () => {
    const empty = pageOf([])
    expect(empty).toContain('No quarter was played')
    const game = playSteps([{}, {}])
    const diverged = buildDebrief({ scenarioId: 'classroom', seed: 3, seats: game.seats, orderLog: game.orderLog.map((e) => ({ ...e, stateHash: 'ffff' })), finalState: game.finalState, generatedAt: 'not a date' })
    const page = renderDebriefPageWithTexts(diverged, textsOf(baseRules), DEBRIEF_CSS)
    expect(page).toContain('class="warning"')
    expect(page).toContain('Read this first')
    expect(page).toContain('diverged from the recorded game at 2023 Q4')
    expect(page).toContain('Generated not a date')
    expect(pageOf([{}])).toContain(`Generated November 29, 2026, 08:00 UTC`)
    expect(GENERATED).toBe('2026-11-29T08:00:00.000Z')
  })
})

describe('LineChart', () => {
  const chart = (props: Parameters<typeof LineChart>[0]): string => renderToStaticMarkup(createElement(LineChart, props))

  it('draws axes, ticks, one path per series and a legend, with escaped names and safe colours', () => {
    const svg = chart({
      title: 'T <1>',
      subtitle: 'S',
      xLabels: ['2024 Q1', '2024 Q2', '2024 Q3'],
      series: [
        { name: 'A & B', color: '#112233', values: [1, 2, 3] },
        { name: '<x>', color: 'red;background:url(x)', values: [3, null, 1] },
      ],
      format: (v) => String(v),
      rules: [{ value: 2.5, label: 'line', color: '#ff0000' }],
    })
    expect(svg.match(/<path /g)).toHaveLength(2)
    expect(svg).toContain('T &lt;1&gt;')
    expect(svg).toContain('A &amp; B')
    expect(svg).toContain('&lt;x&gt;')
    expect(svg).not.toContain('url(')
    expect(svg).toContain('#777777')
    expect(svg).toContain('2024 Q3')
    // A gap where a value is missing: the second series' path has two separate moves.
    expect(svg.match(/d="M[^"]*"/g)?.[1]?.match(/M/g)).toHaveLength(2)
  })

  it('labels the quarters at a regular step and always the last, never two so close that they overlap', () => {
    const labels = Array.from({ length: 33 }, (_, i) => `${2022 + Math.floor((i + 3) / 4)} Q${((i + 3) % 4) + 1}`)
    const svg = chart({ title: 'T', subtitle: 'S', xLabels: labels, series: [{ name: 'A', color: '#112233', values: labels.map((_, i) => i) }], format: String })
    const xs = [...svg.matchAll(/<text class="tick" x="([\d.]+)" y="[\d.]+" text-anchor="middle">/g)].map((m) => Number(m[1]))
    expect(svg).toContain('>2022 Q4<')
    expect(svg).toContain('>2030 Q4<')
    const gaps = xs.slice(1).map((x, i) => x - (xs[i] ?? 0))
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(Math.max(...gaps.slice(0, -1)) * 0.99)
  })

  it('picks round ticks covering the range', () => {
    expect(niceTicks(0, 100)).toEqual([0, 20, 40, 60, 80, 100])
    expect(niceTicks(0, 0.055)).toEqual([0, 0.02, 0.04, 0.06])
    expect(niceTicks(-3, 2.3)).toEqual([-4, -2, 0, 2, 4])
    expect(niceTicks(5, 5)).toEqual([5, 5.2, 5.4, 5.6, 5.8, 6])
    expect(niceTicks(0, 4_571_242)).toEqual([0, 1e6, 2e6, 3e6, 4e6, 5e6])
  })
})

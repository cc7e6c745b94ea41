/**
 * The briefing's picture, drawn by the game from the chapter's data (no image files): a map
 * of the regions involved, the faction's home lit in its colour, or a chip's die with its
 * cores, HBM stacks and its name, node and area.
 */
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChapterSummary } from '../../../../app/protocol'
import { gameText } from '../../i18n/i18n'
import type { UnitPoint } from '../../map/map-model'
import { defaultOwnerColour } from '../../map/owner-colours'
import { PROJECTION_ASPECT, projectLonLat, projectPath } from '../../map/projection'
import { LANDMASSES, REGION_GEOGRAPHY } from '../../map/world-geography'

interface Props {
  image: ChapterSummary['image']
  faction: string
}

const hex = (n: number): string => `#${n.toString(16).padStart(6, '0')}`
const W = PROJECTION_ASPECT
const path = (points: readonly UnitPoint[]): string => `M${points.map(([x, y]) => `${(x * W).toFixed(4)},${y.toFixed(4)}`).join('L')}Z`

export function BriefingImage({ image, faction }: Props): React.JSX.Element {
  const { t } = useTranslation()
  const colour = hex(defaultOwnerColour(faction))
  const gradient = useId()
  if (image.kind === 'die') return <DieDrawing image={image} colour={colour} gradient={gradient} />
  const regions = image.regions.filter((id) => REGION_GEOGRAPHY[id] !== undefined)
  const focus = image.focus ?? regions[0] ?? null
  // Frame the regions involved, with a margin, at the map's aspect.
  const points = regions.flatMap((id) => {
    const g = REGION_GEOGRAPHY[id]
    if (g === undefined) return []
    return [projectLonLat(g.hub[0], g.hub[1]), ...g.shapes.flatMap((s) => projectPath(s))]
  })
  const xs = points.map(([x]) => x * W)
  const ys = points.map(([, y]) => y)
  let x0 = Math.min(...xs) - 0.12
  let x1 = Math.max(...xs) + 0.12
  let y0 = Math.min(...ys) - 0.1
  let y1 = Math.max(...ys) + 0.1
  const ratio = 16 / 9
  if ((x1 - x0) / (y1 - y0) < ratio) {
    const grow = ((y1 - y0) * ratio - (x1 - x0)) / 2
    x0 -= grow
    x1 += grow
  } else {
    const grow = ((x1 - x0) / ratio - (y1 - y0)) / 2
    y0 -= grow
    y1 += grow
  }
  const hubOf = (id: string): [number, number] => {
    const g = REGION_GEOGRAPHY[id]
    const [x, y] = g === undefined ? [0, 0] : projectLonLat(g.hub[0], g.hub[1])
    return [x * W, y]
  }
  const scale = (x1 - x0) / 1.8
  const names = regions.map((id) => gameText(`region.${id}.name`, id)).join(', ')
  return (
    <svg className="briefing-image" viewBox={`${x0} ${y0} ${x1 - x0} ${y1 - y0}`} role="img" aria-label={t('campaign.image.map', { regions: names })} data-testid="briefing-image" data-kind="map">
      <defs>
        <radialGradient id={gradient} cx="50%" cy="40%" r="75%">
          <stop offset="0%" stopColor="#15264f" />
          <stop offset="100%" stopColor="#070b16" />
        </radialGradient>
      </defs>
      <rect x={x0} y={y0} width={x1 - x0} height={y1 - y0} fill={`url(#${gradient})`} />
      {Array.from({ length: 13 }, (_, i) => (
        <line key={`v${i}`} x1={(i / 12) * W} x2={(i / 12) * W} y1={0} y2={1} stroke="#1d2b55" strokeWidth={0.0025 * scale} />
      ))}
      {Array.from({ length: 7 }, (_, i) => (
        <line key={`h${i}`} x1={0} x2={W} y1={i / 6} y2={i / 6} stroke="#1d2b55" strokeWidth={0.0025 * scale} />
      ))}
      {LANDMASSES.map((land, i) => (
        <path key={i} d={path(land)} fill="#1b2645" stroke="#2c3b6b" strokeWidth={0.003 * scale} />
      ))}
      {regions.map((id) =>
        (REGION_GEOGRAPHY[id]?.shapes ?? []).map((s, i) => (
          <path key={`${id}-${i}`} d={path(projectPath(s))} fill={id === focus ? colour : '#6cb6ff'} fillOpacity={id === focus ? 0.55 : 0.22} stroke={id === focus ? colour : '#6cb6ff'} strokeWidth={0.004 * scale} />
        )),
      )}
      {focus !== null &&
        regions
          .filter((id) => id !== focus)
          .map((id) => {
            const [ax, ay] = hubOf(focus)
            const [bx, by] = hubOf(id)
            const mx = (ax + bx) / 2
            const my = Math.min(ay, by) - Math.abs(bx - ax) * 0.18
            return <path key={`arc-${id}`} d={`M${ax},${ay} Q${mx},${my} ${bx},${by}`} fill="none" stroke={colour} strokeOpacity={0.8} strokeWidth={0.006 * scale} strokeDasharray={`${0.02 * scale} ${0.012 * scale}`} />
          })}
      {regions.map((id) => {
        const [x, y] = hubOf(id)
        const r = (id === focus ? 0.022 : 0.016) * scale
        return (
          <g key={`hub-${id}`}>
            <circle cx={x} cy={y} r={r} fill={id === focus ? colour : '#0b1430'} stroke={id === focus ? '#fff' : '#6cb6ff'} strokeWidth={0.004 * scale} />
            <text x={x} y={y + r + 0.055 * scale} textAnchor="middle" fontSize={0.052 * scale} fontWeight={id === focus ? 700 : 500} fill="#e8ecf8" stroke="#070b16" strokeWidth={0.012 * scale} paintOrder="stroke">
              {gameText(`region.${id}.name`, id)}
            </text>
          </g>
        )
      })}
    </svg>
  )
}

function DieDrawing({ image, colour, gradient }: { image: Extract<ChapterSummary['image'], { kind: 'die' }>; colour: string; gradient: string }): React.JSX.Element {
  const { t } = useTranslation()
  const name = gameText(image.chipName, image.chip)
  // The die's side follows its area (an 800 mm² die fills the frame); HBM stacks flank it.
  const side = Math.max(30, Math.min(62, Math.sqrt(Math.max(image.dieMm2, 100)) * 2.2))
  const cx = 80
  const cy = 46
  const x = cx - side / 2
  const y = cy - side / 2
  const cores = 6
  const cell = (side - 8) / cores
  const node = gameText(`node.${image.node}.name`, image.node)
  return (
    <svg className="briefing-image" viewBox="0 0 160 90" role="img" aria-label={t('campaign.image.die', { chip: name, node, area: image.dieMm2 })} data-testid="briefing-image" data-kind="die">
      <defs>
        <linearGradient id={gradient} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0%" stopColor="#26345f" />
          <stop offset="100%" stopColor="#0d1430" />
        </linearGradient>
      </defs>
      <rect width="160" height="90" fill="#070b16" />
      {Array.from({ length: 17 }, (_, i) => (
        <line key={i} x1={i * 10} x2={i * 10} y1="0" y2="90" stroke="#111b38" strokeWidth="0.4" />
      ))}
      <rect x={x - 22} y={y - 4} width={side + 44} height={side + 8} rx="2" fill="#0f1733" stroke="#2a3760" strokeWidth="0.6" />
      {[0, 1].map((i) => (
        <g key={`l${i}`}>
          <rect x={x - 18} y={y + 2 + i * (side / 2)} width="12" height={side / 2 - 4} rx="1" fill="#3a2f18" stroke="#e0b34a" strokeWidth="0.5" />
          <rect x={x + side + 6} y={y + 2 + i * (side / 2)} width="12" height={side / 2 - 4} rx="1" fill="#3a2f18" stroke="#e0b34a" strokeWidth="0.5" />
        </g>
      ))}
      <rect x={x} y={y} width={side} height={side} rx="1.5" fill={`url(#${gradient})`} stroke={colour} strokeWidth="0.9" />
      {Array.from({ length: cores * cores }, (_, i) => {
        const col = i % cores
        const row = Math.floor(i / cores)
        const lit = (col + row * 2) % 5 === 0
        return <rect key={i} x={x + 4 + col * cell + 0.5} y={y + 4 + row * cell + 0.5} width={cell - 1} height={cell - 1} rx="0.4" fill={lit ? colour : '#1e2b55'} fillOpacity={lit ? 0.85 : 1} />
      })}
      <text x="80" y="8" textAnchor="middle" fontSize="6" fill="#e8ecf8" fontWeight="600">
        {name}
      </text>
      <text x="80" y="86" textAnchor="middle" fontSize="4.2" fill="#9aa6c7">
        {t('campaign.image.dieCaption', { node, area: image.dieMm2 })}
      </text>
    </svg>
  )
}

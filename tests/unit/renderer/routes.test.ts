import { describe, expect, it } from 'vitest'
import { DEFAULT_DEMO_FLOWS, DEFAULT_DEMO_QUARTERS, MAX_DEMO_FLOWS, MAX_DEMO_QUARTERS, routeFromHash } from '../../../renderer/src/routes'

describe('routeFromHash', () => {
  it('shows the title screen for the address npm start prints', () => {
    expect(routeFromHash('#token=abc')).toEqual({ view: 'title' })
    expect(routeFromHash('')).toEqual({ view: 'title' })
  })

  it('opens the map harness only when the fragment asks for it', () => {
    expect(routeFromHash('#token=abc&view=map-demo&flows=500')).toEqual({ view: 'map-demo', flows: 500 })
    expect(routeFromHash('#token=abc&view=map-demo')).toEqual({ view: 'map-demo', flows: DEFAULT_DEMO_FLOWS })
  })

  it('keeps the flow count sane', () => {
    expect(routeFromHash('#view=map-demo&flows=1e9')).toMatchObject({ flows: MAX_DEMO_FLOWS })
    expect(routeFromHash('#view=map-demo&flows=lots')).toMatchObject({ flows: DEFAULT_DEMO_FLOWS })
    expect(routeFromHash('#view=map-demo&flows=-3')).toMatchObject({ flows: 0 })
  })

  it('opens the panels harness with the quarters to play, or to the end with quarters=end', () => {
    expect(routeFromHash('#token=abc&view=panels-demo&quarters=3')).toEqual({ view: 'panels-demo', quarters: 3 })
    expect(routeFromHash('#token=abc&view=panels-demo')).toEqual({ view: 'panels-demo', quarters: DEFAULT_DEMO_QUARTERS })
    expect(routeFromHash('#view=panels-demo&quarters=end')).toEqual({ view: 'panels-demo', quarters: MAX_DEMO_QUARTERS })
    expect(routeFromHash('#view=panels-demo&quarters=lots')).toMatchObject({ quarters: DEFAULT_DEMO_QUARTERS })
    expect(routeFromHash('#view=panels-demo&quarters=-1')).toMatchObject({ quarters: 0 })
  })

  it('ignores views it does not know', () => {
    expect(routeFromHash('#token=abc&view=debug-everything')).toEqual({ view: 'title' })
  })
})

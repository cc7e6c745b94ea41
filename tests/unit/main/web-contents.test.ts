import { describe, expect, it } from 'vitest'
import { hardenWebContents, type HardenableContents } from '../../../app/main/web-contents'
import { FakeWebContents } from './fake-electron'

function hardened(): FakeWebContents {
  const contents = new FakeWebContents()
  hardenWebContents(contents as unknown as HardenableContents)
  return contents
}

describe('hardenWebContents', () => {
  it('blocks navigation, frame navigation and redirects to anywhere', () => {
    const contents = hardened()
    for (const url of ['https://evil.example/', 'file:///etc/passwd', 'app://silicon-curtain/other.html']) {
      expect(contents.attempt('will-navigate', url), url).toBe(true)
      expect(contents.attempt('will-frame-navigate', url), url).toBe(true)
      expect(contents.attempt('will-redirect', url), url).toBe(true)
    }
  })

  it('denies every window.open', () => {
    const contents = hardened()
    for (const url of ['https://example.com/', 'app://silicon-curtain/index.html', 'javascript:alert(1)']) {
      expect(contents.windowOpenHandler?.({ url })).toEqual({ action: 'deny' })
    }
  })

  it('refuses to attach a <webview>', () => {
    expect(hardened().attempt('will-attach-webview', {}, { src: 'https://evil.example/' })).toBe(true)
  })
})

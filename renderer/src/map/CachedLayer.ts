/**
 * A layer rendered into a texture (antialiased) and shown as one sprite. The texture
 * holds `margin` pixels of extra map on every side; between renders the sprite follows
 * the camera (a pan moves it, a zoom scales it), so dragging the map needs no render
 * until the margin runs out or the camera rests.
 */
import { type Container, Matrix, RenderTexture, type Renderer, Sprite } from 'pixi.js'
import { type Camera, imageCoversScreen, placeCachedImage, type Size } from './camera'

export class CachedLayer {
  readonly sprite: Sprite
  private readonly texture: RenderTexture
  private renderedFor: { camera: Camera; scale: number } | null = null
  private screen: Size = { width: 1, height: 1 }

  constructor(
    private readonly root: Container,
    private readonly margin: number,
    resolution: number,
    label: string,
  ) {
    this.texture = RenderTexture.create({ width: 1, height: 1, resolution, antialias: true })
    this.sprite = new Sprite({ texture: this.texture, label })
  }

  resize(screen: Size, resolution: number): void {
    this.screen = screen
    this.texture.resize(screen.width + 2 * this.margin, screen.height + 2 * this.margin, resolution)
    this.renderedFor = null
  }

  /** Renders the root (laid out for `camera`) into the texture. */
  render(renderer: Renderer, camera: Camera, scale: number): void {
    const transform = new Matrix().translate(this.margin, this.margin)
    renderer.render({ container: this.root, target: this.texture, clear: true, clearColor: [0, 0, 0, 0], transform })
    this.renderedFor = { camera: { ...camera }, scale }
    this.sprite.scale.set(1)
    this.sprite.position.set(-this.margin, -this.margin)
  }

  /** Moves the sprite to match `camera`; answers false when it no longer covers the screen. */
  follow(camera: Camera, scale: number): boolean {
    if (this.renderedFor === null) return false
    const place = placeCachedImage(this.renderedFor.camera, this.renderedFor.scale, camera, scale, this.screen, this.margin)
    this.sprite.scale.set(place.scale)
    this.sprite.position.set(place.x, place.y)
    const size = { width: this.screen.width + 2 * this.margin, height: this.screen.height + 2 * this.margin }
    return imageCoversScreen(place, size, this.screen)
  }

  destroy(): void {
    this.sprite.destroy()
    this.texture.destroy(true)
  }
}

/**
 * Keeps a failure inside one part of the screen (a lazily loaded chunk that did not arrive, a
 * bad figure): that part shows `fallback`, the rest of the game goes on.
 */
import { Component } from 'react'

export class ErrorBoundary extends Component<{ fallback: React.ReactNode; children: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false }
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true }
  }
  override render(): React.ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children
  }
}

/**
 * electron-builder: installers for Linux (AppImage, deb), Windows (NSIS) and macOS (dmg).
 * `npm run dist` runs `electron-vite build` then this; it needs Electron's download, so
 * it cannot run on the offline build machines (tests/security/packaging.test.ts checks
 * this file instead).
 *
 * Security (docs/security.md): the app ships as one asar holding only the built bundles
 * and package.json, and Electron's fuses are flipped at package time so a packaged app
 * cannot be turned into a Node runtime, debugged from the command line, or made to load
 * code from outside its (integrity-checked) asar.
 */

/** @type {import('electron-builder').Configuration} */
module.exports = {
  appId: 'com.siliconcurtain.game',
  productName: 'Silicon Curtain',
  copyright: 'Copyright © 2026 the Silicon Curtain authors',
  directories: { output: 'dist', buildResources: 'build' },
  // Vite bundles main, preload and renderer into out/; nothing else is needed at run time
  // except the `dependencies` main loads (electron-builder adds those itself).
  files: ['out/**', '!out/**/*.map', 'package.json'],
  // The base game's JSON ships beside the asar (resources/game-data/base), readable by the
  // host and by players who want to see how it is made; mods live in userData.
  extraResources: [{ from: 'game-data/base', to: 'game-data/base', filter: ['**/*.json'] }],
  asar: true,
  // Pure JavaScript: no native modules to rebuild.
  npmRebuild: false,
  icon: 'build/icons/icon.png',

  electronFuses: {
    runAsNode: false,
    enableCookieEncryption: true,
    enableNodeOptionsEnvironmentVariable: false,
    enableNodeCliInspectArguments: false,
    enableEmbeddedAsarIntegrityValidation: true,
    onlyLoadAppFromAsar: true,
    // The page is served from app://, never file://, so file:// needs no extra powers.
    grantFileProtocolExtraPrivileges: false,
  },

  linux: {
    target: ['AppImage', 'deb'],
    category: 'Game',
    icon: 'build/icons/icon.png',
    maintainer: 'Silicon Curtain authors <silicon-curtain@users.noreply.github.com>',
    synopsis: 'A turn-based strategy wargame about the AI chip race.',
  },
  deb: { priority: 'optional' },
  appImage: { artifactName: '${productName}-${version}-${arch}.${ext}' },

  win: {
    target: [{ target: 'nsis', arch: ['x64'] }],
    icon: 'build/icons/icon.png',
  },
  nsis: {
    oneClick: false,
    perMachine: false,
    allowToChangeInstallationDirectory: true,
    artifactName: '${productName}-Setup-${version}.${ext}',
  },

  mac: {
    target: ['dmg'],
    category: 'public.app-category.strategy-games',
    icon: 'build/icons/icon.png',
    hardenedRuntime: true,
  },
  dmg: { artifactName: '${productName}-${version}-${arch}.${ext}' },
}

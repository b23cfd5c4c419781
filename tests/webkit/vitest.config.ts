// The WebKit suite (`npm run test:webkit`, after `npx vite build`): Vitest
// runs the spec files one after another against MiniBrowser through
// WebKitWebDriver; see tests/webkit/README.md.
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    name: 'webkit',
    include: ['tests/webkit/**/*.spec.ts'],
    environment: 'node',
    globalSetup: ['tests/webkit/globalSetup.ts'],
    setupFiles: ['tests/webkit/setup.ts'],
    // One browser at a time: the machine is small and the port is one.
    fileParallelism: false,
    testTimeout: 300_000,
    hookTimeout: 90_000,
  },
})

import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
})

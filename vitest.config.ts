import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'
import { DECK_TEST_GLOB } from './scripts/shared/deckFolders'

export default defineConfig({
  test: {
    projects: [
      {
        // Compiles .vue files for the component tests (tests/unit/components, happy-dom per file).
        plugins: [vue()],
        test: {
          name: 'unit',
          sequence: { groupOrder: 0 },
          include: [DECK_TEST_GLOB, 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'tests/support/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
          // Headroom for a loaded 2-core machine (font subsetting and the scaffold's nested build run in
          // parallel with the rest); a limit, not a speed target.
          testTimeout: 30_000,
        },
      },
      {
        // Real-browser suite against the built deck. Runs after the unit
        // project, one file at a time: one Chromium, and the build happens once in globalSetup.
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/globalSetup.ts'],
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        // Distribution: exports (PDF, notes PDF, PPTX), the build behind nginx and the one-file deck and
        // meeting pack (npm run pack). Slow, so last and
        // one file at a time; each file makes its own output once in beforeAll.
        test: {
          name: 'dist',
          include: ['tests/export/**/*.test.ts', 'tests/hosting/**/*.test.ts', 'tests/pack/**/*.test.ts'],
          environment: 'node',
          sequence: { groupOrder: 2 },
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 900_000,
        },
      },
    ],
  },
})

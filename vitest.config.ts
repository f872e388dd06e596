import vue from '@vitejs/plugin-vue'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        // Compiles .vue files for the component tests (tests/unit/components, happy-dom per file).
        plugins: [vue()],
        test: {
          name: 'unit',
          include: ['logic/**/*.test.ts', 'content/**/*.test.ts', 'scripts/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
    ],
  },
})

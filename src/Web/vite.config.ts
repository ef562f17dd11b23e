import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

const page = (name: string) => fileURLToPath(new URL(name, import.meta.url));

export default defineConfig({
  base: '/',
  plugins: [react()],
  build: {
    outDir: '../Api/wwwroot',
    emptyOutDir: true,
    // GraphiQL (with its editor) is one ~800 kB chunk, loaded only by /graphql/ui.
    chunkSizeWarningLimit: 1000,
    rolldownOptions: {
      input: { index: page('index.html'), graphiql: page('graphiql.html') },
      // GraphiQL's react-compiler-runtime carries a "use no memo" directive that bundling drops harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: {
    // `npm run dev` talks to a backend started with the README's run command.
    proxy: {
      '^/graphql$': { target: 'https://localhost:5001', secure: false },
      '^/files(/|\\?)': { target: 'https://localhost:5001', secure: false },
      '^/audit/export': { target: 'https://localhost:5001', secure: false },
    },
  },
  test: {
    environment: 'jsdom',
    setupFiles: ['src/test-setup.ts'],
    // A zone away from UTC, so the datetime-local -> ISO conversion is really exercised.
    env: { TZ: 'Asia/Kolkata' },
  },
});

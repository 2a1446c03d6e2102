import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const dkfdsDist = fileURLToPath(new URL('./node_modules/dkfds/dist/', import.meta.url));

// The web app: source in web/, built into dist/web, which the Fastify server serves.
// dkfds exports only its JS, so `dkfds/dist/...` is aliased to reach its CSS, fonts and icons.
export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  resolve: {
    alias: [{ find: /^dkfds\/dist\//, replacement: dkfdsDist }],
  },
  build: {
    outDir: fileURLToPath(new URL('./dist/web', import.meta.url)),
    emptyOutDir: true,
    // Never inline assets as data: URIs; everything is served from 'self'.
    assetsInlineLimit: 0,
  },
  server: {
    proxy: { '/api': 'http://localhost:3000' },
  },
});

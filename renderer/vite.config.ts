// Vite build of the renderer: relative asset paths so it loads from file:// (Electron) and from http (browser mode).
// `--mode bench` adds the canvas benchmark page as a second input and builds into dist/bench, never into the app.
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/** In `vite dev` only, styles are injected inline and HMR talks over ws: relax the CSP there, never in a build. */
const devCsp = (): Plugin => ({
  name: 'socle-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("connect-src 'self'", "connect-src 'self' ws: http://localhost:*"),
});

export default defineConfig(({ mode }) => {
  const bench = mode === 'bench';
  return {
    root: import.meta.dirname,
    base: './',
    plugins: [react(), devCsp()],
    build: {
      outDir: bench ? '../dist/bench' : '../dist/renderer',
      emptyOutDir: true,
      target: 'chrome120',
      sourcemap: false,
      // Loaded from disk, never over a network: one bundle is fine.
      chunkSizeWarningLimit: 2000,
      // room.html is the participants' phone page, served alone by the room's listener.
      rollupOptions: {
        input: {
          main: `${import.meta.dirname}/index.html`,
          room: `${import.meta.dirname}/room.html`,
          ...(bench ? { canvas: `${import.meta.dirname}/bench/canvas.html` } : {}),
        },
      },
    },
    server: { host: '127.0.0.1' },
  };
});

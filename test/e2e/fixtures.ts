// A fresh Socle in browser mode for each test, on its own library folder, that a test can restart.
import { test as base, expect } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HOST_V8_FLAGS } from '../../electron/host/v8-flags';

const root = join(import.meta.dirname, '..', '..');

export interface Socle {
  url: string;
  dataDir: string;
  /** Stops the server and starts it again on the same library, as closing and reopening the app. */
  restart(whileStopped?: () => void): Promise<string>;
}

function launch(dataDir: string, language: string): Promise<{ child: ChildProcess; url: string }> {
  // node itself runs the server (tsx as a loader), so stopping the child stops the server.
  const child = spawn(
    process.execPath,
    [...HOST_V8_FLAGS, '--import', 'tsx', join(root, 'electron', 'web', 'cli.ts'), '--data-dir', dataDir],
    {
      cwd: root,
      env: { ...process.env, LANG: language, SOCLE_PORT: '0', SOCLE_ROOM_ADDRESS: '127.0.0.1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  return new Promise((done, fail) => {
    let out = '';
    const timer = setTimeout(() => fail(new Error(`Socle did not start in time:\n${out}`)), 30_000);
    const read = (chunk: Buffer) => {
      out += chunk.toString();
      const match = /Socle: (http:\/\/127\.0\.0\.1:\d+\/\?token=\S+)/.exec(out);
      if (match) {
        clearTimeout(timer);
        done({ child, url: match[1]! });
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.on('exit', (code) => fail(new Error(`Socle exited with ${code}:\n${out}`)));
  });
}

function stop(child: ChildProcess): Promise<void> {
  return new Promise((done) => {
    if (child.exitCode !== null) return done();
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });
}

export const test = base.extend<{ socle: Socle; language: string }>({
  language: ['fr_FR.UTF-8', { option: true }],
  socle: async ({ language }, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'socle-e2e-'));
    let current = await launch(dataDir, language);
    const socle: Socle = {
      get url() {
        return current.url;
      },
      dataDir,
      async restart(whileStopped) {
        await stop(current.child);
        whileStopped?.();
        current = await launch(dataDir, language);
        return current.url;
      },
    };
    await use(socle);
    await stop(current.child);
    rmSync(dataDir, { recursive: true, force: true });
  },
});

export { expect };

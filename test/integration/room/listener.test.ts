// The room's listener from a participant's side, and what a hostile phone cannot do through it.
import { afterEach, describe, expect, it } from 'vitest';
import { CALL_NAMES, GUEST_MAX_BODY_BYTES } from '../../../shared/api';
import { must } from '../../helpers/host';
import { guest, openRoom, send } from './kit';

let current: Awaited<ReturnType<typeof openRoom>> | null = null;
afterEach(() => {
  current?.host.dispose();
  current = null;
});

async function joined(name: 'alice' | 'anonymous' = 'alice') {
  const room = (current = await openRoom());
  const reply = await guest(room.port, 'guest.join', { code: room.code, participantId: name === 'alice' ? room.alice.id : null });
  expect(reply.json.ok).toBe(true);
  const token = reply.json.ok ? String(reply.json.value.token) : '';
  return { ...room, token };
}

describe('room listener', () => {
  it('listens on loopback, serves the page and its own files, and nothing of the facilitator app', async () => {
    const room = (current = await openRoom());
    expect(room.url).toBe(`http://127.0.0.1:${room.port}/`);
    const page = await send(room.port, '/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Room</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect((await send(room.port, '/assets/room-1.js')).status).toBe(200);
    expect((await send(room.port, '/assets/shared-2.js')).status).toBe(200);
    for (const path of [
      '/index.html',
      '/assets/index-3.js',
      '/api/library.list',
      '/../index.html',
      '/%2e%2e/index.html',
      '/assets/../index.html',
      '/room.html/../index.html',
    ]) {
      expect((await send(room.port, path)).status, path).toBe(404);
    }
  });

  it('joins with the code, by name or anonymously, and shows the current step', async () => {
    const room = (current = await openRoom());
    const welcome = await guest(room.port, 'guest.welcome', { code: room.code });
    expect(welcome.json).toMatchObject({ ok: true, value: { workshopTitle: 'Comité de direction' } });
    expect(JSON.stringify(welcome.json)).toContain('Alice');
    const named = await guest(room.port, 'guest.join', { code: room.code, participantId: room.bob.id });
    expect(named.json).toMatchObject({ ok: true, value: { name: 'Bob' } });
    const anonymous = await guest(room.port, 'guest.join', { code: room.code });
    expect(anonymous.json).toMatchObject({ ok: true, value: { name: null } });
    const token = anonymous.json.ok ? String(anonymous.json.value.token) : '';
    const view = await guest(room.port, 'guest.current', {}, token);
    expect(view.json).toMatchObject({ ok: true, value: { step: 'objectives', name: null, round: null } });
    expect((await must(room.host, 'room.state', {})).joined.map((j) => j.name)).toEqual(['Bob', null]);
  });

  it('refuses a wrong code and locks an address out after five tries, even with the right code then', async () => {
    const room = (current = await openRoom());
    const wrong = room.code === '000000' ? '000001' : '000000';
    for (let i = 0; i < 5; i++) {
      const reply = await guest(room.port, 'guest.join', { code: wrong });
      expect(reply.status).toBe(403);
      expect(reply.json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const locked = await guest(room.port, 'guest.join', { code: room.code });
    expect(locked.status).toBe(429);
    expect(locked.json).toMatchObject({ ok: false, error: { code: 'rate_limited' } });
    expect((await must(room.host, 'room.state', {})).joined).toEqual([]);
  });

  it('a brute force of the code gets nowhere: 200 guesses, 5 answered, no one joins', async () => {
    const room = (current = await openRoom());
    let answered = 0;
    for (let i = 0; i < 200; i++) {
      const code = String(i).padStart(6, '0');
      if (code === room.code) continue;
      const reply = await guest(room.port, 'guest.join', { code });
      if (reply.status === 403) answered += 1;
      expect(reply.json.ok).toBe(false);
    }
    expect(answered).toBeLessThanOrEqual(5);
    expect((await must(room.host, 'room.state', {})).joined).toEqual([]);
  });

  it('answers no facilitator call, with or without a participant token', async () => {
    const room = await joined();
    const before = (await must(room.host, 'library.list', {})).length;
    for (const path of ['/api/workshop.get', '/api/backup.list', '/api/export.run']) {
      const reply = await send(room.port, path, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-room-token': room.token },
        body: '{}',
      });
      expect(reply.status, path).toBe(404);
    }
    // There are more facilitator calls than one address's burst: a call the limiter holds back is asked again
    // once the bucket refills, so every call gets its real answer.
    for (const name of CALL_NAMES) {
      let reply = await guest(room.port, name, { workshopId: room.workshop.id }, room.token);
      while (reply.status === 429) {
        await new Promise((r) => setTimeout(r, 100));
        reply = await guest(room.port, name, { workshopId: room.workshop.id }, room.token);
      }
      expect(reply.json, name).toMatchObject({ ok: false, error: { code: 'unknown_call' } });
    }
    expect((await must(room.host, 'library.list', {})).length).toBe(before);
  });

  it('refuses a foreign Host or Origin (DNS rebinding, cross-site posts) and non-JSON bodies', async () => {
    const room = await joined();
    expect((await guest(room.port, 'guest.current', {}, room.token, { host: 'evil.example:80' })).status).toBe(403);
    expect((await guest(room.port, 'guest.current', {}, room.token, { origin: 'http://evil.example' })).status).toBe(403);
    const form = await send(room.port, '/g/guest.idea', {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', 'x-room-token': room.token },
      body: 'text=hello',
    });
    expect(form.status).toBe(415);
  });

  it('refuses oversized and malformed payloads and changes nothing', async () => {
    const room = await joined();
    const big = await guest(room.port, 'guest.idea', { text: 'x'.repeat(GUEST_MAX_BODY_BYTES + 10) }, room.token);
    expect(big.status).toBe(413);
    const long = await guest(room.port, 'guest.idea', { text: 'x'.repeat(501) }, room.token);
    expect(long.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    const broken = await send(room.port, '/g/guest.idea', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-room-token': room.token },
      body: '{"text": ',
    });
    expect(broken.status).toBe(400);
    for (const input of [{ text: 42 }, { text: '   ' }, { text: 'ok', extra: 1 }, [], null, 'text']) {
      const reply = await guest(room.port, 'guest.idea', input, room.token);
      expect(reply.json.ok, JSON.stringify(input)).toBe(false);
    }
    const vote = await guest(room.port, 'guest.vote', { roundId: '../x', cardId: 'y' }, room.token);
    expect(vote.json).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect((await must(room.host, 'room.state', {})).inbox).toEqual([]);
  });

  it('keeps what a participant writes as text: markup arrives as the same characters, never interpreted', async () => {
    const room = await joined();
    const text = '<img src=x onerror=alert(1)> & <b>bold</b>';
    expect((await guest(room.port, 'guest.idea', { text }, room.token)).json.ok).toBe(true);
    expect((await must(room.host, 'room.state', {})).inbox[0]?.text).toBe(text);
  });

  it('cuts every participant off when the room closes, and stops listening', async () => {
    const room = await joined();
    await must(room.host, 'room.close', {});
    await expect(guest(room.port, 'guest.current', {}, room.token)).rejects.toThrow();
    // Reopened (a new code, a new port): the old token is dead.
    await must(room.host, 'room.open', { workshopId: room.workshop.id, step: 'context' });
    const url = await new Promise<string>((done) => {
      const stop = room.host.room.subscribe(() => room.host.room.url && (stop(), done(room.host.room.url)));
    });
    const port = Number(new URL(url).port);
    const after = await guest(port, 'guest.current', {}, room.token);
    expect(after.status).toBe(403);
    expect(after.json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
  });

  it('a removed participant is cut off; a locked room lets no one new in', async () => {
    const room = await joined();
    const guestId = (await must(room.host, 'room.state', {})).joined[0]?.id ?? '';
    await must(room.host, 'room.lock', { locked: true });
    expect((await guest(room.port, 'guest.join', { code: room.code })).json).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect((await guest(room.port, 'guest.current', {}, room.token)).json.ok).toBe(true);
    await must(room.host, 'room.remove', { guestId });
    expect((await guest(room.port, 'guest.current', {}, room.token)).status).toBe(403);
  });

  it('a flood from one phone is cut by its limits, and another phone still gets in', async () => {
    const room = await joined('anonymous');
    const replies = await Promise.all(
      Array.from({ length: 300 }, (_, i) => guest(room.port, 'guest.idea', { text: `spam ${i}` }, room.token)),
    );
    const accepted = replies.filter((r) => r.json.ok).length;
    expect(accepted).toBeGreaterThan(0);
    expect(accepted).toBeLessThanOrEqual(10);
    expect(replies.filter((r) => r.status === 429).length).toBeGreaterThan(250);
    expect((await must(room.host, 'room.state', {})).inbox.length).toBe(accepted);
    // Another phone is not punished for its neighbour.
    const other = await guest(room.port, 'guest.join', { code: room.code, participantId: room.bob.id }, undefined, {}, '127.0.0.2');
    expect(other.json.ok).toBe(true);
  });
});

// Where the room listens when a person opens it, and which requests its guard lets through.
import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { judgeRoom, lanAddress } from '../../../electron/web/room/guard';

const nic = (address: string, internal = false, family: string | number = 'IPv4') => ({ address, internal, family });

describe('lanAddress', () => {
  it('picks a private IPv4 address of the laptop, never loopback nor IPv6', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)], wlan0: [nic('fe80::1', false, 'IPv6'), nic('192.168.43.12')] })).toBe(
      '192.168.43.12',
    );
    expect(lanAddress({ eth0: [nic('203.0.113.9')], wlan0: [nic('10.1.2.3')] })).toBe('10.1.2.3');
    expect(lanAddress({ docker: [nic('172.17.0.1')] })).toBe('172.17.0.1');
  });

  it('answers null with no network at all (the caller then stays on loopback)', () => {
    expect(lanAddress({ lo: [nic('127.0.0.1', true)] })).toBeNull();
  });
});

describe('judgeRoom', () => {
  const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
  it('lets through its own Host and Origin only', () => {
    expect(judgeRoom(req({ host: '192.168.1.5:4000' }), '192.168.1.5:4000')).toEqual({ allowed: true });
    expect(judgeRoom(req({ host: '192.168.1.5:4000', origin: 'http://192.168.1.5:4000' }), '192.168.1.5:4000')).toEqual({ allowed: true });
    expect(judgeRoom(req({ host: 'evil.test:4000' }), '192.168.1.5:4000')).toMatchObject({ allowed: false, status: 403 });
    expect(judgeRoom(req({ host: '192.168.1.5:4000', origin: 'http://evil.test' }), '192.168.1.5:4000')).toMatchObject({ allowed: false });
  });
});

// The renderer's subscribe: one stream per page, payloads checked against the contract, unsubscribe works.
import { describe, expect, it } from 'vitest';
import { CLIENT_ID_PATTERN, type EventPayload } from '../../shared/api';
import { createBridgeFeed, createSseFeed, newClientId, type EventSourceLike } from './events';

function fakeSource() {
  const opened: string[] = [];
  const listeners = new Map<string, ((event: { data: string }) => void)[]>();
  const open = (url: string): EventSourceLike => {
    opened.push(url);
    return {
      addEventListener: (type, listener) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
      close: () => {},
    };
  };
  const fire = (type: string, data: string) => (listeners.get(type) ?? []).forEach((l) => l({ data }));
  return { open, opened, fire };
}

const WORKSHOP = '11111111-1111-4111-8111-111111111111';
const change = (by: string): EventPayload<'workshop.changed'> => ({
  workshopId: WORKSHOP,
  call: 'card.update',
  rows: [{ table: 'cards', key: { id: 'c1' }, removed: false }],
  whole: false,
  by,
  revision: 3,
});

describe('createSseFeed', () => {
  it('opens one stream with the secret and the client id, and hands each handler its typed payload', () => {
    const source = fakeSource();
    const feed = createSseFeed({ open: source.open, token: 's3cret', clientId: 'tab1' });
    const heard: string[] = [];
    const stop = feed.subscribe('workshop.changed', (e) => heard.push(`${e.by}@${e.revision}`));
    feed.subscribe('app.command', (e) => heard.push(e.command));
    expect(source.opened).toEqual(['/events?client=tab1&token=s3cret']);
    source.fire('workshop.changed', JSON.stringify(change('tab2')));
    source.fire('app.command', JSON.stringify({ command: 'undo' }));
    expect(heard).toEqual(['tab2@3', 'undo']);
    stop();
    source.fire('workshop.changed', JSON.stringify(change('tab2')));
    expect(heard).toEqual(['tab2@3', 'undo']);
  });

  it('drops payloads that break the contract or are not JSON, and refuses unknown event names', () => {
    const source = fakeSource();
    const feed = createSseFeed({ open: source.open, token: null, clientId: 'tab1' });
    const heard: unknown[] = [];
    feed.subscribe('workshop.changed', (e) => heard.push(e));
    source.fire('workshop.changed', JSON.stringify({ workshopId: 'x', rows: 'all' }));
    source.fire('workshop.changed', '{not json');
    expect(heard).toEqual([]);
    expect(() => feed.subscribe('not.an.event' as 'app.command', () => {})).toThrow('There is no event named "not.an.event"');
  });
});

describe('createBridgeFeed', () => {
  it('checks what the preload hands over before the handler sees it', () => {
    let deliver: (raw: unknown) => void = () => {};
    const feed = createBridgeFeed({
      clientId: 'win1',
      subscribe: ((_name: string, handler: (raw: unknown) => void) => {
        deliver = handler;
        return () => {};
      }) as never,
    });
    const heard: string[] = [];
    feed.subscribe('file.opened', (e) => heard.push(e.path));
    deliver({ workshopId: WORKSHOP, path: '/tmp/a.socle' });
    deliver({ workshopId: 42 });
    expect(heard).toEqual(['/tmp/a.socle']);
    expect(feed.clientId).toBe('win1');
  });
});

it('makes client ids the host accepts', () => {
  expect(newClientId()).toMatch(CLIENT_ID_PATTERN);
  expect(newClientId()).not.toBe(newClientId());
});

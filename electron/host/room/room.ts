// The room's state on the host: open, locked or closed, its code, who joined (by token), the inbox, the pulse.
// A room lives as long as the host; the inbox alone is stored (room/inbox.ts), since a phone was told its idea
// arrived. Everything else a room adds to a workshop goes through the ordinary journaled calls.
import { randomBytes, randomInt, timingSafeEqual } from 'node:crypto';
import type { InboxIdea, RoomState } from '../../../shared/api';
import type { StepId } from '../../../shared/model';
import { Buckets, CodeGuard } from './limits';

/** Starts and stops the participants' listener; the host knows nothing of sockets. */
export interface RoomNetwork {
  /** Starts listening; calls `ready(url)` once it listens, or `failed(message)`. */
  open(ready: (url: string) => void, failed: (message: string) => void): void;
  /** Stops listening at once and drops every open connection. */
  close(): void;
}

export interface Guest {
  id: string;
  token: string;
  roomId: string;
  workshopId: string;
  participantId: string | null;
  name: string | null;
  joinedAt: number;
  ideas: number;
  objections: number;
  /** Votes cast per round by this phone (anonymous rounds are counted here). */
  votes: Map<string, number>;
}

export interface Pulse {
  id: string;
  question: string;
  open: boolean;
  answers: Map<string, number>;
}

export const MAX_GUESTS = 200;
export const MAX_INBOX = 2_000;
export const MAX_IDEAS_PER_GUEST = 200;
export const MAX_OBJECTIONS_PER_GUEST = 30;

export class Room {
  status: RoomState['status'] = 'closed';
  id: string | null = null;
  workshopId: string | null = null;
  code: string | null = null;
  url: string | null = null;
  step: StepId | null = null;
  problem: string | null = null;
  pulse: Pulse | null = null;
  readonly guests = new Map<string, Guest>();
  readonly codes: CodeGuard;
  /** Every participant call, per participant (or per address before joining). */
  readonly calls: Buckets;
  /** Ideas and objections, per participant. */
  readonly writes: Buckets;
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly now: () => number,
    readonly newId: () => string,
    private readonly network: RoomNetwork | null,
    /** The ideas waiting in a workshop's inbox, as the library holds them. */
    private readonly ideas: (workshopId: string) => InboxIdea[] = () => [],
  ) {
    this.codes = new CodeGuard(now);
    this.calls = new Buckets(now, 20, 8);
    this.writes = new Buckets(now, 6, 1);
  }

  get available(): boolean {
    return this.network !== null;
  }

  open(workshopId: string, step: StepId): void {
    if (this.status !== 'closed') this.close();
    this.status = 'open';
    this.id = this.newId();
    this.workshopId = workshopId;
    this.step = step;
    this.code = String(randomInt(0, 1_000_000)).padStart(6, '0');
    this.url = null;
    this.problem = null;
    const roomId = this.id;
    this.network?.open(
      (url) => {
        if (this.id !== roomId) return;
        this.url = url;
        this.changed();
      },
      (message) => {
        if (this.id !== roomId) return;
        this.problem = message;
        this.changed();
      },
    );
    this.changed();
  }

  /** Closes at once: the listener stops and every token dies. The inbox is kept for the facilitator. */
  close(): void {
    if (this.status === 'closed') return;
    this.network?.close();
    this.status = 'closed';
    this.id = null;
    this.code = null;
    this.url = null;
    this.pulse = null;
    this.guests.clear();
    this.codes.clear();
    this.calls.clear();
    this.writes.clear();
    this.changed();
  }

  /** While closed, the state speaks of this workshop (the one the facilitator has open): its inbox outlives the room. */
  show(workshopId: string): void {
    if (this.status !== 'closed' || this.workshopId === workshopId) return;
    this.workshopId = workshopId;
    this.changed();
  }

  /** Compares the code in constant time. */
  codeMatches(code: string): boolean {
    if (!this.code || this.status === 'closed') return false;
    const a = Buffer.from(code);
    const b = Buffer.from(this.code);
    return a.length === b.length && timingSafeEqual(a, b);
  }

  admit(participantId: string | null, name: string | null): Guest {
    const guest: Guest = {
      id: this.newId(),
      token: randomBytes(24).toString('base64url'),
      roomId: this.id ?? '',
      workshopId: this.workshopId ?? '',
      participantId,
      name,
      joinedAt: this.now(),
      ideas: 0,
      objections: 0,
      votes: new Map(),
    };
    this.guests.set(guest.token, guest);
    this.changed();
    return guest;
  }

  /** The participant behind a token, only while this very room (and workshop) is open. */
  guest(token: string | null): Guest | null {
    if (!token || this.status === 'closed') return null;
    const guest = this.guests.get(token);
    if (!guest || guest.roomId !== this.id || guest.workshopId !== this.workshopId) return null;
    return guest;
  }

  remove(guestId: string): boolean {
    for (const [token, guest] of this.guests) {
      if (guest.id === guestId) {
        this.guests.delete(token);
        this.changed();
        return true;
      }
    }
    return false;
  }

  state(): RoomState {
    const counts = [0, 0, 0, 0, 0];
    for (const value of this.pulse?.answers.values() ?? []) counts[value - 1] = (counts[value - 1] ?? 0) + 1;
    return {
      status: this.status,
      workshopId: this.workshopId,
      code: this.code,
      url: this.url,
      step: this.step,
      joined: [...this.guests.values()].map((g) => ({ id: g.id, name: g.name, joinedAt: g.joinedAt })),
      inbox: this.workshopId ? this.ideas(this.workshopId) : [],
      pulse: this.pulse ? { id: this.pulse.id, question: this.pulse.question, open: this.pulse.open, counts } : null,
      problem: this.problem,
    };
  }

  /** Tells the listener something changed; it reads `state()` when it wants (a busy room changes often). */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  changed(): void {
    for (const listener of this.listeners) listener();
  }
}

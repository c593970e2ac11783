/**
 * Platform powers the core needs but must not take for itself, so that tests,
 * the CLI, the host and Electron can each supply their own.
 */
export type Clock = {
  /** Current time. Deadlines and timestamps never read the system clock directly. */
  now(): Date;
};

export type IdSource = {
  /** A new UUIDv7 (time-ordered, unique across offices). */
  next(): string;
};

export type Ports = { clock: Clock; ids: IdSource };

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

/**
 * Opens a file the core wrote (a generated .docx) with the desktop's default
 * program, Word or WPS, from which the clerk prints. Electron's main process
 * implements it with `shell.openPath`; the loopback host and the CLI have none
 * (a browser downloads the file instead). Resolves to null, or the system's
 * reason it could not open the file.
 */
export type DocumentOpener = { open(file: string): Promise<string | null> };

/**
 * Where the office keeps its secrets (the bundle signing key, the pseudonym key).
 * Electron's main process implements it with `safeStorage` (the OS keystore);
 * Node (host, CLI, tests) uses key files readable only by their owner
 * (`sync/file-secret-store.ts`). Secrets are never written to the database or logs.
 */
export type SecretStore = {
  /** Where the secrets live, for messages (a folder, or "the OS keystore"). */
  readonly location: string;
  /** The secret stored under `name`, or null when there is none yet. */
  read(name: string): Promise<Buffer | null>;
  /**
   * Stores `value` under `name` unless a secret is already there, and returns the
   * one that is stored: a key, once made, is never replaced (that would break the
   * office's signature chain and its pseudonyms).
   */
  createIfAbsent(name: string, value: Buffer): Promise<Buffer>;
};

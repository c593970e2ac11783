import { v7 as uuidv7 } from 'uuid';
import type { Ports } from '../ports';

/** mulberry32: a tiny, well-known PRNG; the demo needs repeatability, not secrecy. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Ports whose clock and ids follow from the seed, so two demo runs with the same
 * seed write the same rows and the same change log.
 */
export function seededPorts(seed: number, random: () => number): Ports {
  let t = Date.UTC(2026, 0, 5, 0, 30) + (seed % 1000) * 60_000;
  return {
    clock: {
      now: () => {
        t += 37_000;
        return new Date(t);
      },
    },
    ids: {
      next: () => uuidv7({ msecs: t, random: Uint8Array.from({ length: 16 }, () => Math.floor(random() * 256)) }),
    },
  };
}

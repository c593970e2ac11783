import { contract } from '#shared/ipc/contract';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';

describe('the contract', () => {
  const entries = Object.entries(contract);

  it('names every channel <domain>:<verb>[-<noun>] in kebab-case', () => {
    for (const [name] of entries) expect(name).toMatch(/^[a-z]+:[a-z]+(-[a-z]+)*$/);
  });

  it('takes an object that refuses unknown keys on every channel', () => {
    for (const [name, p] of entries) {
      const result = p.input.safeParse({ __junk: 1 });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues.some((i) => i.code === 'unrecognized_keys'), name).toBe(true);
    }
  });

  it('exports a JSON Schema for every input', () => {
    for (const [name, p] of entries) {
      const schema = z.toJSONSchema(p.input, { io: 'input', unrepresentable: 'any' }) as { type?: string; additionalProperties?: unknown };
      expect(schema.type, name).toBe('object');
      expect(schema.additionalProperties, name).toBe(false);
    }
  });

  it('declares who may call each channel, and only sign-in screens are public', () => {
    const publicChannels = entries.filter(([, p]) => p.access === 'public').map(([n]) => n).sort();
    expect(publicChannels).toEqual(['auth:bootstrap', 'auth:sign-in', 'auth:status', 'system:info']);
  });

  it('marks every create/update/delete channel as mutating, and lists/gets as not', () => {
    for (const [name, p] of entries) {
      const verb = name.split(':')[1]!.split('-')[0]!;
      if (['create', 'update', 'delete', 'reset', 'bootstrap'].includes(verb)) expect(p.mutates, name).toBe(true);
      if (['list', 'get', 'status', 'info', 'check'].includes(verb)) expect(p.mutates, name).toBe(false);
    }
  });
});

import { createFileHandleRegistry } from '#core/files/file-handles';
import { isFileHandle } from '#shared/ipc/file-handles';
import { describe, expect, it } from 'vitest';
import { FILE_DIALOGS, FOLDER_DIALOG } from '../../electron/main/file-dialog-options';

// A fixed instant, moved by hand: the registry never reads the machine's clock.
const T0 = Date.UTC(2026, 10, 25, 6, 0, 0);

function registry(ttlMs = 60_000, max = 3) {
  let now = T0;
  const r = createFileHandleRegistry({ now: () => now, ttlMs, max });
  return { r, advance: (ms: number) => (now += ms) };
}

describe('file handle registry', () => {
  it('issues an opaque handle that resolves to the picked path for its purpose only', () => {
    const { r } = registry();
    const h = r.issue('write-dir', '/media/u/KINGSTON', 'KINGSTON');
    expect(isFileHandle(h)).toBe(true);
    expect(h).not.toContain('KINGSTON');
    expect(r.resolve(h, 'write-dir', 'directory')).toEqual({ path: '/media/u/KINGSTON', label: 'KINGSTON' });
    expect(() => r.resolve(h, 'read-file', 'file')).toThrow(/所选的不是要读取的文件/);
    expect(() => r.resolve(h, 'write-file', 'file')).toThrow(/所选的不是要保存的文件/);
  });

  it('names the field of the form in its refusal', () => {
    const { r } = registry();
    const h = r.issue('read-file', '/home/u/city-public.json', 'city-public.json');
    try {
      r.resolve(h, 'write-dir', 'directory');
      expect.unreachable();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['directory'] }] });
    }
  });

  it('expires a handle after its time, and not before', () => {
    const { r, advance } = registry(60_000);
    const h = r.issue('read-file', '/home/u/a.json', 'a.json');
    advance(59_999);
    expect(r.resolve(h, 'read-file', 'file').path).toBe('/home/u/a.json');
    advance(1);
    expect(() => r.resolve(h, 'read-file', 'file')).toThrow(/已过期/);
    expect(r.size).toBe(0);
  });

  it('refuses a handle it never issued and a string that is not a handle', () => {
    const { r } = registry();
    expect(() => r.resolve(`fh_${'A'.repeat(22)}`, 'write-dir', 'directory')).toThrow(/已过期/);
    expect(() => r.resolve('/etc', 'write-dir', 'directory')).toThrow(/重新选择/);
  });

  it('keeps at most `max` handles, the oldest making room', () => {
    const { r } = registry(60_000, 3);
    const [a, b, c, d] = ['a', 'b', 'c', 'd'].map((n) => r.issue('write-dir', `/m/${n}`, n));
    expect(r.size).toBe(3);
    expect(() => r.resolve(a!, 'write-dir', 'directory')).toThrow(/已过期/);
    for (const h of [b!, c!, d!]) expect(r.resolve(h, 'write-dir', 'directory').path).toMatch(/^\/m\/[bcd]$/);
  });

  it('issues a different handle each time, even for the same path', () => {
    const { r } = registry(60_000, 64);
    const handles = new Set(Array.from({ length: 50 }, () => r.issue('write-dir', '/m/x', 'x')));
    expect(handles.size).toBe(50);
  });
});

describe('native dialogs', () => {
  it('opens files to read, saves the registration as a new file, and picks folders to write into', () => {
    expect(FILE_DIALOGS['city-keys']).toMatchObject({ mode: 'open', purpose: 'read-file' });
    expect(FILE_DIALOGS.receipt).toMatchObject({ mode: 'open', purpose: 'read-file' });
    expect(FILE_DIALOGS.registration).toMatchObject({ mode: 'save', purpose: 'write-file' });
    expect(FOLDER_DIALOG.purpose).toBe('write-dir');
  });
});

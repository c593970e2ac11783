import { z } from 'zod';
import { procedure } from '../procedure';

const key = z.string().regex(/^[a-z][a-z0-9.-]{0,63}$/, '名称格式不正确');

export const prefsContract = {
  /** A per-operator UI setting, e.g. the disputes grid's column state. */
  'prefs:get': procedure({
    summary: '读取当前操作员的界面设置',
    input: z.strictObject({ key }),
    output: z.object({ value: z.string().nullable() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Saves a per-operator UI setting (not office data: no change log). */
  'prefs:set': procedure({
    summary: '保存当前操作员的界面设置',
    input: z.strictObject({ key, value: z.string().max(20_000, '设置内容过长') }),
    output: z.object({ saved: z.boolean() }),
    mutates: false,
    access: 'signed-in',
  }),
};

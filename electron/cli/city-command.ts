import { initCityKeys } from '#core/city/city-keys';
import { openCity } from '#core/city/city.service';
import { groupFingerprint } from '#shared/domain/sync/fingerprint';
import { AppError } from '#core/errors';
import { resolve } from 'node:path';
// --- policy (政策包) ---
import { makePolicyPack } from '#core/city/policy-pack';

export const CITY_USAGE = `  city --data-dir 目录 init                生成市级密钥（city.key、city-recovery.key、签名密钥）和 city-public.json
  city --data-dir 目录 register 文件       登记一个街道的登记文件（显示指纹供电话核对）
  city --data-dir 目录 import 文件...      导入同步包，每个文件一行：imported / already-imported / held / rejected
  city --data-dir 目录 status              各街道的导入情况（JSON）
  city --data-dir 目录 receipt 街道代码 --out 文件   写出市级签名的回执
  city --data-dir 目录 policy-pack --city 代码前4位 --holidays 文件 [--holidays 文件…] [--deadline-rules 文件] [--committee-rules 文件] [--categories 文件] [--pack-version N] [--title 标题] --out 文件
                                          用可编辑的 JSON 或 CSV 生成市级签名的政策包（版本默认为已签发的最高版本 + 1）`;

/** `city …`: the city's side, over its own directory (city.db and key files). Exit 1 when any file is rejected. */
export type CityOptions = { out?: string; holidays?: string[]; deadlineRules?: string; committeeRules?: string; categories?: string; city?: string; packVersion?: string; title?: string };

export async function cityCommand(dataDir: string | undefined, args: string[], options: CityOptions): Promise<number> {
  const [sub, ...rest] = args;
  if (!dataDir) throw new AppError('invalid-input', `市级命令必须用 --data-dir 指明市级目录。\n${CITY_USAGE}`);
  const dir = resolve(dataDir);
  if (sub === 'init' && rest.length === 0) {
    const keys = await initCityKeys(dir, new Date());
    const city = await openCity(dir);
    await city.close();
    console.log(JSON.stringify(keys, null, 2));
    console.error(`已生成市级密钥。请把 ${resolve(dir, 'city-public.json')} 发给各街道；city-recovery.key 请离线保管后从本机删除。`);
    for (const r of keys.recipients) console.error(`${r.role === 'primary' ? '主公钥' : '备用公钥'}指纹：${groupFingerprint(r.fingerprint)}`);
    console.error(`签名公钥指纹：${groupFingerprint(keys.signingKey.fingerprint)}`);
    return 0;
  }
  if (sub === 'policy-pack' && rest.length === 0 && options.out && options.city) {
    const version = options.packVersion === undefined ? undefined : Number(options.packVersion);
    if (version !== undefined && !(Number.isInteger(version) && version >= 1)) throw new AppError('invalid-input', '「--pack-version」应为正整数。');
    const r = await makePolicyPack(dir, {
      holidays: (options.holidays ?? []).map((f) => resolve(f)), deadlineRules: options.deadlineRules ? resolve(options.deadlineRules) : undefined,
      committeeRules: options.committeeRules ? resolve(options.committeeRules) : undefined,
      categories: options.categories ? resolve(options.categories) : undefined,
      cityCode: options.city, version, title: options.title, out: resolve(options.out), now: new Date(),
    });
    console.log(`已写出政策包 ${r.file}：第 ${r.version} 版${r.years.length ? `，节假日安排 ${r.years.join('、')} 年` : ''}${r.rules ? `，默认时限规则 ${r.rules} 条` : ''}${r.committee ? '，业委会审查清单与评议表' : ''}${r.categories ? `，纠纷类别 ${r.categories} 项` : ''}`);
    if (r.samples.length) console.error(`注意：${r.samples.join('、')} 年的安排标为示例，不是国务院正式公布的安排。`);
    return 0;
  }
  const usable = (sub === 'register' && rest.length === 1) || (sub === 'import' && rest.length > 0) || (sub === 'status' && rest.length === 0) || (sub === 'receipt' && rest.length === 1 && options.out);
  if (!usable) throw new AppError('invalid-input', `用法：\n${CITY_USAGE}`);
  const city = await openCity(dir);
  try {
    if (sub === 'register') {
      const r = await city.register(resolve(rest[0]!));
      console.log(`${r.already ? '已登记过' : '已登记'}：${r.code} ${r.name}\n公钥指纹：${groupFingerprint(r.fingerprint)}\n请与街道电话核对指纹。`);
      return 0;
    }
    if (sub === 'status') {
      console.log(JSON.stringify(city.status(), null, 2));
      return 0;
    }
    if (sub === 'receipt') {
      const r = city.receipt(rest[0]!, resolve(options.out!));
      console.log(`已写出回执 ${r.file}：确认第 ${r.accepted.join('、') || '（无）'} 号同步包`);
      return 0;
    }
    let rejected = false;
    for (const o of await city.importFiles(rest.map((f) => resolve(f)))) {
      if (o.status === 'imported') console.log(`imported ${o.file}：街道 ${o.office} 第 ${o.seq} 号，${o.records} 条记录${o.wasHeld ? '（此前在等待，缺口已补齐）' : ''}`);
      else if (o.status === 'already-imported') console.log(`already-imported ${o.file}：街道 ${o.office} 第 ${o.seq} 号已导入过，未作改动`);
      else if (o.status === 'held') console.log(`held ${o.file}：街道 ${o.office} 第 ${o.seq} 号暂存，缺少第 ${o.missing.join('、')} 号`);
      else {
        rejected = true;
        console.log(`rejected ${o.file}：${o.reason}`);
      }
    }
    return rejected ? 1 : 0;
  } finally {
    await city.close();
  }
}

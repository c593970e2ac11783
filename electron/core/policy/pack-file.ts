import { sha256Hex } from '../changes/change-hash';
import { AppError } from '../errors';
import { sealVerifies, unsealJson } from '../sync/signed-json';
import type { CityKeys } from '../sync/sync-documents';
import { POLICY_PACK_FORMAT, cityCodeOf, policyPackBody, unknownCategoriesOf, unknownCategoryMessage, unknownSectionsOf, type PolicyPackBody } from '#shared/domain/policy/pack.schema';

export type VerifiedPack = { body: PolicyPackBody; text: string; sha256: string };

const refuse = (code: 'invalid-input' | 'crypto' | 'conflict' | 'from-future', message: string) =>
  new AppError(code, message, [{ path: ['file'], message }]);

/**
 * Checks a pack file as the office receives it, in the order a person can act on:
 * is it a whole pack at all, is it signed by the city key this office trusts, is it
 * for this city, does this program know every section, and is it newer than the one
 * in force. Every refusal says in Chinese what to do; nothing is written here.
 */
export function verifyPack(bytes: Buffer, city: CityKeys, officeCode: string, versionInForce: number): VerifiedPack {
  const sealed = unsealJson(bytes.toString('utf8'));
  if (!sealed) throw refuse('invalid-input', '这个文件不是完整的政策包（可能只复制了一部分，或不是政策包文件）。请向市里重新索取政策包。');
  const head = sealed.body as { format?: unknown; formatVersion?: unknown } | null;
  if (!head || head.format !== POLICY_PACK_FORMAT) throw refuse('invalid-input', '这个文件不是政策包（格式标识不对）。请确认选择的是市里下发的政策包文件。');
  // The signature first: nothing a stranger wrote is read further than its format name.
  if (!sealVerifies(sealed, city.signingKey.publicKeyPem)) {
    throw refuse('crypto', '政策包的签名无法用本街道导入的市级公钥验证：文件可能被改动过，或不是本市签发的。请勿使用，向市里重新索取。');
  }
  if (typeof head.formatVersion === 'string' && !/^1\./.test(head.formatVersion)) {
    throw refuse('from-future', `政策包的格式版本 ${head.formatVersion} 比本程序新，请先升级台账程序再导入。`);
  }
  const unknown = unknownSectionsOf(sealed.body);
  if (unknown.length > 0) throw refuse('from-future', `政策包含有本程序不认识的部分（${unknown.join('、')}），请先升级台账程序再导入。`);
  // A category code this program does not know: the pack is refused whole (codes are only added by a new program).
  const unknownCodes = unknownCategoriesOf(sealed.body);
  if (unknownCodes.length > 0) throw refuse('from-future', unknownCategoryMessage(unknownCodes));
  const parsed = policyPackBody.safeParse(sealed.body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw refuse('invalid-input', `政策包内容不符合格式（${issue ? `${issue.path.join('.')}：${issue.message}` : '无法识别'}）。请向市里反映。`);
  }
  const body = parsed.data;
  if (body.cityKeyFingerprint !== city.signingKey.fingerprint) throw refuse('crypto', '政策包声明的市级签名密钥与本街道导入的不一致，请向市里核实。');
  const ours = cityCodeOf(officeCode);
  if (body.city.code !== ours) {
    throw refuse('conflict', `这份政策包是发给城市代码 ${body.city.code} 的，不是本街道所在城市（${ours}）的，不能导入。`);
  }
  if (body.version <= versionInForce) {
    throw refuse('conflict', `政策包版本 ${body.version} 不比现行版本 ${versionInForce} 新，不能导入（只能导入更新的版本）。`);
  }
  return { body, text: sealed.text, sha256: sha256Hex(bytes) };
}

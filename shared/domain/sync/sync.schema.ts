/**
 * Privacy levels of a sync bundle (同步包), lowest exposure first. The default is
 * `pseudonymous`; a director may raise it for one bundle with a written reason.
 */
export const PRIVACY_LEVELS = ['pseudonymous', 'named', 'full'] as const;
export type PrivacyLevel = (typeof PRIVACY_LEVELS)[number];
export const DEFAULT_PRIVACY_LEVEL: PrivacyLevel = 'pseudonymous';

export const PRIVACY_LEVEL_LABELS: Record<PrivacyLevel, string> = {
  pseudonymous: '去标识（默认）：不含电话和身份证号，自然人姓名以化名代替',
  named: '实名：含自然人姓名，不含电话和身份证号',
  full: '完整：含姓名、电话和身份证号',
};

/** Export progress, as `sync:export-progress` reports it. */
export const EXPORT_PHASES = ['idle', 'reading', 'packing', 'encrypting', 'writing', 'done', 'failed'] as const;
export type ExportPhase = (typeof EXPORT_PHASES)[number];
export const EXPORT_PHASE_LABELS: Record<ExportPhase, string> = {
  idle: '空闲',
  reading: '读取变更',
  packing: '打包与签名',
  encrypting: '加密',
  writing: '写入文件',
  done: '完成',
  failed: '失败',
};

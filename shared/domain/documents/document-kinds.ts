/**
 * Every kind of document the office generates into its documents folder, with the
 * Chinese title the 已生成文书 page shows and the domain that writes it: the one
 * home of these names. A dispute document's kind keeps the key its log entries
 * have always carried (`agreement`, `court-referral`); the others are prefixed by
 * their domain, since two domains both print a 结果公示.
 */
import { DOCUMENT_TITLES } from '../disputes/document-requirements';

/** The domain whose export wrote a document: its own open channel opens only its own documents. */
export const DOCUMENT_SOURCES = ['disputes', 'meetings', 'committees', 'consult'] as const;
export type DocumentSource = (typeof DOCUMENT_SOURCES)[number];

export const GENERATED_DOCUMENT_KINDS = {
  agreement: { title: DOCUMENT_TITLES.agreement, source: 'disputes' },
  'court-referral': { title: DOCUMENT_TITLES['court-referral'], source: 'disputes' },
  'meeting-sign-in': { title: '会议签到表', source: 'meetings' },
  'meeting-minutes': { title: '会议纪要', source: 'meetings' },
  'vetting-form': { title: '候选人资格审查表', source: 'committees' },
  'candidate-notice': { title: '候选人公示', source: 'committees' },
  'election-result-notice': { title: '选举结果公示', source: 'committees' },
  'consult-notice': { title: '协商结果公示', source: 'consult' },
} as const satisfies Record<string, { title: string; source: DocumentSource }>;

export type GeneratedDocumentKind = keyof typeof GENERATED_DOCUMENT_KINDS;

/** The Chinese title of a logged kind; an unknown one (a newer version's) as it was logged. */
export function generatedDocumentTitle(kind: string): string {
  return Object.hasOwn(GENERATED_DOCUMENT_KINDS, kind) ? GENERATED_DOCUMENT_KINDS[kind as GeneratedDocumentKind].title : kind;
}

/** Characters no file name may hold on Windows, macOS or Linux (and whitespace, which a clerk mistypes). */
const UNSAFE = /[\\/:*?"<>|\p{Cc}\s]+/gu;

/**
 * The file name a document is written under, from its parts (date, estate, title…):
 * what cannot stand in a file name becomes `-`, no leading dot (hidden files are
 * not listed), at most 120 characters before `.docx` — the names the documents
 * contract accepts for 删除.
 */
export function documentFileName(base: string): string {
  const name = base.replace(UNSAFE, '-').replace(/^[.-]+/, '').slice(0, 120);
  return `${name || '文书'}.docx`;
}

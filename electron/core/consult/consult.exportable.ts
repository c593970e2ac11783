import { rec, recordSchema, type Exportable } from '../sync/exportable';

/** 结果公示 in a bundle: the notice is typed text, scrubbed at the default level. */
export const CONSULT_EXPORTABLES: Exportable[] = [
  {
    entity: 'topic_publications',
    schema: recordSchema({ topic_id: rec.id, place: rec.text(500), published_from: rec.text(10), published_until: rec.text(10), notice: rec.text(20_000) }),
    privacy: { place: { kind: 'text' }, notice: { kind: 'text' } },
  },
];

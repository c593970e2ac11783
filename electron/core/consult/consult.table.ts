import type { RecordColumns } from '../db/record-columns';

/** 结果公示 of a resolved topic; dates are China calendar days, both included. */
export type TopicPublicationsTable = RecordColumns & {
  topic_id: string;
  place: string;
  published_from: string;
  published_until: string;
  /** The text posted: the resolution unless the clerk wrote another. */
  notice: string;
};

export type ConsultTables = { topic_publications: TopicPublicationsTable };
export type ConsultTable = keyof ConsultTables;

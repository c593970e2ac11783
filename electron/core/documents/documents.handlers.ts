import type { documentsContract } from '#shared/ipc/contract/documents.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { DocumentsServices } from './documents.services';

/** The generated-documents list and its purge. */
export const documentsHandlers = ({ generated }: DocumentsServices) =>
  ({
    'documents:list-generated': () => generated.list(),
    'documents:delete-generated': (i, s) => generated.deleteOne(i, actorOf(s)),
    'documents:delete-opened': (_i, s) => generated.deleteOpened(actorOf(s)),
  }) satisfies HandlersFor<typeof documentsContract>;

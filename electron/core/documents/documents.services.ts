import { join } from 'node:path';
import type { ServiceDeps } from '../service-deps';
import type { DocumentDesk } from './document-desk';
import { createGeneratedDocumentsService } from './generated-documents.service';

export type DocumentsServices = ReturnType<typeof createDocumentsServices>;

/** The documents slice: the list of generated documents and their purge, over `<data dir>/documents`, and the desk every domain writes them through. */
export const createDocumentsServices = (deps: ServiceDeps, dataDir: string, desk: DocumentDesk) => ({ generated: createGeneratedDocumentsService(deps, join(dataDir, 'documents')), desk });

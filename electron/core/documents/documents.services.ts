import { join } from 'node:path';
import type { ServiceDeps } from '../service-deps';
import { createGeneratedDocumentsService } from './generated-documents.service';

export type DocumentsServices = ReturnType<typeof createDocumentsServices>;

/** The documents slice: the list of generated documents and their purge, over `<data dir>/documents`. */
export const createDocumentsServices = (deps: ServiceDeps, dataDir: string) => ({ generated: createGeneratedDocumentsService(deps, join(dataDir, 'documents')) });

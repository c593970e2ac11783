import type { DocumentDesk } from '../documents/document-desk';
import type { ServiceDeps } from '../service-deps';
import { createConsultFilesService } from './consult-files.service';
import { createPublicationsService } from './publications.service';
import { createRequestLedgerService } from './request-ledger.service';

export type ConsultServices = ReturnType<typeof createConsultServices>;

/** 结果公示 and 诉求响应台账, over the meetings domain's topics. */
export function createConsultServices(deps: ServiceDeps, dataDir: string, desk: DocumentDesk) {
  const publications = createPublicationsService(deps);
  const requests = createRequestLedgerService(deps);
  return { publications, requests, files: createConsultFilesService(deps, publications, requests, dataDir, desk) };
}

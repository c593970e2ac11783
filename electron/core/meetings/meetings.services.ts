import type { DocumentDesk } from '../documents/document-desk';
import type { ServiceDeps } from '../service-deps';
import { createCadenceService } from './cadence.service';
import { createMeetingDocumentsService, type ActionItemsOfMeeting } from './meeting-documents.service';
import { createMeetingKindsService } from './meeting-kinds.service';
import { createMeetingsService } from './meetings.service';
import { createMinutesService } from './minutes.service';
import { createTopicsService } from './topics.service';

export type MeetingsServices = ReturnType<typeof createMeetingsServices>;

/** The meetings domain's services, sharing one kinds service. `desk` writes and logs the papers; `actionItems` is the hook the minutes print action items from. */
export function createMeetingsServices(deps: ServiceDeps, desk: DocumentDesk, actionItems?: ActionItemsOfMeeting) {
  const kinds = createMeetingKindsService(deps);
  const meetings = createMeetingsService(deps, kinds);
  return {
    kinds,
    meetings,
    minutes: createMinutesService(deps, kinds, meetings),
    topics: createTopicsService(deps),
    cadence: createCadenceService(deps, kinds),
    documents: createMeetingDocumentsService(deps, meetings, desk, actionItems),
  };
}

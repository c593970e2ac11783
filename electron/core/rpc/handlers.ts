import type { AuthService } from '../auth/auth.service';
import type { DeadlineRulesService } from '../disputes/deadline-rules.service';
import type { DisputeDocumentsService } from '../disputes/dispute-documents.service';
import type { DisputeListService } from '../disputes/dispute-list.service';
import type { DisputeReportsService } from '../disputes/dispute-reports.service';
import type { DisputeWorkflowService } from '../disputes/dispute-workflow.service';
import type { DisputesService } from '../disputes/disputes.service';
import type { PrefsService } from '../prefs/prefs.service';
import type { RegistryService } from '../registry/registry.service';
import type { BundleExportService } from '../sync/bundle-export.service';
import type { SyncService } from '../sync/sync.service';
import type { SystemService } from '../system/system.service';
import { actorOf } from './call-context';
import type { HandlersFor } from './handlers-for';

export type Services = {
  auth: AuthService;
  registry: RegistryService;
  system: SystemService;
  disputes: DisputesService;
  disputeList: DisputeListService;
  workflow: DisputeWorkflowService;
  reports: DisputeReportsService;
  documents: DisputeDocumentsService;
  rules: DeadlineRulesService;
  prefs: PrefsService;
  sync: SyncService;
  bundleExport: BundleExportService;
};

/** One line per channel: the contract's name to the service that does the work. */
export function createHandlers({ auth, registry, system, disputes, disputeList, workflow, reports, documents, rules, prefs, sync, bundleExport }: Services) {
  return {
    'system:info': async () => system.info(),
    'system:check': async () => system.check(),

    'auth:status': (_i, s) => auth.status(s),
    // The office's signing key is made at set-up; if that fails now, the first sync use makes it.
    'auth:bootstrap': (i, s) => auth.bootstrap(i, s).then((v) => sync.ensureKeys().then(() => v, () => v)),
    'auth:sign-in': (i, s) => auth.signIn(i, s),
    'auth:sign-out': async (_i, s) => auth.signOut(s),
    'auth:list-operators': () => auth.list(),
    'auth:create-operator': (i, s) => auth.create(i, actorOf(s)),
    'auth:reset-password': (i, s) => auth.resetPassword(i, actorOf(s)),
    'auth:delete-operator': (i, s) => auth.remove(i, s),

    'registry:get-office': () => registry.getOffice(),
    'registry:update-office': (i, s) => registry.updateOffice(i, actorOf(s)),
    'registry:list-communities': (i) => registry.listCommunities(i),
    'registry:create-community': (i, s) => registry.createCommunity(i, actorOf(s)),
    'registry:update-community': (i, s) => registry.updateCommunity(i, actorOf(s)),
    'registry:delete-community': (i, s) => registry.deleteCommunity(i, actorOf(s)),
    'registry:list-companies': (i) => registry.listCompanies(i),
    'registry:get-company': (i) => registry.getCompany(i),
    'registry:create-company': (i, s) => registry.createCompany(i, actorOf(s)),
    'registry:update-company': (i, s) => registry.updateCompany(i, actorOf(s)),
    'registry:delete-company': (i, s) => registry.deleteCompany(i, actorOf(s)),
    'registry:list-estates': (i) => registry.listEstates(i),
    'registry:get-estate': (i) => registry.getEstate(i),
    'registry:create-estate': (i, s) => registry.createEstate(i, actorOf(s)),
    'registry:update-estate': (i, s) => registry.updateEstate(i, actorOf(s)),
    'registry:delete-estate': (i, s) => registry.deleteEstate(i, actorOf(s)),
    'registry:list-staff': (i) => registry.listStaff(i),
    'registry:create-staff': (i, s) => registry.createStaff(i, actorOf(s)),
    'registry:update-staff': (i, s) => registry.updateStaff(i, actorOf(s)),
    'registry:delete-staff': (i, s) => registry.deleteStaff(i, actorOf(s)),

    'disputes:create': (i, s) => disputes.create(i, actorOf(s)),
    'disputes:get': (i) => disputes.get(i.id),
    'disputes:list': (i) => disputeList.list(i),
    'disputes:update-intake': (i, s) => workflow.updateIntake(i, actorOf(s)),
    'disputes:assign': (i, s) => workflow.assign(i, actorOf(s)),
    'disputes:record-session': (i, s) => workflow.recordSession(i, actorOf(s)),
    'disputes:add-evidence': (i, s) => workflow.addEvidence(i, actorOf(s)),
    'disputes:record-outcome': (i, s) => workflow.recordOutcome(i, actorOf(s)),
    'disputes:refer': (i, s) => workflow.refer(i, actorOf(s)),
    'disputes:record-department-result': (i, s) => workflow.recordDepartmentResult(i, actorOf(s)),
    'disputes:record-feedback': (i, s) => workflow.recordFeedback(i, actorOf(s)),
    'disputes:record-return-visit': (i, s) => workflow.recordReturnVisit(i, actorOf(s)),
    'disputes:transition': (i, s) => workflow.transition(i, actorOf(s)),
    'disputes:escalate': (i, s) => workflow.escalate(i, actorOf(s)),
    'disputes:reveal': (i, s) => disputes.reveal(i, actorOf(s)),
    'disputes:export-document': (i) => documents.export(i),
    'disputes:monthly-analysis': (i) => reports.monthly(i.month),
    'disputes:dashboard': (i) => disputeList.dashboard(i.limit),
    'disputes:company-summary': (i) => reports.companySummary(i.companyId),
    'disputes:get-rules': () => rules.get(),
    'disputes:update-rules': (i, s) => rules.replace(i, actorOf(s)),

    'prefs:get': (i, s) => prefs.get(i.key, s),
    'prefs:set': (i, s) => prefs.set(i.key, i.value, s),

    'sync:office-identity': () => sync.identity(),
    'sync:set-city-keys': (i, s) => sync.setCityKeys(i, actorOf(s)),
    'sync:write-registration': (i) => sync.writeRegistration(i),
    'sync:export-bundle': (i, s) => bundleExport.exportBundle(i, actorOf(s)),
    'sync:export-progress': async () => bundleExport.progress(),
    'sync:rewrite-bundle': (i, s) => sync.rewriteBundle(i, actorOf(s)),
    'sync:import-receipt': (i, s) => sync.importReceipt(i, actorOf(s)),
    'sync:list-bundles': () => sync.listBundles(),
  } satisfies HandlersFor;
}

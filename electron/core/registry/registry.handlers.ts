import type { registryContract } from '#shared/ipc/contract/registry.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { RegistryService } from './registry.service';

/** The registry channels: office profile, communities, companies, estates, staff. */
export const registryHandlers = (registry: RegistryService) =>
  ({
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
  }) satisfies HandlersFor<typeof registryContract>;

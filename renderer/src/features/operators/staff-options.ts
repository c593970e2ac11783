import { ROLE_LABELS } from '#shared/domain/auth/roles';
import type { StaffView } from '#shared/domain/registry/registry.schema';
import { t } from '../../i18n';

/** The staff records an account may stand for, each with its post so two people of one name can be told apart. */
export const staffOptions = (staff: readonly StaffView[] | null) => (staff ?? []).map((s) => ({ value: s.id, label: t.operators.staffOption(s.name, ROLE_LABELS[s.role]) }));

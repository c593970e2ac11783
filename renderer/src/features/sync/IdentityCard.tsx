import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { DetailList } from '../../ui/DetailList';
import { Fingerprint } from './Fingerprint';
import { RegistrationForm } from './RegistrationForm';
import type { SyncIdentity } from './useSync';

/** 本街道身份: who this office is to the city, and the registration file the city trusts it by. */
export function IdentityCard({ identity }: { identity: SyncIdentity }) {
  const { may } = usePermissions();
  return (
    <section className="card sync-card" aria-label={t.sync.identity.title}>
      <h2 className="card__title">{t.sync.identity.title}</h2>
      <DetailList
        items={[
          { label: t.sync.identity.officeName, value: identity.officeName },
          { label: t.sync.identity.officeCode, value: <span className="code">{identity.officeCode}</span> },
        ]}
      />
      <div className="sync-fingerprint">
        <p className="sync-fingerprint__label">{t.sync.identity.fingerprint}</p>
        <Fingerprint value={identity.fingerprint} />
        <p className="field__hint">{t.sync.identity.fingerprintNote}</p>
      </div>
      {may('sync:write-registration') ? <RegistrationForm officeCode={identity.officeCode} /> : null}
    </section>
  );
}

import { t } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { Fingerprint } from './Fingerprint';
import type { CityKeysView } from './useSync';

/** The city's encryption and signing fingerprints, to read out over the phone, and who imported them when. */
export function CityFingerprints({ keys }: { keys: CityKeysView }) {
  const rows = [
    ...keys.recipients.map((r) => ({ label: r.role === 'primary' ? t.sync.cityKeys.primary : t.sync.cityKeys.recovery, value: r.fingerprint })),
    { label: t.sync.cityKeys.signing, value: keys.signingKeyFingerprint },
  ];
  return (
    <>
      <p className="field__hint">{t.sync.page.phone}</p>
      <dl className="sync-fingerprints">
        {rows.map((row) => (
          <div className="sync-fingerprint" key={`${row.label}-${row.value}`}>
            <dt className="sync-fingerprint__label">{row.label}</dt>
            <dd>
              <Fingerprint value={row.value} />
            </dd>
          </div>
        ))}
      </dl>
      <p className="muted">{t.sync.cityKeys.setAt(formatDateTime(keys.setAt), keys.setBy)}</p>
    </>
  );
}

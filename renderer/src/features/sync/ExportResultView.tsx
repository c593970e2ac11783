import { t } from '../../i18n';
import { formatCount } from '../../lib/format';
import { DetailList } from '../../ui/DetailList';
import { CopyablePath } from './CopyablePath';
import { EntityCounts } from './EntityCounts';
import { Fingerprint } from './Fingerprint';
import { baseName } from './sync-paths';
import type { ExportResult } from './useSync';

/** What the export wrote: the file on the stick, its place in the chain, its manifest hash and its records. */
export function ExportResultView({ result }: { result: ExportResult }) {
  return (
    <div className="export-result" aria-label={t.sync.export.doneTitle(result.seq)} role="region">
      <h3 className="sync-form__title">{t.sync.export.doneTitle(result.seq)}</h3>
      <CopyablePath message={`${t.sync.export.fileName}：${baseName(result.file)}`} path={result.file} />
      <DetailList
        items={[
          { label: t.sync.export.seq, value: result.seq },
          { label: t.sync.export.records, value: formatCount(result.records) },
          { label: t.sync.export.privacyLevel, value: t.sync.privacyShort[result.privacy] },
        ]}
      />
      <div className="sync-fingerprint">
        <p className="sync-fingerprint__label">{t.sync.export.manifest}</p>
        <Fingerprint value={result.manifestSha256} />
        <p className="field__hint">{t.sync.export.manifestNote}</p>
      </div>
      <EntityCounts counts={result.counts} />
    </div>
  );
}

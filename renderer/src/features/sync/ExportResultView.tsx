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
    <div className="export-result" aria-label={t.syncExport.doneTitle(result.seq)} role="region">
      <h3 className="sync-form__title">{t.syncExport.doneTitle(result.seq)}</h3>
      <CopyablePath message={`${t.syncExport.fileName}：${baseName(result.file)}`} path={result.file} />
      <DetailList
        items={[
          { label: t.syncExport.seq, value: result.seq },
          { label: t.syncExport.records, value: formatCount(result.records) },
          { label: t.syncExport.privacyLevel, value: t.privacyShort[result.privacy] },
        ]}
      />
      <div className="sync-fingerprint">
        <p className="sync-fingerprint__label">{t.syncExport.manifest}</p>
        <Fingerprint value={result.manifestSha256} />
        <p className="field__hint">{t.syncExport.manifestNote}</p>
      </div>
      <EntityCounts counts={result.counts} />
    </div>
  );
}

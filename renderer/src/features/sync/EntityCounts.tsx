import { t } from '../../i18n';
import { formatCount } from '../../lib/format';

/** Records per kind in a bundle, in the bundle's file order, named in Chinese (a future table by its own name). */
export function EntityCounts({ counts }: { counts: Record<string, number> }) {
  return (
    <div className="entity-counts">
      <p className="sync-fingerprint__label">{t.sync.export.counts}</p>
      <dl className="entity-counts__list">
        {Object.entries(counts).map(([entity, n]) => (
          <div key={entity} className={n === 0 ? 'entity-count entity-count--zero' : 'entity-count'}>
            <dt>{t.sync.entities[entity] ?? entity}</dt>
            <dd>{formatCount(n)}</dd>
          </div>
        ))}
      </dl>
    </div>
  );
}

import { hrefOf, type DisputeListLink } from '../../../app/routes';
import { formatCount } from '../../../lib/format';

export type DayTile = { label: string; count: number | null; link: DisputeListLink; tone?: 'danger' | 'warning' };

/** The counts at the top of 工作台; each opens the ledger with the filter it counts. */
export function DayTiles({ tiles, label }: { tiles: DayTile[]; label: string }) {
  return (
    <nav className="tiles" aria-label={label}>
      {tiles.map((tile) => (
        <a key={tile.label} className={tile.tone ? `tile tile--${tile.tone}` : 'tile'} href={hrefOf({ name: 'disputes', filter: tile.link })}>
          <span className="tile__label">{tile.label}</span>
          <span className="tile__value">{tile.count === null ? '…' : formatCount(tile.count)}</span>
        </a>
      ))}
    </nav>
  );
}

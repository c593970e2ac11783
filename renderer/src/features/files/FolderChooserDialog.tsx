import type { OutputOf } from '#shared/ipc/contract';
import type { Envelope } from '#shared/ipc/envelope';
import { useCallback, useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { Dialog } from '../../ui/Dialog';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useQuery } from '../../lib/useQuery';
import '../../styles/files.css';

type Listing = OutputOf<'files:list-directory'>;

const loadPlaces = () => call('files:list-directory', {});
type Props = {
  /** `folder`: choose a folder to write into; `json`: choose a .json file to read. */
  mode: 'folder' | 'json';
  /** Where to open: the field's current folder, if the host accepts it. */
  start?: string;
  onChoose: (path: string) => void;
  onCancel: () => void;
};

/**
 * The loopback host's folder chooser: the places the host can see on the left (home,
 * Desktop, Documents, Downloads, USB drives), the folder's subfolders on the right.
 * It lists only what the path policy accepts, so a folder chosen here is never refused.
 */
export function FolderChooserDialog({ mode, start, onChoose, onCancel }: Props) {
  const places = useQuery(loadPlaces);
  // The folder shown; a start the host refuses (typed by hand, a stick pulled out) shows why beside the places.
  const [target, setTarget] = useState<string | null>(start?.trim() || null);
  const show = mode === 'json' ? 'json' : 'folders';
  const loadFolder = useCallback(
    (): Promise<Envelope<Listing | null>> => (target ? call('files:list-directory', { path: target, show }) : Promise.resolve({ ok: true, value: null })),
    [target, show],
  );
  const folder = useQuery(loadFolder);
  const listing = folder.data;
  const busy = folder.loading;
  const error = folder.error?.message ?? places.error?.message ?? null;
  const open = (path?: string) => setTarget(path ?? null);
  const placeList = places.data?.places ?? [];
  const here = folder.error ? null : (listing?.path ?? null);

  return (
    <Dialog title={mode === 'folder' ? t.files.chooser.folderTitle : t.files.chooser.fileTitle} onDismiss={onCancel} wide>
      <div className="folder-chooser">
        <nav className="folder-chooser__places" aria-label={t.files.chooser.places}>
          {placeList.map((place) => (
            <button key={place.path} type="button" className={place.path === here ? 'folder-chooser__place folder-chooser__place--current' : 'folder-chooser__place'} onClick={() => open(place.path)}>
              {place.label}
            </button>
          ))}
          {places.data && placeList.length === 0 ? <p className="muted">{t.files.chooser.noPlaces}</p> : null}
          <button
            type="button"
            className="button button--small"
            onClick={() => {
              places.reload();
              folder.reload();
            }}
          >
            {t.files.chooser.refresh}
          </button>
        </nav>
        <div className="folder-chooser__main">
          <ErrorBanner message={error} />
          <p className="folder-chooser__here">
            <span className="muted">{t.files.chooser.current}：</span>
            <span className="folder-chooser__path">{here ?? t.files.chooser.start}</span>
          </p>
          {here ? (
            <ul className="folder-chooser__entries" aria-label={here} aria-busy={busy}>
              {listing?.parent ? (
                <li>
                  <button type="button" className="folder-chooser__entry chooser__entry--up" onClick={() => open(listing.parent!)}>
                    ↑ {t.files.chooser.up}
                  </button>
                </li>
              ) : null}
              {listing?.entries.map((entry) => (
                <li key={entry.path}>
                  <button
                    type="button"
                    className={`folder-chooser__entry chooser__entry--${entry.kind}`}
                    onClick={() => (entry.kind === 'folder' ? open(entry.path) : onChoose(entry.path))}
                  >
                    {entry.name}
                  </button>
                </li>
              ))}
              {listing?.entries.length === 0 ? <li className="muted">{mode === 'folder' ? t.files.chooser.empty : t.files.chooser.emptyFiles}</li> : null}
            </ul>
          ) : null}
          {listing?.truncated ? <p className="muted">{t.files.chooser.truncated}</p> : null}
        </div>
      </div>
      <div className="form__buttons">
        <button type="button" className="button" onClick={onCancel} data-autofocus="">
          {t.common.cancel}
        </button>
        {mode === 'folder' ? (
          <button type="button" className="button button--primary" disabled={!here || busy} onClick={() => here && onChoose(here)}>
            {t.files.chooser.here}
          </button>
        ) : null}
      </div>
    </Dialog>
  );
}

import { useId, type ReactNode } from 'react';
import type { ErrorBody } from '#shared/ipc/envelope';
import { t } from '../i18n';
import { ErrorBanner } from './ErrorBanner';

type Props = {
  title: string;
  count: number | null;
  search: string;
  onSearch: (text: string) => void;
  addLabel?: string;
  /** Absent when the operator may not add records. */
  onAdd?: () => void;
  error: ErrorBody | null;
  onRetry: () => void;
  emptyText: string;
  note?: ReactNode;
  children: ReactNode;
};

/** A list screen: title, quick search, 新增, the message of a failed load, the grid or an empty state. */
export function ListLayout({ title, count, search, onSearch, addLabel = t.common.add, onAdd, error, onRetry, emptyText, note, children }: Props) {
  const searchId = useId();
  const empty = count === 0;
  return (
    <div className="page page--list">
      <header className="page__header">
        <h1 className="page__title">
          {title}
          {count !== null && count > 0 ? <span className="page__count">共 {count} 条</span> : null}
        </h1>
        <div className="toolbar">
          {!empty ? (
            <div className="toolbar__search">
              <label htmlFor={searchId} className="visually-hidden">
                {`${t.common.search}${title}`}
              </label>
              <input
                id={searchId}
                type="search"
                value={search}
                placeholder={t.common.searchPlaceholder}
                onChange={(e) => onSearch(e.target.value)}
              />
            </div>
          ) : null}
          {onAdd ? (
            <button type="button" className="button button--primary" onClick={onAdd}>
              {addLabel}
            </button>
          ) : null}
        </div>
      </header>
      {note}
      <ErrorBanner message={error?.message}>
        <button type="button" className="button button--small" onClick={onRetry}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {empty ? (
        <div className="empty-state" role="status">
          <p>{onAdd ? emptyText : t.common.emptyReadOnly}</p>
        </div>
      ) : (
        children
      )}
    </div>
  );
}

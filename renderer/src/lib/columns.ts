import type { ColDef } from 'ag-grid-community';
import { t } from '../i18n';
import { RowActions, type RowAction, type RowActionsParams } from '../ui/RowActions';
import { LinkCell, type LinkCellParams } from '../ui/LinkCell';
import { formatCount, formatDateTime } from './format';
import { compareNames } from '#shared/domain/registry/name-sort';

/** Name columns sort by pinyin (凤凰 < 丽景 < 南泰), with the same key the server sorts by, not by code point. */
export const BY_PINYIN = { comparator: (a: unknown, b: unknown) => compareNames(a as string | null, b as string | null) } as const;

/** 更新时间, shown in Beijing time, sorted by the ISO text (which sorts chronologically). */
export function updatedAtColumn<T extends { updatedAt: string }>(): ColDef<T> {
  return {
    headerName: t.common.updatedAt,
    field: 'updatedAt' as ColDef<T>['field'],
    valueFormatter: (p) => formatDateTime(p.value as string),
    getQuickFilterText: () => '',
    filter: false,
    minWidth: 150,
    maxWidth: 180,
  };
}

/** A whole-number column with a number filter. */
export function countColumn<T>(field: ColDef<T>['field'], headerName: string): ColDef<T> {
  return {
    headerName,
    field,
    filter: 'agNumberColumnFilter',
    valueFormatter: (p) => formatCount(p.value as number),
    type: 'rightAligned',
    minWidth: 100,
    maxWidth: 140,
  };
}

/** A name column that links to the record's page. */
export function linkColumn<T>(field: ColDef<T>['field'], headerName: string, hrefFor: (row: T) => string): ColDef<T> {
  const params: LinkCellParams<T> = { hrefFor };
  return { headerName, field, cellRenderer: LinkCell<T>, cellRendererParams: params, minWidth: 160 };
}

/** The 操作 column with per-row buttons. */
export function actionsColumn<T>(actionsFor: (row: T) => RowAction[], width = 140): ColDef<T> {
  const params: RowActionsParams<T> = { actionsFor };
  return {
    headerName: t.common.actions,
    colId: 'actions',
    cellRenderer: RowActions<T>,
    cellRendererParams: params,
    sortable: false,
    filter: false,
    resizable: false,
    flex: 0,
    width,
    minWidth: width,
    pinned: 'right',
    cellClass: 'cell--actions',
  };
}

import { useEffect, useId, useMemo, useRef } from 'react';
import { createSortedRowModel, rowSortingFeature, tableFeatures, useTable, type ColumnDef } from '@tanstack/react-table';
import { measureElement, observeElementRect, useVirtualizer, type Rect, type Virtualizer } from '@tanstack/react-virtual';
import { compareCells, formatCell, formatCount, kindOf, type Kind } from './cellFormat';

type Row = unknown[];
interface ColumnMeta { name: string; type: string; kind: Kind }

// Only sorting: module scope keeps the feature set (and so the table's row models) stable between renders.
const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel(), columnMeta: {} as ColumnMeta });

/** One line of 0.85rem text (line-height 1.45), 0.45rem padding above and below, a 1px border; measured heights win once known. */
const ROW_PX = 35;
/** The scroll box's size before it is measured, and in jsdom, where nothing has a size: 28rem, about 13 rows. */
const FALLBACK_RECT: Rect = { width: 960, height: 448 };

// A 0×0 box (jsdom, or not laid out yet) would show no rows at all; assume the usual box instead.
const observeRect = (v: Virtualizer<HTMLDivElement, HTMLTableRowElement>, cb: (rect: Rect) => void) =>
  observeElementRect(v, (rect) => cb(rect.height > 0 ? rect : FALLBACK_RECT));
// Likewise a row measured at 0 px would make every row "visible"; keep the estimate.
const measureRow = (el: HTMLTableRowElement, entry: ResizeObserverEntry | undefined, v: Virtualizer<HTMLDivElement, HTMLTableRowElement>) =>
  measureElement(el, entry, v) || ROW_PX;

const ARIA_SORT = { asc: 'ascending', desc: 'descending' } as const;

export interface ResultGridProps {
  columns: { name: string; type: string }[];
  /** The loaded page of rows (each an array in column order); sorting reorders only these. */
  rows: Row[];
  /** Where the page starts in the whole result, and how many rows the server holds. */
  offset: number;
  rowCount: number;
  /** The server stopped reading at its row or byte limit. */
  truncated: boolean;
  pageSize: number;
  paging: boolean;
  onPage: (offset: number) => void;
}

/** A query's rows: typed, sortable columns over a virtualised body, with Previous/Next through the server's pages. */
export function ResultGrid({ columns, rows, offset, rowCount, truncated, pageSize, paging, onPage }: ResultGridProps) {
  const hintId = useId();
  const scrollRef = useRef<HTMLDivElement>(null);

  const columnDefs = useMemo(() => columns.map((c, i): ColumnDef<typeof features, Row> => {
    const kind = kindOf(c.type);
    return {
      id: String(i),
      // null becomes undefined so that sortUndefined: 'last' keeps nulls at the end in both directions.
      accessorFn: (row) => row[i] ?? undefined,
      header: c.name,
      meta: { ...c, kind },
      sortFn: (a, b, id) => compareCells(a.getValue(id), b.getValue(id), kind),
      sortUndefined: 'last',
    };
  }), [columns]);

  // First click ascending, then descending, then unsorted; one column at a time so aria-sort stays truthful.
  const table = useTable({ features, columns: columnDefs, data: rows, sortDescFirst: false, enableMultiSort: false });
  const model = table.getRowModel().rows;

  const virtualizer = useVirtualizer<HTMLDivElement, HTMLTableRowElement>({
    count: model.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_PX,
    initialRect: FALLBACK_RECT,
    observeElementRect: observeRect,
    measureElement: measureRow,
    getItemKey: (i) => model[i].id, // measured heights follow their row when sorting moves it
    overscan: 8,
    useFlushSync: false, // React 19 warns about flushSync during render-phase updates
  });

  // A new page starts at its top, not where the previous page was scrolled to.
  useEffect(() => {
    if (scrollRef.current) scrollRef.current.scrollTop = 0;
  }, [rows]);

  const items = virtualizer.getVirtualItems();
  // Spacer rows stand in for the rows not rendered, so the table keeps its real layout and the scrollbar its size.
  const padTop = items.length ? items[0].start : 0;
  const padBottom = items.length ? virtualizer.getTotalSize() - items[items.length - 1].end : 0;
  const partial = rows.length < rowCount || truncated;
  const fmt = (n: number) => formatCount(n);

  return (
    <>
      {partial && rows.length > 1 && (
        <p className="hint" id={hintId}>
          Sorting orders the {fmt(rows.length)} rows shown, not the whole result; use ORDER BY in the query for that.
        </p>
      )}
      <div ref={scrollRef} className="grid-scroll" tabIndex={0} role="region" aria-label="Query results, scrollable">
        <table className="results" aria-label="Query results" aria-rowcount={model.length + 1} aria-describedby={partial && rows.length > 1 ? hintId : undefined}>
          <thead>
            <tr aria-rowindex={1}>
              {table.getHeaderGroups()[0].headers.map((header) => {
                const meta = header.column.columnDef.meta!;
                const sorted = header.column.getIsSorted();
                return (
                  <th key={header.id} scope="col" title={meta.type} aria-sort={sorted ? ARIA_SORT[sorted] : 'none'} className={meta.kind === 'number' ? 'num' : undefined}>
                    <button type="button" className="sort" onClick={header.column.getToggleSortingHandler()}>{meta.name}</button>
                    <span className="col-type">{meta.type}</span>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {padTop > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columns.length} style={{ height: padTop }} /></tr>}
            {items.map((item) => {
              const row = model[item.index];
              return (
                <tr key={row.id} data-index={item.index} ref={virtualizer.measureElement} aria-rowindex={item.index + 2}>
                  {row.getAllCells().map((cell) => {
                    const value = cell.getValue();
                    if (value === undefined) return <td key={cell.id} className="null">null</td>;
                    const { kind } = cell.column.columnDef.meta!;
                    const { text, raw } = formatCell(value, kind);
                    // The exact value (all 7 decimals, the offset, every digit) stays one hover away.
                    return <td key={cell.id} className={kind === 'number' ? 'num' : undefined} title={text !== raw || raw.length > 60 ? raw : undefined}>{text}</td>;
                  })}
                </tr>
              );
            })}
            {padBottom > 0 && <tr aria-hidden="true" className="spacer"><td colSpan={columns.length} style={{ height: padBottom }} /></tr>}
          </tbody>
        </table>
      </div>
      {rows.length === 0 && <p className="hint">No rows.</p>}
      {rowCount > pageSize && (
        <div className="inline pager">
          <button type="button" onClick={() => onPage(Math.max(0, offset - pageSize))} disabled={offset === 0 || paging}>Previous</button>
          <span>Rows {fmt(offset + 1)}–{fmt(offset + rows.length)} of {fmt(rowCount)}</span>
          <button type="button" onClick={() => onPage(offset + pageSize)} disabled={offset + pageSize >= rowCount || paging}>Next</button>
        </div>
      )}
    </>
  );
}

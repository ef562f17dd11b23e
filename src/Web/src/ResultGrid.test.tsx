import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { formatCell, kindOf } from './cellFormat';
import { RunResult, type Execution } from './pages/RunSql';
import { ResultGrid, type ResultGridProps } from './ResultGrid';

function grid(props: Partial<ResultGridProps> & Pick<ResultGridProps, 'columns' | 'rows'>) {
  const onPage = vi.fn();
  render(<ResultGrid offset={0} rowCount={props.rows.length} truncated={false} pageSize={100} paging={false} onPage={onPage} {...props} />);
  return { table: screen.getByRole('table', { name: 'Query results' }), onPage };
}

/** The rendered body rows' cell texts (spacer rows are aria-hidden, so not rows to a reader). */
const bodyRows = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent));
const column = (table: HTMLElement, i = 0) => bodyRows(table).map((r) => r[i]);
const header = (table: HTMLElement, name: string) => within(table).getByRole('button', { name }).closest('th')!;

describe('ResultGrid', () => {
  it('sorts a number column numerically, toggling aria-sort, with nulls last both ways', async () => {
    const { table } = grid({ columns: [{ name: 'n', type: 'int4' }], rows: [[10], [9], [null], [100], [-3], [2], [-20]] });
    const th = header(table, 'n');
    expect(th.getAttribute('aria-sort')).toBe('none');

    await userEvent.click(within(th).getByRole('button'));
    expect(th.getAttribute('aria-sort')).toBe('ascending');
    expect(column(table)).toEqual(['-20', '-3', '2', '9', '10', '100', 'null']); // as text, "10" < "9" and "-3" < "-20"

    await userEvent.click(within(th).getByRole('button'));
    expect(th.getAttribute('aria-sort')).toBe('descending');
    expect(column(table)).toEqual(['100', '10', '9', '2', '-3', '-20', 'null']);

    await userEvent.click(within(th).getByRole('button'));
    expect(th.getAttribute('aria-sort')).toBe('none');
    expect(column(table)).toEqual(['10', '9', 'null', '100', '-3', '2', '-20']);
  });

  it('sorts big integers sent as strings by all their digits, and text with nulls last', async () => {
    // Both are 9007199254740992 as doubles; only the digits tell them apart.
    const { table } = grid({
      columns: [{ name: 'id', type: 'int8' }, { name: 'who', type: 'VARCHAR' }],
      rows: [['9007199254740993', 'b'], ['9007199254740992', null], ['-5', 'a']],
    });

    await userEvent.click(within(table).getByRole('button', { name: 'id' }));
    expect(column(table)).toEqual(['-5', '9,007,199,254,740,992', '9,007,199,254,740,993']);

    await userEvent.click(within(table).getByRole('button', { name: 'who' }));
    expect(header(table, 'id').getAttribute('aria-sort')).toBe('none'); // one sorted column at a time
    expect(column(table, 1)).toEqual(['a', 'b', 'null']);
    await userEvent.click(within(table).getByRole('button', { name: 'who' }));
    expect(column(table, 1)).toEqual(['b', 'a', 'null']);
  });

  it('sorts timestamps chronologically, not as text', async () => {
    const { table } = grid({
      columns: [{ name: 'at', type: 'timestamptz' }],
      // 10:00 at +05:30 is 04:30 UTC: earlier than 05:00Z though later as text.
      rows: [['2024-03-05T10:00:00+05:30'], [null], ['2024-03-05T05:00:00Z'], ['2023-12-31T23:00:00Z']],
    });

    await userEvent.click(within(table).getByRole('button', { name: 'at' }));
    const cells = within(table).getAllByRole('cell');
    expect(cells.map((td) => td.getAttribute('title'))).toEqual(['2023-12-31T23:00:00Z', '2024-03-05T10:00:00+05:30', '2024-03-05T05:00:00Z', null]);
    expect(cells[3].textContent).toBe('null');
  });

  it('right-aligns numbers with the locale\'s thousands separators and keeps every digit of a big int', () => {
    const { table } = grid({
      columns: [{ name: 'amount', type: 'DECIMAL(18,2)' }, { name: 'big', type: 'int8' }, { name: 'ratio', type: 'float8' }, { name: 'name', type: 'text' }],
      rows: [['1234567.50', '123456789012345678901234567890', 1234.5625, '1234567']],
    });

    const [amount, big, ratio, name] = within(table).getAllByRole('cell');
    expect(amount.textContent).toBe('1,234,567.50');
    expect(big.textContent).toBe('123,456,789,012,345,678,901,234,567,890'); // through Number it would end in zeros
    expect(big.getAttribute('title')).toBe('123456789012345678901234567890');
    expect(ratio.textContent).toBe('1,234.5625'); // all the digits the double has, not rounded to 3
    expect([amount, big, ratio].every((td) => td.classList.contains('num'))).toBe(true);
    expect(header(table, 'amount').classList.contains('num')).toBe(true);
    // Text that looks like a number stays as it is, left-aligned.
    expect(name.textContent).toBe('1234567');
    expect(name.classList.contains('num')).toBe(false);
    // The class is what right-aligns.
    expect(readFileSync(join(dirname(fileURLToPath(import.meta.url)), 'styles.css'), 'utf8')).toMatch(/table\.results \.num \{[^}]*text-align: right/);
  });

  it('shows dates and timestamps readably, never the raw ISO text with its seven decimals', () => {
    const { table } = grid({
      columns: [{ name: 'tz', type: 'TIMESTAMP WITH TIME ZONE' }, { name: 'local', type: 'timestamp' }, { name: 'day', type: 'date' }],
      rows: [['2024-03-05T10:20:30.1234567Z', '2024-03-05 10:20:30', '2024-03-05']],
    });

    const [tz, local, day] = within(table).getAllByRole('cell');
    // The tests run in Asia/Kolkata (UTC+5:30): the instant is shown in the viewer's zone.
    expect(tz.textContent).toBe('Mar 5, 2024, 03:50:30.123 PM GMT+5:30');
    expect(tz.textContent).not.toContain('1234567');
    expect(tz.getAttribute('title')).toBe('2024-03-05T10:20:30.1234567Z');
    // No zone in the value: shown as the wall time it names.
    expect(local.textContent).toBe('Mar 5, 2024, 10:20:30 AM');
    expect(local.getAttribute('title')).toBe('2024-03-05 10:20:30');
    expect(day.textContent).toBe('Mar 5, 2024');
  });

  it('keeps a date on its day west of UTC, and converts instants to the viewer\'s zone', () => {
    const west = { locale: 'en-US', timeZone: 'America/Los_Angeles' };
    expect(formatCell('2024-03-05', 'date', west).text).toBe('Mar 5, 2024'); // new Date('2024-03-05') there is Mar 4
    expect(formatCell('2024-03-05T00:00:00', 'date', west).text).toBe('Mar 5, 2024');
    expect(formatCell('2024-03-05T10:20:30.1234567Z', 'datetime', west).text).toBe('Mar 5, 2024, 02:20:30.123 AM PST');
    expect(formatCell('2024-03-05 10:20:30+00', 'datetime', west).text).toBe('Mar 5, 2024, 02:20:30 AM PST'); // DuckDB's offset
    expect(formatCell('not a date', 'datetime', west)).toEqual({ text: 'not a date', raw: 'not a date' });
    expect(formatCell('-12345.5', 'number', { locale: 'de-DE' }).text).toBe('-12.345,5');
  });

  it('maps engine type names to kinds', () => {
    const kinds = Object.fromEntries(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric', 'numeric(10,2)', 'text', 'varchar', 'bool', 'date',
      'timestamp', 'timestamptz', 'uuid', 'jsonb', 'int4[]', 'INTEGER', 'BIGINT', 'HUGEINT', 'DOUBLE', 'DECIMAL(18,2)', 'VARCHAR', 'BOOLEAN', 'DATE',
      'TIMESTAMP', 'TIMESTAMP WITH TIME ZONE', 'STRUCT(a INTEGER)', 'INTEGER[]', 'time', 'interval'].map((t) => [t, kindOf(t)]));
    expect(kinds).toEqual({
      int2: 'number', int4: 'number', int8: 'number', float4: 'number', float8: 'number', numeric: 'number', 'numeric(10,2)': 'number',
      text: 'text', varchar: 'text', bool: 'boolean', date: 'date', timestamp: 'datetime', timestamptz: 'datetime', uuid: 'text', jsonb: 'json',
      'int4[]': 'json', INTEGER: 'number', BIGINT: 'number', HUGEINT: 'number', DOUBLE: 'number', 'DECIMAL(18,2)': 'number', VARCHAR: 'text',
      BOOLEAN: 'boolean', DATE: 'date', TIMESTAMP: 'datetime', 'TIMESTAMP WITH TIME ZONE': 'datetime', 'STRUCT(a INTEGER)': 'json',
      'INTEGER[]': 'json', time: 'text', interval: 'text',
    });
  });

  it('shows null muted, objects and arrays as JSON, and the type in each header', () => {
    const { table } = grid({
      columns: [{ name: 'tags', type: 'jsonb' }, { name: 'ok', type: 'bool' }, { name: 'note', type: 'text' }],
      rows: [[{ a: [1, 'x'] }, true, null]],
    });

    expect(bodyRows(table)).toEqual([['{"a":[1,"x"]}', 'true', 'null']]);
    expect(within(table).getByText('null').classList.contains('null')).toBe(true);
    const th = header(table, 'tags');
    expect(th.getAttribute('title')).toBe('jsonb');
    expect(within(th).getByText('jsonb').className).toBe('col-type');
  });

  it('renders only a window of a large result, and follows the scroll', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => [i + 1, `row ${i + 1}`]);
    const { table } = grid({ columns: [{ name: 'n', type: 'INTEGER' }, { name: 'label', type: 'VARCHAR' }], rows });

    const shown = bodyRows(table);
    expect(shown.length).toBeGreaterThan(10); // enough to fill the 28rem box
    expect(shown.length).toBeLessThan(100);
    expect(shown[0]).toEqual(['1', 'row 1']);
    expect(table.getAttribute('aria-rowcount')).toBe('5001');

    const region = screen.getByRole('region', { name: 'Query results, scrollable' });
    expect(region.tabIndex).toBe(0); // keyboard users can focus it and scroll with the arrow keys
    region.scrollTop = 35 * 3000; // rows are estimated at 35 px; jsdom measures nothing
    fireEvent.scroll(region);

    const later = column(table);
    expect(later.length).toBeLessThan(100);
    expect(later).toContain('3,001');
    expect(later).not.toContain('1');
    const first = within(table).getAllByRole('row')[1];
    expect(Number(first.getAttribute('aria-rowindex'))).toBeGreaterThan(2900);
  });

  it('pages by pageSize and says sorting covers only the rows shown', async () => {
    const rows = Array.from({ length: 100 }, (_, i) => [i + 101]);
    const { onPage } = grid({ columns: [{ name: 'n', type: 'int4' }], rows, offset: 100, rowCount: 12_345 });

    expect(screen.getByText('Rows 101–200 of 12,345')).toBeTruthy();
    expect(screen.getByText(/^Sorting orders the 100 rows shown, not the whole result/)).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Next' }));
    await userEvent.click(screen.getByRole('button', { name: 'Previous' }));
    expect(onPage.mock.calls).toEqual([[200], [0]]);
  });

  it('says nothing about partial sorting when every row is loaded', () => {
    grid({ columns: [{ name: 'n', type: 'int4' }], rows: [[1], [2]] });
    expect(screen.queryByText(/^Sorting orders/)).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next' })).toBeNull();
  });

  it('reports a truncated run as "N of more rows", N formatted', () => {
    const execution: Execution = {
      id: 'e1', status: 'SUCCEEDED', blockId: null, connectionId: 'c1', columns: [{ name: 'n', type: 'int4' }],
      rows: [[1], [2]], rowCount: 10_000, bytes: 1, truncated: true, cacheHit: false, durationMs: 12, error: null, rowsAvailable: true, finishedAt: null,
    };
    const runner = {
      execution, page: { offset: 0, rows: execution.rows }, busy: false, running: false, paging: false, elapsedSeconds: 0, error: undefined,
      run: vi.fn(), cancel: vi.fn(), goTo: vi.fn(),
    };
    render(<RunResult runner={runner} />);

    expect(screen.getByText(/^Showing/).textContent).toBe('Showing 10,000 of more rows: the row or byte limit was reached');
    expect(screen.getByRole('status').textContent).toBe('SUCCEEDED · 10,000 of more rows · 12 ms');
    expect(screen.getByText('Rows 1–2 of 10,000')).toBeTruthy();
  });
});

import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { gqlError, mockServer, type Operation, render } from '../test-utils';
import { ProjectPage } from './Projects';
import { AD_HOC_TITLE } from './RunSql';

const project = {
  id: 'p1', workspaceId: 'w1', name: 'Churn', myAccess: 'EDIT', defaultAccess: 'NONE', useCache: true,
  blocks: [
    { id: 'b1', connectionId: 'c1', sql: 'select 1', position: 0 },
    { id: 'b2', connectionId: 'c1', sql: 'select * from customers', position: 1 },
  ],
  shares: [{ userId: 'u1', email: 'ada@example.com', access: 'FULL_ACCESS' }],
  connections: [{ id: 'c1', name: 'Warehouse', engine: 'POSTGRES' }, { id: 'c2', name: 'Scratch', engine: 'DUCKDB' }],
};

const done = {
  id: 'e1', status: 'SUCCEEDED', blockId: 'b2', connectionId: 'c1',
  columns: [{ name: 'id', type: 'int4' }, { name: 'name', type: 'text' }, { name: 'tags', type: 'jsonb' }],
  rows: [[1, 'Ada', ['vip']], [2, null, null], [3, 'Cy', []], [4, 'Dee', []]],
  rowCount: 4, bytes: 120, truncated: false, cacheHit: false, durationMs: 12.4, error: null, rowsAvailable: true,
  finishedAt: '2026-11-24T08:00:00Z',
};

/** A fake server for the project page: `extra` answers first; runs default to `done`. */
function server(extra: (op: Operation) => unknown = () => undefined, overrides: Record<string, unknown> = {}) {
  return mockServer((op) => {
    const answer = extra(op);
    if (answer) return answer;
    if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: done } } };
    if (op.query.includes('executions(')) return { data: { project: { id: 'p1', executions: { edges: [] } } } };
    if (op.query.includes('members(')) return { data: { workspace: { members: { edges: [] }, connections: { edges: [] } } } };
    return { data: { project: { ...project, ...overrides } } };
  });
}

const rowsOf = (table: HTMLElement) =>
  within(table).getAllByRole('row').slice(1).map((tr) => within(tr).getAllByRole('cell').map((td) => td.textContent));

async function runBlock(number: number) {
  await userEvent.click(await screen.findByRole('button', { name: `Run block ${number}` }));
}

describe('Running SQL on the project page', () => {
  it('runs a saved block and shows its status and rows in a grid', async () => {
    const { calls } = server(undefined, { myAccess: 'EXECUTE' });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);

    const block = screen.getAllByTestId('block')[1];
    expect((await within(block).findByRole('status')).textContent).toBe('SUCCEEDED · 4 rows · 12 ms');
    const table = within(block).getByRole('table');
    // Each header: a sort button named after the column, and the column's type (shown, and in the title).
    expect(within(table).getAllByRole('columnheader').map((th) => [within(th).getByRole('button').textContent, th.getAttribute('title'), th.textContent]))
      .toEqual([['id', 'int4', 'idint4'], ['name', 'text', 'nametext'], ['tags', 'jsonb', 'tagsjsonb']]);
    expect(rowsOf(table)).toEqual([['1', 'Ada', '["vip"]'], ['2', 'null', 'null'], ['3', 'Cy', '[]'], ['4', 'Dee', '[]']]);
    expect(within(table).getAllByText('null').every((td) => td.classList.contains('null'))).toBe(true);
    expect(within(block).queryByText('from cache')).toBeNull();
    expect(calls('executeQuery')).toHaveLength(1);
    expect(calls('executeQuery')[0].variables).toEqual({ input: { projectId: 'p1', blockId: 'b2', waitSeconds: 0 } });
    // Someone who may only execute gets no ad-hoc editor.
    expect(screen.queryByLabelText('SQL')).toBeNull();
    expect(screen.queryByRole('button', { name: 'Run' })).toBeNull();
  });

  it('offers no Run button below EXECUTE', async () => {
    server(undefined, { myAccess: 'VIEW' });
    render(<ProjectPage projectId="p1" />);

    expect((await screen.findByTestId('my-access')).textContent).toBe('VIEW');
    expect(screen.queryByRole('button', { name: /Run block/ })).toBeNull();
  });

  it('runs ad-hoc SQL on the chosen connection, bypassing the cache when asked', async () => {
    const { calls } = server();
    render(<ProjectPage projectId="p1" />);

    await userEvent.selectOptions(await screen.findByLabelText('Connection to run on'), 'c2');
    await userEvent.type(screen.getByLabelText('SQL'), 'select 42 as answer');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Bypass cache' }));
    await userEvent.click(screen.getByRole('button', { name: 'Run' }));

    const workbench = screen.getByTestId('workbench');
    expect((await within(workbench).findByRole('status')).textContent).toBe('SUCCEEDED · 4 rows · 12 ms');
    expect(calls('executeQuery')[0].variables).toEqual({
      input: { projectId: 'p1', connectionId: 'c2', sql: 'select 42 as answer', bypassCache: true, waitSeconds: 0 },
    });
  });

  it('shows the editor\'s run shortcut next to Run, and the shortcut runs', async () => {
    const { calls } = server();
    render(<ProjectPage projectId="p1" />);

    const workbench = await screen.findByTestId('workbench');
    const runButton = within(workbench).getByRole('button', { name: 'Run' });
    expect(runButton.getAttribute('aria-keyshortcuts')).toBe('Control+Enter Meta+Enter');
    expect(within(workbench).getByTestId('run-shortcut').textContent).toBe('Ctrl+Enter in the editor'); // jsdom is no Mac
    await userEvent.type(within(workbench).getByLabelText('SQL'), 'select 1');
    await userEvent.keyboard('{Control>}{Enter}{/Control}');

    await within(workbench).findByRole('status');
    expect(calls('executeQuery')).toHaveLength(1);
  });

  it('saves the editor SQL as a block on the chosen connection', async () => {
    const { calls } = server((op) => op.query.includes('addSqlBlock') && {
      data: { addSqlBlock: { block: { id: 'b3', connectionId: 'c2', sql: 'select 2', position: 2 } } },
    });
    render(<ProjectPage projectId="p1" />);

    await userEvent.selectOptions(await screen.findByLabelText('Connection to run on'), 'c2');
    await userEvent.type(screen.getByLabelText('SQL'), 'select 2');
    await userEvent.click(screen.getByRole('button', { name: 'Add block' }));

    expect(calls('addSqlBlock')[0].variables).toEqual({ input: { projectId: 'p1', connectionId: 'c2', sql: 'select 2' } });
    expect(calls('executeQuery')).toHaveLength(0);
  });

  it('polls a running query and shows the result once it ends', async () => {
    let polls = 0;
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: { ...done, status: 'RUNNING', rows: [], rowCount: 0, columns: [] } } } };
      if (op.query.includes('execution(id:')) {
        polls += 1;
        return { data: { execution: polls < 2 ? { ...done, status: 'RUNNING', rows: [], rowCount: 0, columns: [] } : done } };
      }
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);
    const block = screen.getAllByTestId('block')[1];
    expect(within(block).getByRole('status').textContent).toMatch(/^Running… \d+\.\d s$/);

    await within(block).findByText('SUCCEEDED · 4 rows · 12 ms', undefined, { timeout: 3000 });
    expect(calls('execution(id:').map((op) => op.variables)).toEqual([{ id: 'e1' }, { id: 'e1' }]);
    expect(rowsOf(within(block).getByRole('table'))).toHaveLength(4);
    expect(within(block).queryByRole('button', { name: 'Cancel' })).toBeNull();
  });

  it('cancels a running query and shows the polled CANCELLED status', async () => {
    let cancelled = false;
    const running = { ...done, status: 'RUNNING', rows: [], rowCount: 0, columns: [] };
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: running } } };
      if (op.query.includes('cancelExecution')) {
        cancelled = true;
        return { data: { cancelExecution: { cancelled: true } } };
      }
      if (op.query.includes('execution(id:')) {
        return { data: { execution: cancelled ? { ...running, status: 'CANCELLED', durationMs: 812, error: 'canceling statement due to user request' } : running } };
      }
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);

    await runBlock(1);
    const block = screen.getAllByTestId('block')[0];
    expect(within(block).getByRole('status').textContent).toContain('Running…');
    await userEvent.click(within(block).getByRole('button', { name: 'Cancel' }));

    expect((await within(block).findByText('CANCELLED · 0 rows · 812 ms')).getAttribute('role')).toBe('status');
    expect(within(block).getByText('Cancelled')).toBeTruthy();
    expect(calls('cancelExecution').map((op) => op.variables)).toEqual([{ input: { executionId: 'e1' } }]);
    expect(within(block).queryByRole('button', { name: 'Cancel' })).toBeNull();
    expect(within(block).queryByRole('table')).toBeNull();
  });

  it('marks a result served from the cache', async () => {
    server((op) => op.query.includes('executeQuery') && { data: { executeQuery: { execution: { ...done, cacheHit: true, durationMs: 0.4 } } } });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);

    const block = screen.getAllByTestId('block')[1];
    expect((await within(block).findByRole('status')).textContent).toBe('SUCCEEDED · 4 rows · 0 ms');
    expect(within(block).getByText('from cache').className).toBe('badge');
  });

  it('says when the row or byte limit cut the result short', async () => {
    server((op) => op.query.includes('executeQuery') && { data: { executeQuery: { execution: { ...done, truncated: true } } } });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);

    const block = screen.getAllByTestId('block')[1];
    expect((await within(block).findByText(/^Showing/)).textContent).toBe('Showing 4 of more rows: the row or byte limit was reached');
    expect(within(block).getByRole('status').textContent).toBe('SUCCEEDED · 4 of more rows · 12 ms');
  });

  it('shows the database error of a failed run, and no grid', async () => {
    server((op) => op.query.includes('executeQuery') && {
      data: { executeQuery: { execution: { ...done, status: 'FAILED', columns: [], rows: [], rowCount: 0, error: 'relation "customers" does not exist' } } },
    });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);

    const block = screen.getAllByTestId('block')[1];
    expect((await within(block).findByRole('status')).textContent).toBe('FAILED · 0 rows · 12 ms');
    expect(within(block).getByRole('alert').textContent).toBe('relation "customers" does not exist');
    expect(within(block).queryByRole('table')).toBeNull();
  });

  it('shows a refused run (such as a missing grant) as an error', async () => {
    server((op) => op.query.includes('executeQuery') && gqlError('FORBIDDEN', 'You have no grant on the connection Warehouse.'));
    render(<ProjectPage projectId="p1" />);

    await runBlock(1);

    const block = screen.getAllByTestId('block')[0];
    expect((await within(block).findByRole('alert')).textContent).toContain('no grant on the connection Warehouse');
    expect(within(block).queryByRole('status')).toBeNull();
    expect(within(block).getByRole('button', { name: 'Run block 1' })).toHaveProperty('disabled', false);
  });

  it('pages through the rows 100 at a time', async () => {
    const row = (n: number) => [n, `name ${n}`, null];
    const page = (offset: number) => Array.from({ length: Math.min(100, 250 - offset) }, (_, i) => row(offset + i + 1));
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: { ...done, rowCount: 250, rows: page(0) } } } };
      if (op.query.includes('rows(offset: $offset')) return { data: { execution: { id: 'e1', rows: page(op.variables!.offset as number) } } };
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);
    const block = screen.getAllByTestId('block')[1];
    await within(block).findByText('Rows 1–100 of 250');
    expect(within(block).getByRole('button', { name: 'Previous' })).toHaveProperty('disabled', true);

    await userEvent.click(within(block).getByRole('button', { name: 'Next' }));
    await within(block).findByText('Rows 101–200 of 250');
    expect(calls('rows(offset: $offset')[0].variables).toEqual({ id: 'e1', offset: 100, limit: 100 });
    // The grid renders only the rows in view (it is virtualised); aria-rowcount says the page holds 100 (+ the header row).
    const table = within(block).getByRole('table');
    expect(table.getAttribute('aria-rowcount')).toBe('101');
    expect(rowsOf(table)[0]).toEqual(['101', 'name 101', 'null']);

    await userEvent.click(within(block).getByRole('button', { name: 'Next' }));
    await within(block).findByText('Rows 201–250 of 250');
    expect(within(block).getByRole('button', { name: 'Next' })).toHaveProperty('disabled', true);

    await userEvent.click(within(block).getByRole('button', { name: 'Previous' }));
    await within(block).findByText('Rows 101–200 of 250');
    expect(calls('rows(offset: $offset').map((op) => op.variables!.offset)).toEqual([100, 200, 100]);
  });

  it('lets FULL_ACCESS switch the project off the result cache', async () => {
    const { calls } = server((op) => op.query.includes('setProjectCacheUse') && { data: { setProjectCacheUse: { project: { id: 'p1', useCache: false } } } }, { myAccess: 'FULL_ACCESS' });
    render(<ProjectPage projectId="p1" />);

    const box = await screen.findByRole('checkbox', { name: 'Use cache' });
    expect(box).toHaveProperty('checked', true);
    expect(screen.getByTestId('cache-use-hint').textContent).toMatch(/^On: /); // the text says what the box shows
    await userEvent.click(box);

    expect(calls('setProjectCacheUse')[0].variables).toEqual({ input: { projectId: 'p1', useCache: false } });
    expect(await screen.findByRole('checkbox', { name: 'Use cache' })).toHaveProperty('checked', false);
    expect(screen.getByTestId('cache-use-hint').textContent).toMatch(/^Off: /);
  });

  it('hides the cache switch below FULL_ACCESS', async () => {
    server();
    render(<ProjectPage projectId="p1" />);

    await screen.findByLabelText('SQL');
    expect(screen.queryByRole('checkbox', { name: 'Use cache' })).toBeNull();
  });

  it('lists recent runs and refreshes them when a run ends', async () => {
    let finished = false;
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) {
        finished = true;
        return undefined;
      }
      if (op.query.includes('executions(')) {
        const edges = finished
          ? [{ node: { id: 'e1', status: 'SUCCEEDED', rowCount: 4, durationMs: 12, cacheHit: true, actorId: 'u1', blockId: 'b2', finishedAt: '2026-11-24T08:00:00Z', rowsAvailable: true } }]
          : [];
        return { data: { project: { id: 'p1', executions: { edges } } } };
      }
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);
    const recent = await screen.findByTestId('recent-runs');
    await within(recent).findByText('No runs yet.');

    await runBlock(2);

    const item = await within(recent).findByRole('listitem');
    expect(item.textContent).toContain('SUCCEEDED · Block 2 select * from customers · 4 rows · 12 ms');
    expect(item.textContent).toContain('from cache');
    expect(item.textContent).toContain('by ada@example.com');
    expect(calls('executions(').length).toBe(2);
  });

  it('shows Running… and Cancel as soon as the server answers RUNNING, then polls quickly, backing off', async () => {
    const running = { ...done, status: 'RUNNING', rows: [], rowCount: 0, columns: [] };
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: running } } };
      if (op.query.includes('execution(id:')) return { data: { execution: running } };
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);
    await screen.findByRole('button', { name: 'Run block 1' });

    vi.useFakeTimers({ shouldAdvanceTime: true });
    try {
      await runBlock(1);
      const block = screen.getAllByTestId('block')[0];
      // No poll yet: Cancel comes with the first answer, which does not wait.
      await vi.waitFor(() => within(block).getByRole('button', { name: 'Cancel' }));
      expect(within(block).getByRole('status').textContent).toMatch(/^Running…/);
      expect(calls('executeQuery')[0].variables).toMatchObject({ input: { waitSeconds: 0 } });
      expect(calls('execution(id:')).toHaveLength(0);

      // Polls at about 150, 450 (+300), 1050 (+600) and 2050 ms (+1000), then every second.
      const pollsAt = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        return calls('execution(id:').length;
      };
      // (Each delay counts from the previous answer, so each step allows a little slack.)
      expect(await pollsAt(170)).toBe(1);
      expect(await pollsAt(330)).toBe(2);
      expect(await pollsAt(630)).toBe(3);
      expect(await pollsAt(1030)).toBe(4);
      expect(await pollsAt(1030)).toBe(5);
      expect(within(block).getByRole('button', { name: 'Cancel' })).toBeTruthy();
    } finally {
      vi.useRealTimers();
    }
  });

  it('shows a fast query at the first quick poll', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('executeQuery')) return { data: { executeQuery: { execution: { ...done, status: 'RUNNING', rows: [], rowCount: 0, columns: [] } } } };
      if (op.query.includes('execution(id:')) return { data: { execution: done } };
      return undefined;
    });
    render(<ProjectPage projectId="p1" />);

    await runBlock(2);
    const block = screen.getAllByTestId('block')[1];
    await within(block).findByText('SUCCEEDED · 4 rows · 12 ms', undefined, { timeout: 400 });
    expect(calls('execution(id:')).toHaveLength(1);
  });

  const mine = (node: Record<string, unknown>) => ({
    node: { status: 'SUCCEEDED', rowCount: 4, durationMs: 12, cacheHit: false, actorId: 'u1', finishedAt: '2026-11-24T08:00:00Z', rowsAvailable: true, ...node },
  });

  it("reopens each block's latest run by the signed-in user whose rows are still held", async () => {
    const { calls } = server((op) => {
      if (op.query.includes('executions(')) {
        return { data: { me: { id: 'u1' }, project: { id: 'p1', executions: { edges: [
          mine({ id: 'e9', blockId: 'b2', actorId: 'u2' }), // someone else's: not this user's output
          mine({ id: 'e8', blockId: 'b2' }),
          mine({ id: 'e7', blockId: 'b1', rowsAvailable: false }), // b1's latest: its rows are gone
          mine({ id: 'e6', blockId: 'b1' }), // older than e7: not reopened
          mine({ id: 'e5', blockId: null }),
        ] } } } };
      }
      if (op.query.includes('execution(id:')) return { data: { execution: { ...done, id: op.variables!.id } } };
      return undefined;
    }, { myAccess: 'EXECUTE' });
    render(<ProjectPage projectId="p1" />);

    const [first, second] = await screen.findAllByTestId('block');
    expect((await within(second).findByRole('status')).textContent).toBe('SUCCEEDED · 4 rows · 12 ms');
    expect(rowsOf(within(second).getByRole('table'))).toHaveLength(4);
    expect(calls('execution(id:').map((op) => op.variables)).toEqual([{ id: 'e8' }]);
    expect(calls('executions(')[0].query).toContain('me { id }');
    expect(calls('executions(')[0].query).toContain('executions(first: 50)');
    expect(within(first).queryByRole('status')).toBeNull();
    // Reopening is no new run: the history is not asked again.
    expect(calls('executions(')).toHaveLength(1);
  });

  it('names the SQL of each recent run and reopens the result of one of yours', async () => {
    const { calls } = server((op) => {
      if (op.query.includes('executions(')) {
        return { data: { me: { id: 'u1' }, project: { id: 'p1', executions: { edges: [
          mine({ id: 'e3', blockId: null, rowCount: 12345 }),
          mine({ id: 'e2', blockId: 'b2', actorId: 'u2' }),
          mine({ id: 'e1', blockId: 'b9', rowsAvailable: false }),
        ] } } } };
      }
      if (op.query.includes('execution(id:')) return { data: { execution: { ...done, id: 'e3', blockId: null, rowCount: 12345 } } };
      return undefined;
    }, { myAccess: 'VIEW' });
    render(<ProjectPage projectId="p1" />);

    const recent = await screen.findByTestId('recent-runs');
    const [adHoc, block, removed] = await within(recent).findAllByRole('listitem');
    expect(adHoc.textContent).toContain('SUCCEEDED · Ad-hoc SQL · 12,345 rows · 12 ms');
    expect(within(adHoc).getByText('Ad-hoc SQL').getAttribute('title')).toBe(AD_HOC_TITLE);
    expect(adHoc.textContent).toContain('by you');
    const code = within(block).getByText('select * from customers');
    expect(code.tagName).toBe('CODE');
    expect(code.getAttribute('title')).toBe('select * from customers');
    expect(block.textContent).toContain('Block 2');
    expect(block.textContent).toContain('by another member'); // u2 has no share of their own: no raw id shown
    expect(removed.textContent).toContain('A removed block');
    // Only your own runs whose rows are held can be reopened.
    expect(within(block).queryByRole('button', { name: 'Show result' })).toBeNull();
    expect(within(removed).queryByRole('button', { name: 'Show result' })).toBeNull();

    await userEvent.click(within(adHoc).getByRole('button', { name: 'Show result' }));

    const shown = await within(recent).findByTestId('shown-run');
    expect(within(shown).getByRole('heading', { level: 3 }).textContent).toMatch(/^Result of ad-hoc SQL/);
    expect((await within(shown).findByRole('status')).textContent).toBe('SUCCEEDED · 12,345 rows · 12 ms');
    expect(rowsOf(within(shown).getByRole('table'))).toHaveLength(4);
    expect(calls('execution(id:').map((op) => op.variables)).toEqual([{ id: 'e3' }]);
  });
});

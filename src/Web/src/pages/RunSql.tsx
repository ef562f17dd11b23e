import { useCallback, useEffect, useRef, useState } from 'react';
import { formatCount } from '../cellFormat';
import { ErrorBox } from '../ErrorBox';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { ResultGrid } from '../ResultGrid';
import { SqlEditor } from '../SqlEditor';
import { Time } from '../Time';
import type { Connection as Edges } from '../types';

export type ExecutionStatus = 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'CANCELLED';
type Cell = unknown;

export interface Execution {
  id: string;
  status: ExecutionStatus;
  blockId: string | null;
  connectionId: string;
  columns: { name: string; type: string }[];
  rows: Cell[][];
  rowCount: number;
  bytes: number;
  truncated: boolean;
  cacheHit: boolean;
  durationMs: number;
  error: string | null;
  rowsAvailable: boolean;
  finishedAt: string | null;
}

/** Rows per page of the results grid. */
export const PAGE_SIZE = 100;
/** How long executeQuery waits for a result before answering RUNNING, and how often a running query is polled. */
const WAIT_SECONDS = 2;
const POLL_MS = 500;

const EXECUTION_FIELDS = `id status blockId connectionId columns { name type } rows(offset: 0, limit: ${PAGE_SIZE})
  rowCount bytes truncated cacheHit durationMs error rowsAvailable finishedAt`;
export const EXECUTE = `mutation ExecuteQuery($input: ExecuteQueryInput!) { executeQuery(input: $input) { execution { ${EXECUTION_FIELDS} } } }`;
export const EXECUTION = `query Execution($id: ID!) { execution(id: $id) { ${EXECUTION_FIELDS} } }`;
export const ROWS = `query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) { execution(id: $id) { id rows(offset: $offset, limit: $limit) } }`;
export const CANCEL = `mutation CancelExecution($input: CancelExecutionInput!) { cancelExecution(input: $input) { cancelled } }`;
export const RECENT_RUNS = `query RecentRuns($id: ID!) { project(id: $id) { id executions(first: 10) { edges { node {
  id status rowCount durationMs cacheHit actorId blockId finishedAt
} } } } }`;

export type RunInput = { projectId: string } & ({ blockId: string } | { connectionId: string; sql: string; bypassCache: boolean });

const GONE = 'This run is no longer available: results are kept only for a while, for the person who ran it.';

async function fetchExecution(id: string) {
  const { execution } = await gql<{ execution: Execution | null }>(EXECUTION, { id });
  if (!execution) throw new Error(GONE);
  return execution;
}

/** The editor's run shortcut as the viewer's keyboard names it: ⌘ on a Mac, Ctrl elsewhere. */
const RUN_KEY = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.userAgent) ? '⌘' : 'Ctrl';

/** One query run at a time: starts it, polls it while RUNNING, cancels it and pages its rows. */
export function useExecution(onFinished?: () => void) {
  const start = useAction();
  const other = useAction();
  const [execution, setExecution] = useState<Execution>();
  const [page, setPage] = useState<{ offset: number; rows: Cell[][] }>({ offset: 0, rows: [] });
  const [pollError, setPollError] = useState<unknown>();
  const [startedAt, setStartedAt] = useState(0);
  const [now, setNow] = useState(0);
  // The run on screen; answers about an earlier run, or RUNNING answers that arrive after the end, are dropped.
  const current = useRef<{ id?: string; finished: boolean }>({ finished: false });
  const finished = useRef(onFinished);
  useEffect(() => {
    finished.current = onFinished;
  });

  const show = useCallback((e: Execution) => {
    if (e.id !== current.current.id || current.current.finished) return;
    setExecution(e);
    if (e.status !== 'RUNNING') {
      current.current.finished = true;
      setPage({ offset: 0, rows: e.rows });
      finished.current?.();
    }
  }, []);

  const running = execution?.status === 'RUNNING';
  const busy = start.busy || running;

  useEffect(() => {
    if (!running || pollError || !execution) return;
    const id = execution.id;
    const timer = setTimeout(() => {
      fetchExecution(id).then(show, (e: unknown) => {
        if (current.current.id === id) setPollError(e);
      });
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [running, execution, pollError, show]);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [busy]);

  const run = async (input: RunInput) => {
    current.current = { finished: false };
    setExecution(undefined);
    setPollError(undefined);
    setPage({ offset: 0, rows: [] });
    setStartedAt(Date.now());
    setNow(Date.now());
    const result = await start.run(() => gql<{ executeQuery: { execution: Execution } }>(EXECUTE, { input: { ...input, waitSeconds: WAIT_SECONDS } }));
    if (!result) return;
    current.current = { id: result.executeQuery.execution.id, finished: false };
    show(result.executeQuery.execution);
  };

  const cancel = async () => {
    if (!execution) return;
    const id = execution.id;
    if (await other.run(() => gql<{ cancelExecution: { cancelled: boolean } }>(CANCEL, { input: { executionId: id } })) === undefined) return;
    const latest = await other.run(() => fetchExecution(id));
    if (latest) show(latest);
  };

  const goTo = async (offset: number) => {
    if (!execution) return;
    const id = execution.id;
    const rows = await other.run(async () => {
      const { execution: e } = await gql<{ execution: { rows: Cell[][] } | null }>(ROWS, { id, offset, limit: PAGE_SIZE });
      if (!e) throw new Error(GONE);
      return e.rows;
    });
    if (rows && current.current.id === id) setPage({ offset, rows });
  };

  return {
    execution, page, busy, running, paging: other.busy,
    elapsedSeconds: Math.max(0, now - startedAt) / 1000,
    error: start.error ?? other.error ?? pollError,
    run, cancel, goTo,
  };
}

type Runner = ReturnType<typeof useExecution>;

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** The state of a run: running (with Cancel), or its outcome and rows. */
export function RunResult({ runner }: { runner: Runner }) {
  const { execution, busy, running, error } = runner;
  if (!execution && !busy && !error) return null;
  return (
    <div className="run-result">
      <ErrorBox error={error} />
      {busy && (
        <div className="inline run-summary">
          <span role="status">Running… {runner.elapsedSeconds.toFixed(1)} s</span>
          {running && <button type="button" className="danger" onClick={runner.cancel} disabled={runner.paging}>Cancel</button>}
        </div>
      )}
      {execution && !running && <Outcome execution={execution} runner={runner} />}
    </div>
  );
}

function Outcome({ execution: e, runner }: { execution: Execution; runner: Runner }) {
  const rows = formatCount(e.rowCount);
  return (
    <>
      <div className="inline run-summary">
        <span role="status" className={e.status === 'SUCCEEDED' ? 'ok' : e.status === 'FAILED' ? 'bad' : undefined}>
          {/* Truncated: the server stopped at its limit, so the count is a floor, not the size of the result. */}
          {e.status} · {e.truncated ? `${rows} of more rows` : `${rows} ${e.rowCount === 1 ? 'row' : 'rows'}`} · {Math.round(e.durationMs)} ms
        </span>
        {e.cacheHit && <span className="badge">from cache</span>}
      </div>
      {e.truncated && <p className="notice">Showing {rows} of more rows: the row or byte limit was reached</p>}
      {e.status === 'FAILED' && <ErrorBox error={e.error || 'The query failed.'} />}
      {e.status === 'CANCELLED' && <p>Cancelled</p>}
      {e.status === 'SUCCEEDED' && !e.rowsAvailable && <p>The rows are no longer held in memory; run the query again to see them.</p>}
      {e.status === 'SUCCEEDED' && e.rowsAvailable && e.columns.length > 0 && (
        <ResultGrid
          key={e.id}
          columns={e.columns} rows={runner.page.rows} offset={runner.page.offset} rowCount={e.rowCount} truncated={e.truncated}
          pageSize={PAGE_SIZE} paging={runner.paging} onPage={runner.goTo}
        />
      )}
    </>
  );
}

/** A saved block's Run button (EXECUTE and up) and, below it, its latest run. */
export function BlockRun({ projectId, blockId, number, onFinished }: { projectId: string; blockId: string; number: number; onFinished?: () => void }) {
  const runner = useExecution(onFinished);
  return (
    <>
      <button type="button" aria-label={`Run block ${number}`} onClick={() => runner.run({ projectId, blockId })} disabled={runner.busy}>Run block</button>
      <RunResult runner={runner} />
    </>
  );
}

/** Ad-hoc SQL (EDIT and up) on one of the project's attached connections; optionally saved as a new block. */
export function SqlWorkbench({ projectId, connections, onAddBlock, onFinished }: {
  projectId: string;
  connections: { id: string; name: string; engine: string }[];
  onAddBlock?: (connectionId: string, sql: string) => Promise<boolean>;
  onFinished?: () => void;
}) {
  const runner = useExecution(onFinished);
  const [picked, setPicked] = useState('');
  const [sql, setSql] = useState('');
  const [bypassCache, setBypassCache] = useState(false);
  const [adding, setAdding] = useState(false);
  const connectionId = connections.some((c) => c.id === picked) ? picked : (connections[0]?.id ?? '');
  const empty = sql.trim() === '' || !connectionId;

  const run = () => {
    if (!empty && !runner.busy) runner.run({ projectId, connectionId, sql, bypassCache });
  };
  const addBlock = async () => {
    if (!onAddBlock || empty) return;
    setAdding(true);
    try {
      if (await onAddBlock(connectionId, sql)) setSql('');
    } finally {
      setAdding(false);
    }
  };

  return (
    <section data-testid="workbench" className="stack">
      <h2>Run SQL</h2>
      <label className="field">
        <span>Connection</span>
        <select aria-label="Connection to run on" value={connectionId} onChange={(e) => setPicked(e.target.value)}>
          {connections.map((c) => <option key={c.id} value={c.id}>{c.name} ({c.engine})</option>)}
        </select>
      </label>
      <SqlEditor value={sql} onChange={setSql} onRun={run} />
      <div className="inline">
        <button type="button" onClick={run} disabled={empty || runner.busy} aria-keyshortcuts="Control+Enter Meta+Enter">Run</button>
        <small className="hint" data-testid="run-shortcut"><kbd>{RUN_KEY}</kbd>+<kbd>Enter</kbd> in the editor</small>
        <label><input type="checkbox" checked={bypassCache} onChange={(e) => setBypassCache(e.target.checked)} /> Bypass cache</label>
        {onAddBlock && <button type="button" onClick={addBlock} disabled={empty || adding}>Add block</button>}
      </div>
      <RunResult runner={runner} />
    </section>
  );
}

interface RunSummary {
  id: string; status: ExecutionStatus; rowCount: number; durationMs: number; cacheHit: boolean;
  actorId: string; blockId: string | null; finishedAt: string | null;
}

/** The project's latest runs: who ran what and how it ended (no rows). `version` refetches. */
export function RecentRuns({ projectId, version, blockNumber, who }: {
  projectId: string; version: number; blockNumber: (blockId: string) => number | undefined; who: (userId: string) => string;
}) {
  const { data, error } = useQuery<{ project: { executions: Edges<RunSummary> } | null }>(RECENT_RUNS, { id: projectId, version });
  const runs = data?.project?.executions.edges.map((e) => e.node) ?? [];
  return (
    <section data-testid="recent-runs">
      <h2>Recent runs</h2>
      <ErrorBox error={error} />
      {data && runs.length === 0 && <p>No runs yet.</p>}
      {runs.length > 0 && (
        <ul>
          {runs.map((r) => {
            const number = r.blockId ? blockNumber(r.blockId) : undefined;
            return (
              <li key={r.id}>
                <span className={r.status === 'SUCCEEDED' ? 'ok' : r.status === 'FAILED' ? 'bad' : undefined}>{r.status}</span>
                {' · '}{r.blockId ? (number ? `block ${number}` : 'a removed block') : 'ad hoc'}
                {' · '}{plural(r.rowCount, 'row', 'rows')} · {Math.round(r.durationMs)} ms
                {r.cacheHit && <> <span className="badge">from cache</span></>}
                {' '}<small>by {who(r.actorId)}{r.finishedAt && <>, <Time value={r.finishedAt} /></>}</small>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

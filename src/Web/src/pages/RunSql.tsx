import { useCallback, useEffect, useRef, useState } from 'react';
import { formatCount } from '../cellFormat';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { ExecutionFieldsFragment, RecentRunsQuery } from '../gql/graphql';
import { gql } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { ResultGrid } from '../ResultGrid';
import { SqlEditor } from '../SqlEditor';
import { Time } from '../Time';

type Cell = unknown;

/** A run as the server describes it, with its first page of rows. */
export type Execution = ExecutionFieldsFragment;

/** Rows per page of the results grid. */
export const PAGE_SIZE = 100;
/** executeQuery answers at once (RUNNING with the run's id), so Running… and Cancel show right away. */
const WAIT_SECONDS = 0;
/** Then the run is polled quickly at first (a fast query shows without a visible delay), backing off to 1 s. */
export const POLL_DELAYS_MS = [150, 300, 600, 1000] as const;
const pollDelay = (polls: number) => POLL_DELAYS_MS[Math.min(polls, POLL_DELAYS_MS.length - 1)];

// The first page of rows: limit is PAGE_SIZE (a document's text is fixed, so it is written out).
graphql(`fragment ExecutionFields on Execution { id status blockId connectionId columns { name type } rows(offset: 0, limit: 100)
  rowCount bytes truncated cacheHit durationMs error rowsAvailable finishedAt }`);
export const EXECUTE = graphql(`mutation ExecuteQuery($input: ExecuteQueryInput!) { executeQuery(input: $input) { execution { ...ExecutionFields } } }`);
export const EXECUTION = graphql(`query Execution($id: ID!) { execution(id: $id) { ...ExecutionFields } }`);
export const ROWS = graphql(`query ExecutionRows($id: ID!, $offset: Int!, $limit: Int!) { execution(id: $id) { id rows(offset: $offset, limit: $limit) } }`);
export const CANCEL = graphql(`mutation CancelExecution($input: CancelExecutionInput!) { cancelExecution(input: $input) { cancelled } }`);
/** The project's latest runs (the list shows the first RECENT_SHOWN; the rest help find each block's latest run) and
 * who is signed in (whose runs can be reopened). */
export const RECENT_RUNS = graphql(`query RecentRuns($id: ID!) { me { id } project(id: $id) { id executions(first: 50) { edges { node {
  id status rowCount durationMs cacheHit actorId blockId finishedAt rowsAvailable
} } } } }`);
const RECENT_SHOWN = 10;

export type RunInput = { projectId: string } & ({ blockId: string } | { connectionId: string; sql: string; bypassCache: boolean });

const GONE = 'This run is no longer available: results are kept only for a while, for the person who ran it.';

async function fetchExecution(id: string) {
  const { execution } = await gql(EXECUTION, { id });
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
  // A run reopened (not started here) ends quietly: onFinished is for runs that change the project's history.
  const current = useRef<{ id?: string; finished: boolean; quiet?: boolean }>({ finished: false });
  const polls = useRef(0);
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
      if (!current.current.quiet) finished.current?.();
    }
  }, []);

  const running = execution?.status === 'RUNNING';
  const busy = start.busy || running;

  useEffect(() => {
    if (!running || pollError || !execution) return;
    const id = execution.id;
    const timer = setTimeout(() => {
      polls.current += 1;
      fetchExecution(id).then(show, (e: unknown) => {
        if (current.current.id === id) setPollError(e);
      });
    }, pollDelay(polls.current));
    return () => clearTimeout(timer);
  }, [running, execution, pollError, show]);

  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setNow(Date.now()), 100);
    return () => clearInterval(timer);
  }, [busy]);

  const reset = () => {
    polls.current = 0;
    setExecution(undefined);
    setPollError(undefined);
    setPage({ offset: 0, rows: [] });
  };

  const run = async (input: RunInput) => {
    current.current = { finished: false };
    reset();
    setStartedAt(Date.now());
    setNow(Date.now());
    const result = await start.run(() => gql(EXECUTE, { input: { ...input, waitSeconds: WAIT_SECONDS } }));
    if (!result) return;
    current.current = { id: result.executeQuery.execution.id, finished: false };
    show(result.executeQuery.execution);
  };

  /** Shows an earlier run of the signed-in user (its first page of rows). `silent`: a failure shows nothing (used
   * when the page reopens the latest runs on its own). */
  const open = async (id: string, { silent = false } = {}) => {
    current.current = { id, finished: false, quiet: true };
    reset();
    if (silent) {
      const e = await fetchExecution(id).catch(() => undefined);
      if (e) show(e);
      return;
    }
    const e = await other.run(() => fetchExecution(id));
    if (e) show(e);
  };

  const cancel = async () => {
    if (!execution) return;
    const id = execution.id;
    if (await other.run(() => gql(CANCEL, { input: { executionId: id } })) === undefined) return;
    const latest = await other.run(() => fetchExecution(id));
    if (latest) show(latest);
  };

  const goTo = async (offset: number) => {
    if (!execution) return;
    const id = execution.id;
    const rows = await other.run(async () => {
      const { execution: e } = await gql(ROWS, { id, offset, limit: PAGE_SIZE });
      if (!e) throw new Error(GONE);
      return e.rows;
    });
    if (rows && current.current.id === id) setPage({ offset, rows });
  };

  return {
    execution, page, busy, running, paging: other.busy,
    elapsedSeconds: Math.max(0, now - startedAt) / 1000,
    error: start.error ?? other.error ?? pollError,
    run, open, cancel, goTo,
  };
}

/** What RunResult shows and drives (reopening earlier runs is the caller's). */
type Runner = Omit<ReturnType<typeof useExecution>, 'open'>;

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

/** A saved block's Run button (EXECUTE and up) and, below it, its latest run: the one started here, or else
 * `latestRunId`, the signed-in user's latest run of it whose rows the server still holds (reopened on load). */
export function BlockRun({ projectId, blockId, number, latestRunId, onFinished }: {
  projectId: string; blockId: string; number: number; latestRunId?: string; onFinished?: () => void;
}) {
  const runner = useExecution(onFinished);
  const reopened = useRef<string>(undefined);
  const idle = !runner.execution && !runner.busy && !runner.error;
  const { open } = runner;
  useEffect(() => {
    if (!latestRunId || !idle || reopened.current) return;
    reopened.current = latestRunId;
    void open(latestRunId, { silent: true });
  }, [latestRunId, idle, open]);
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

export type RunSummary = NonNullable<RecentRunsQuery['project']>['executions']['edges'][number]['node'];

/** For each block, the signed-in user's latest run of it, if the server still holds its rows (runs newest first). */
export function latestRunsWithRows(runs: RunSummary[], meId: string | undefined): Record<string, string> {
  const latest: Record<string, string> = {};
  const seen = new Set<string>();
  if (!meId) return latest;
  for (const r of runs) {
    if (!r.blockId || r.actorId !== meId || seen.has(r.blockId)) continue;
    seen.add(r.blockId);
    if (r.rowsAvailable) latest[r.blockId] = r.id;
  }
  return latest;
}

/** A statement shortened to one line for a list. */
const excerpt = (sql: string, max = 60) => {
  const line = sql.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

const rowsText = (n: number) => `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}`;

export const AD_HOC_TITLE = 'The server keeps only a keyed hash of ad-hoc statements, not their text.';

/** The project's latest runs: who ran what and how it ended. The signed-in user's runs whose rows the server still
 * holds open in the results grid below ("Show result"). `version` refetches; `onLoaded` gets each answer. */
export function RecentRuns({ projectId, version, block, who, onLoaded }: {
  projectId: string;
  version: number;
  block: (blockId: string) => { number: number; sql: string } | undefined;
  who: (userId: string) => string;
  onLoaded?: (runs: RunSummary[], meId: string | undefined) => void;
}) {
  // `version` is no variable of the document: a new one makes a new query key, so the runs are asked for again.
  const variables = { id: projectId, version };
  const { data, error } = useQuery(RECENT_RUNS, variables);
  const all = data?.project?.executions.edges.map((e) => e.node);
  const meId = data?.me?.id;
  const runs = all?.slice(0, RECENT_SHOWN) ?? [];
  const runner = useExecution();
  const [shown, setShown] = useState<RunSummary>();
  const loaded = useRef(onLoaded);
  useEffect(() => {
    loaded.current = onLoaded;
  });
  useEffect(() => {
    if (data?.project) loaded.current?.(data.project.executions.edges.map((e) => e.node), data.me?.id);
  }, [data]);

  const describe = (r: RunSummary) => {
    if (!r.blockId) return <span title={AD_HOC_TITLE}>Ad-hoc SQL</span>;
    const b = block(r.blockId);
    if (!b) return <>A removed block</>;
    return <>Block {b.number} <code className="sql-excerpt" title={b.sql}>{excerpt(b.sql)}</code></>;
  };
  const showResult = (r: RunSummary) => {
    setShown(r);
    void runner.open(r.id);
  };

  return (
    <section data-testid="recent-runs">
      <h2>Recent runs</h2>
      <ErrorBox error={error} />
      {data && runs.length === 0 && <p>No runs yet.</p>}
      {runs.length > 0 && (
        <ul className="recent-runs">
          {runs.map((r) => (
            <li key={r.id}>
              <span className={r.status === 'SUCCEEDED' ? 'ok' : r.status === 'FAILED' ? 'bad' : undefined}>{r.status}</span>
              {' · '}{describe(r)}
              {' · '}{rowsText(r.rowCount)} · {Math.round(r.durationMs)} ms
              {r.cacheHit && <> <span className="badge">from cache</span></>}
              {' '}<small>by {meId && r.actorId === meId ? 'you' : who(r.actorId)}{r.finishedAt && <>, <Time value={r.finishedAt} /></>}</small>
              {meId && r.actorId === meId && r.rowsAvailable && (
                <>{' '}<button type="button" onClick={() => showResult(r)} disabled={runner.paging} aria-pressed={shown?.id === r.id}>Show result</button></>
              )}
            </li>
          ))}
        </ul>
      )}
      {shown && (
        <div data-testid="shown-run">
          <h3>Result of {shown.blockId ? (block(shown.blockId) ? `block ${block(shown.blockId)!.number}` : 'a removed block') : 'ad-hoc SQL'}{shown.finishedAt && <>, <Time value={shown.finishedAt} /></>}</h3>
          <RunResult runner={runner} />
        </div>
      )}
    </section>
  );
}

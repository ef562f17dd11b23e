import { useState, type FormEvent } from 'react';
import { ErrorBox } from '../ErrorBox';
import { graphql } from '../gql';
import type { FilesQuery } from '../gql/graphql';
import { CSRF_HEADERS, firstError, gql, GraphQLRequestError } from '../graphql';
import { useAction, useQuery } from '../hooks';
import { Link } from 'react-router';
import { Time } from '../Time';
import type { WorkspaceRole } from '../types';
import { TableScroll } from '../TableScroll';

/** A stored file, as the Files query lists it and as an upload answers. */
type StoredFile = NonNullable<FilesQuery['workspace']>['files']['edges'][number]['node'];

const FILES = graphql(`query Files($id: ID!) { workspace(id: $id) { id name myRole files(first: 100) { edges { node { id name contentType size uploadedAt } } } } }`);
export const DELETE_FILE = graphql(`mutation DeleteFile($input: DeleteFileInput!) { deleteFile(input: $input) { deletedFileId } }`);
/** Who may upload (and delete) files: the server allows ADMINs and EDITORs. */
const MANAGERS: readonly WorkspaceRole[] = ['ADMIN', 'EDITOR'];

/** POSTs one file as multipart/form-data: the browser sets the Content-Type with its boundary. */
async function uploadFile(workspaceId: string, file: File): Promise<StoredFile> {
  const body = new FormData();
  body.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/files?workspaceId=${encodeURIComponent(workspaceId)}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: CSRF_HEADERS,
      body,
    });
  } catch {
    throw new GraphQLRequestError('UNAVAILABLE', 'The server could not be reached. Check your connection and try again.');
  }
  const json = await response.json().catch(() => null);
  if (response.ok && json) return json as StoredFile;
  throw firstError(json) ?? new GraphQLRequestError('INTERNAL', `Upload failed (HTTP ${response.status}).`);
}

export function FilesPage({ workspaceId }: { workspaceId: string }) {
  const { data, error, setData } = useQuery(FILES, { id: workspaceId });
  const deleting = useAction();
  const [deleted, setDeleted] = useState<string>();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [uploadError, setUploadError] = useState<unknown>();
  const [formKey, setFormKey] = useState(0); // a new key empties the file input after an upload

  if (error) return <main><ErrorBox error={error} /></main>;
  if (!data) return <main><p>Loading…</p></main>;
  const workspace = data.workspace;
  if (!workspace) return <main><ErrorBox error="Workspace not found." /></main>;

  const canManage = workspace.myRole !== null && MANAGERS.includes(workspace.myRole);

  const remove = async (file: StoredFile) => {
    setDeleted(undefined);
    if (!window.confirm(`Delete ${file.name}? Queries that read it will fail. This cannot be undone.`)) return;
    const result = await deleting.run(() => gql(DELETE_FILE, { input: { fileId: file.id } }));
    if (!result) return;
    const gone = result.deleteFile.deletedFileId;
    setDeleted(file.name);
    setData((d) => (d.workspace
      ? { workspace: { ...d.workspace, files: { edges: d.workspace.files.edges.filter((e) => e.node.id !== gone) } } }
      : d));
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setUploadError(undefined);
    try {
      const stored = await uploadFile(workspaceId, file);
      setData((d) => (d.workspace ? { workspace: { ...d.workspace, files: { edges: [{ node: stored }, ...d.workspace.files.edges] } } } : d));
      setFormKey((k) => k + 1);
      setFile(undefined);
    } catch (e) {
      setUploadError(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main>
      <p className="crumbs">
        <Link to="/">Workspaces</Link> / <Link to={`/workspaces/${encodeURIComponent(workspaceId)}`}>{workspace.name}</Link>
      </p>
      <h1>Files</h1>
      <p>CSV and Parquet files, up to 100 MiB, stored encrypted.</p>
      <ErrorBox error={uploadError ?? deleting.error} />
      {deleted && <p role="status" className="ok">Deleted {deleted}.</p>}
      {!canManage && <p className="hint">ADMINs and EDITORs upload and delete files.</p>}
      {canManage && (
        <form key={formKey} onSubmit={onSubmit} className="inline">
          <label className="field">
            <span>File to upload</span>
            <input type="file" accept=".csv,.parquet,.duckdb" onChange={(e) => setFile(e.target.files?.[0])} />
          </label>
          <button type="submit" disabled={!file || busy}>Upload</button>
        </form>
      )}
      <TableScroll label="Files">
        <table data-testid="files-table">
          <thead>
            <tr>
              <th scope="col">Name</th><th scope="col">Size</th><th scope="col">Uploaded</th>
              {canManage && <th scope="col"><span className="visually-hidden">Actions</span></th>}
            </tr>
          </thead>
          <tbody>
            {workspace.files.edges.map(({ node }) => (
              <tr key={node.id} data-testid="file-row">
                <td><a href={`/files/${encodeURIComponent(node.id)}`} download={node.name}>{node.name}</a></td>
                <td>{node.size.toLocaleString()} bytes</td>
                <td><Time value={node.uploadedAt} /></td>
                {canManage && (
                  <td>
                    <button type="button" className="danger" aria-label={`Delete ${node.name}`} disabled={deleting.busy} onClick={() => remove(node)}>Delete</button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </main>
  );
}

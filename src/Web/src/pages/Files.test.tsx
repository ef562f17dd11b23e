import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilesPage } from './Files';
import { render } from '../test-utils';

const report = { id: 'f1', name: 'report.csv', contentType: 'text/csv', size: 2048, uploadedAt: '2026-11-24T08:00:00Z' };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

const other = { id: 'f3', name: 'other.parquet', contentType: 'application/vnd.apache.parquet', size: 4096, uploadedAt: '2026-11-24T09:00:00Z' };

/** Fakes /graphql (the file list, and deleteFile with `remove`) and answers uploads to /files with the given response. */
function server(upload: () => Response, { myRole = 'EDITOR', remove = (id: string) => json({ data: { deleteFile: { deletedFileId: id } } }) } = {}) {
  const fetchMock = vi.fn(async (url: string, init: RequestInit) => {
    if (url !== '/graphql') return upload();
    const op = JSON.parse(init.body as string) as { query: string; variables: { input?: { fileId: string } } };
    if (op.query.includes('deleteFile(')) return remove(op.variables.input!.fileId);
    return json({ data: { workspace: { id: 'w1', name: 'Research', myRole, files: { edges: [{ node: report }, { node: other }] } } } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return {
    uploads: () => fetchMock.mock.calls.filter(([url]) => url !== '/graphql'),
    deletes: () => fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body as string)).filter((op) => op.query.includes('deleteFile(')),
  };
}

async function upload(name: string) {
  await userEvent.upload(await screen.findByLabelText('File to upload'), new File(['a,b'], name, { type: 'text/csv' }));
  await userEvent.click(screen.getByRole('button', { name: 'Upload' }));
}

describe('FilesPage', () => {
  it('lists files as download links and uploads as multipart with the anti-forgery header', async () => {
    const { uploads } = server(() => json({ ...report, id: 'f2', name: 'new.csv' }, 201));
    render(<FilesPage workspaceId="w1" />);

    const link = within(await screen.findByTestId('files-table')).getByRole('link', { name: 'report.csv' });
    expect(link.getAttribute('href')).toBe('/files/f1');
    expect(link.hasAttribute('download')).toBe(true);

    await upload('new.csv');

    expect(await screen.findByRole('link', { name: 'new.csv' })).toHaveProperty('pathname', '/files/f2');
    const [[url, init]] = uploads();
    expect(url).toBe('/files?workspaceId=w1');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toEqual({ 'X-Deepnote-CSRF': '1' }); // no Content-Type: the browser adds it with the boundary
    expect(init.body).toBeInstanceOf(FormData);
    expect(((init.body as FormData).get('file') as File).name).toBe('new.csv');
  });

  it("shows the server's error message when an upload is refused", async () => {
    server(() => json({ errors: [{ message: 'The file is larger than 100 MiB.', extensions: { code: 'VALIDATION_FAILED' } }] }, 400));
    render(<FilesPage workspaceId="w1" />);

    await upload('data.csv');

    expect((await screen.findByRole('alert')).textContent).toContain('The file is larger than 100 MiB.');
    expect(screen.getAllByTestId('file-row')).toHaveLength(2);
  });

  it('deletes a file after a confirmation and removes its row', async () => {
    const { deletes } = server(() => json({}));
    const confirm = vi.spyOn(window, 'confirm').mockReturnValueOnce(false).mockReturnValueOnce(true);
    render(<FilesPage workspaceId="w1" />);

    const table = await screen.findByTestId('files-table');
    await userEvent.click(within(table).getByRole('button', { name: 'Delete report.csv' }));
    expect(confirm).toHaveBeenCalledWith(expect.stringContaining('Delete report.csv?'));
    expect(deletes()).toHaveLength(0);
    expect(screen.getAllByTestId('file-row')).toHaveLength(2);

    await userEvent.click(within(table).getByRole('button', { name: 'Delete report.csv' }));

    expect((await screen.findByRole('status')).textContent).toBe('Deleted report.csv.');
    expect(deletes()[0].query).toContain('deleteFile(input: $input) { deletedFileId }');
    expect(deletes()[0].variables).toEqual({ input: { fileId: 'f1' } });
    expect(screen.getAllByTestId('file-row').map((r) => r.textContent)).toEqual([expect.stringContaining('other.parquet')]);
  });

  it('keeps the row and shows why when a delete is refused', async () => {
    server(() => json({}), { remove: () => json({ errors: [{ message: 'You may not delete files in this workspace.', extensions: { code: 'FORBIDDEN' } }] }) });
    vi.spyOn(window, 'confirm').mockReturnValue(true);
    render(<FilesPage workspaceId="w1" />);

    await userEvent.click(await screen.findByRole('button', { name: 'Delete other.parquet' }));

    expect((await screen.findByRole('alert')).textContent).toContain('You may not delete files in this workspace.');
    expect(screen.getAllByTestId('file-row')).toHaveLength(2);
  });

  it('offers no upload or delete to those who may not upload', async () => {
    server(() => json({}), { myRole: 'VIEWER' });
    render(<FilesPage workspaceId="w1" />);

    const table = await screen.findByTestId('files-table');
    expect(within(table).getByRole('link', { name: 'report.csv' })).toBeTruthy();
    expect(screen.queryByLabelText('File to upload')).toBeNull();
    expect(screen.queryByRole('button', { name: /^Delete/ })).toBeNull();
  });
});

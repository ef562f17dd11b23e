import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilesPage } from './Files';
import { render } from '../test-utils';

const report = { id: 'f1', name: 'report.csv', contentType: 'text/csv', size: 2048, uploadedAt: '2026-11-24T08:00:00Z' };
const json = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

/** Fakes /graphql (the file list) and answers uploads to /files with the given response. */
function server(upload: () => Response) {
  const fetchMock = vi.fn(async (url: string, _init: RequestInit) =>
    url === '/graphql' ? json({ data: { workspace: { id: 'w1', name: 'Research', files: { edges: [{ node: report }] } } } }) : upload(),
  );
  vi.stubGlobal('fetch', fetchMock);
  return { uploads: () => fetchMock.mock.calls.filter(([url]) => url !== '/graphql') };
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
    expect(screen.getAllByTestId('file-row')).toHaveLength(1);
  });
});

import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { FilesPage } from './Files';

describe('FilesPage', () => {
  it('uploads as multipart with the anti-forgery header and shows the server error on refusal', async () => {
    const fetchMock = vi.fn(async (url: string, _init: RequestInit) => {
      if (url === '/graphql') {
        return new Response(JSON.stringify({ data: { workspace: { id: 'w1', name: 'Research', files: { edges: [] } } } }));
      }
      return new Response(JSON.stringify({ errors: [{ message: 'Upload a .csv or .parquet file', extensions: { code: 'VALIDATION_FAILED' } }] }),
        { status: 400, headers: { 'Content-Type': 'application/json' } });
    });
    vi.stubGlobal('fetch', fetchMock);
    render(<FilesPage workspaceId="w1" />);

    await userEvent.upload(await screen.findByLabelText('File to upload'), new File(['a,b'], 'data.csv', { type: 'text/csv' }));
    await userEvent.click(screen.getByRole('button', { name: 'Upload' }));

    expect((await screen.findByRole('alert')).textContent).toContain('Upload a .csv or .parquet file');
    const [url, init] = fetchMock.mock.calls.find(([u]) => u !== '/graphql')!;
    expect(url).toBe('/files?workspaceId=w1');
    expect((init.headers as Record<string, string>)['X-Deepnote-CSRF']).toBe('1');
    expect(init.body).toBeInstanceOf(FormData);
    expect(((init.body as FormData).get('file') as File).name).toBe('data.csv');
  });
});

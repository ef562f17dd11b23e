import { render as rtlRender, type RenderOptions } from '@testing-library/react';
import type { ReactElement } from 'react';
import { BrowserRouter } from 'react-router';
import { vi } from 'vitest';

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

/** Replaces fetch with a fake GraphQL server: the handler gets each parsed request and returns the JSON body. */
export function mockServer(handler: (op: Operation) => unknown, status = 200) {
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) =>
    new Response(JSON.stringify(handler(JSON.parse(init.body as string))), {
      status,
      headers: { 'Content-Type': 'application/json' },
    }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return {
    fetchMock,
    /** Parsed requests whose query contains the given text, in order. */
    calls: (text: string): Operation[] =>
      fetchMock.mock.calls.map(([, init]) => JSON.parse(init.body as string)).filter((op) => op.query.includes(text)),
  };
}

export const gqlError = (code: string, message: string, fields?: { field: string; message: string }[]) => ({
  errors: [{ message, extensions: { code, ...(fields && { fields }) } }],
});

/** Testing Library's render inside a BrowserRouter (for pages rendered alone): links and navigation use window.history. */
export function render(ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) {
  return rtlRender(ui, { wrapper: BrowserRouter, ...options });
}

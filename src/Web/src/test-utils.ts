import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { render as rtlRender, type RenderOptions } from '@testing-library/react';
import { createElement, type ReactElement, type ReactNode } from 'react';
import { BrowserRouter } from 'react-router';
import { vi } from 'vitest';
import { createQueryClient } from './hooks';

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

interface Options extends Omit<RenderOptions, 'wrapper'> {
  /** The query cache to render with; by default a fresh one (no retries, nothing kept after unmount). */
  queryClient?: QueryClient;
}

/** A fresh query cache for one test: no retries, and a query nobody uses any more is dropped at once. */
export const testQueryClient = () => createQueryClient({ retry: false, gcTime: 0 });

/** Testing Library's render inside a BrowserRouter (for pages rendered alone): links and navigation use window.history. */
export function render(ui: ReactElement, options: Options = {}) {
  return renderWith(true, ui, options);
}

/** Testing Library's render with a query cache only (for the App, which has its own router). */
export function renderWithQueries(ui: ReactElement, options: Options = {}) {
  return renderWith(false, ui, options);
}

/** Renders inside a QueryClientProvider (and a router); returns the query cache too. */
function renderWith(router: boolean, ui: ReactElement, { queryClient = testQueryClient(), ...options }: Options) {
  const wrapper = ({ children }: { children: ReactNode }) =>
    createElement(QueryClientProvider, { client: queryClient }, router ? createElement(BrowserRouter, null, children) : children);
  return { ...rtlRender(ui, { wrapper, ...options }), queryClient };
}

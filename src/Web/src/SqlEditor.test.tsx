import { act, render, screen } from '@testing-library/react';
import { EditorView } from '@codemirror/view';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { richEditorSupported, SqlEditor } from './SqlEditor';

function Harness({ initial }: { initial: string }) {
  const [sql, setSql] = useState(initial);
  return (
    <>
      <SqlEditor value={sql} onChange={setSql} />
      <button type="button" onClick={() => setSql('')}>Clear</button>
      <output data-testid="value">{sql}</output>
    </>
  );
}

describe('SqlEditor', () => {
  afterEach(() => {
    delete (Range.prototype as Partial<Range>).getClientRects;
  });

  it('falls back to a textarea named SQL where layout APIs are missing (jsdom)', () => {
    expect(richEditorSupported()).toBe(false);
    render(<Harness initial="select 1" />);

    const editor = screen.getByLabelText<HTMLTextAreaElement>('SQL');
    expect(editor.tagName).toBe('TEXTAREA');
    expect(editor.value).toBe('select 1');
  });

  it('mounts CodeMirror with SQL highlighting, named SQL, in sync with the value', () => {
    Range.prototype.getClientRects = vi.fn(() => [] as unknown as DOMRectList);
    expect(richEditorSupported()).toBe(true);
    render(<Harness initial="select id from customers" />);

    const editor = screen.getByLabelText('SQL');
    expect(editor.getAttribute('contenteditable')).toBe('true');
    expect(editor.classList.contains('cm-content')).toBe(true);
    expect(editor.textContent).toBe('select id from customers');
    // The SQL grammar tags keywords, which the highlight style marks with a class of their own.
    const keyword = [...editor.querySelectorAll('span')].find((span) => span.textContent === 'select');
    expect(keyword?.className).toMatch(/\S/);

    // Typing reaches onChange...
    const view = EditorView.findFromDOM(editor)!;
    act(() => view.dispatch({ changes: { from: view.state.doc.length, insert: ' where id = 1' } }));
    expect(screen.getByTestId('value').textContent).toBe('select id from customers where id = 1');

    // ...and a value set from outside replaces the document.
    act(() => screen.getByRole('button', { name: 'Clear' }).click());
    expect(view.state.doc.toString()).toBe('');
    expect(screen.getByTestId('value').textContent).toBe('');
  });
});

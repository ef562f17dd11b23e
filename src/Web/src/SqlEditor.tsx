import { useEffect, useRef } from 'react';
import { sql } from '@codemirror/lang-sql';
import { HighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { EditorState } from '@codemirror/state';
import { EditorView, keymap, placeholder } from '@codemirror/view';
import { tags } from '@lezer/highlight';

/** SQL colours from styles.css (--code-*), so they follow the light or dark scheme with AA contrast in both. */
const sqlHighlight = HighlightStyle.define([
  { tag: tags.keyword, color: 'var(--code-keyword)' },
  { tag: [tags.string, tags.special(tags.string)], color: 'var(--code-string)' },
  { tag: [tags.number, tags.bool, tags.null, tags.atom], color: 'var(--code-number)' },
  { tag: [tags.comment, tags.lineComment, tags.blockComment], color: 'var(--code-comment)', fontStyle: 'italic' },
  { tag: [tags.typeName, tags.standard(tags.name)], color: 'var(--code-type)' },
  { tag: tags.invalid, color: 'var(--danger)' },
]);

/** CodeMirror positions its cursor with layout APIs (Range.getClientRects) that jsdom lacks; there a textarea stands in. */
export const richEditorSupported = () =>
  typeof document.createRange === 'function' && typeof Range !== 'undefined' && typeof Range.prototype.getClientRects === 'function';

interface Props {
  value: string;
  onChange: (value: string) => void;
  /** Ctrl/Cmd+Enter. */
  onRun?: () => void;
  label?: string;
}

/** A SQL editor (CodeMirror 6 with SQL highlighting) named by `label`; a plain textarea where CodeMirror cannot run. */
export function SqlEditor({ value, onChange, onRun, label = 'SQL' }: Props) {
  const rich = useRef(richEditorSupported()).current;
  return (
    <div className="field sql-editor">
      <span>{label}</span>
      {rich ? <CodeMirror value={value} onChange={onChange} onRun={onRun} label={label} /> : (
        <textarea aria-label={label} value={value} rows={5} spellCheck={false} onChange={(e) => onChange(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey) && onRun) {
              e.preventDefault();
              onRun();
            }
          }} />
      )}
    </div>
  );
}

function CodeMirror({ value, onChange, onRun, label }: Props & { label: string }) {
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const callbacks = useRef({ onChange, onRun });
  useEffect(() => {
    callbacks.current = { onChange, onRun };
  });

  useEffect(() => {
    const editor = new EditorView({
      parent: host.current!,
      state: EditorState.create({
        doc: value,
        extensions: [
          sql(),
          syntaxHighlighting(sqlHighlight),
          EditorView.lineWrapping,
          placeholder('SELECT …'),
          EditorView.contentAttributes.of({ 'aria-label': label, 'aria-multiline': 'true' }),
          keymap.of([{ key: 'Mod-Enter', run: () => { callbacks.current.onRun?.(); return true; } }]),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) callbacks.current.onChange(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = editor;
    return () => {
      editor.destroy();
      view.current = null;
    };
    // Created once per label: later values arrive through the effect below, callbacks through the ref.
  }, [label]);

  // A value set from outside (such as clearing after "Add block") replaces the document.
  useEffect(() => {
    const editor = view.current;
    if (editor && editor.state.doc.toString() !== value) {
      editor.dispatch({ changes: { from: 0, to: editor.state.doc.length, insert: value } });
    }
  }, [value]);

  return <div ref={host} className="cm-host" />;
}

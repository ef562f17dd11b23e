import { describe, expect, it } from 'vitest';
import { mend } from './graphiqlA11y';

describe('mend (GraphiQL accessibility)', () => {
  it('names the editors and flattens tabs that hold buttons, and is idempotent', () => {
    const root = document.createElement('div');
    root.innerHTML = `
      <div class="graphiql-query-editor"><textarea></textarea></div>
      <div class="graphiql-editor-tool"><textarea></textarea></div>
      <textarea readonly></textarea>
      <ul role="tablist"><li role="tab" aria-selected="true"><button>My query</button><button>Close</button></li></ul>
      <ul role="tablist"><li role="tab" aria-selected="false">Plain tab</li></ul>`;

    mend(root);
    mend(root);

    const areas = root.querySelectorAll('textarea');
    expect([...areas].map((a) => a.getAttribute('aria-label'))).toEqual(['GraphQL query', 'Variables or headers (JSON)', 'Response']);
    const [withButtons, plain] = root.querySelectorAll('li');
    expect(withButtons.getAttribute('role')).toBe('none');
    expect(withButtons.hasAttribute('aria-selected')).toBe(false);
    expect(withButtons.parentElement!.getAttribute('role')).toBe('none');
    expect(plain.getAttribute('role')).toBe('tab'); // a tab without buttons inside stays a tab
  });
});

/**
 * GraphiQL's own markup fails axe (issue 16): its CodeMirror text areas have no labels, and its tabs nest buttons in
 * an element that is itself a tab. We cannot change its components, so this names the editors and flattens the tabs'
 * roles whenever GraphiQL (re)renders them. Only attributes are touched, and only when they differ, so the observer
 * does not feed itself.
 */
const LABELS: [selector: string, label: string][] = [
  ['.graphiql-query-editor textarea', 'GraphQL query'],
  ['.graphiql-editor-tool textarea', 'Variables or headers (JSON)'],
  ['.graphiql-response textarea', 'Response'],
  ['textarea[readonly]', 'Response'],
];

function set(element: Element, name: string, value: string | null) {
  if (value === null) {
    if (element.hasAttribute(name)) element.removeAttribute(name);
  } else if (element.getAttribute(name) !== value) {
    element.setAttribute(name, value);
  }
}

export function mend(root: ParentNode) {
  for (const [selector, label] of LABELS) {
    root.querySelectorAll(selector).forEach((area) => {
      if (!area.hasAttribute('aria-label')) area.setAttribute('aria-label', label);
    });
  }
  // A tab holding its own buttons (select, close): the buttons stay, the list and the tabs become plain.
  root.querySelectorAll('li[role="tab"]').forEach((tab) => {
    if (!tab.querySelector('button')) return;
    set(tab, 'role', 'none');
    set(tab, 'aria-selected', null);
    if (tab.parentElement?.getAttribute('role') === 'tablist') set(tab.parentElement, 'role', 'none');
  });
}

export function watch(root: HTMLElement) {
  mend(root);
  new MutationObserver(() => mend(root)).observe(root, {
    subtree: true, childList: true, attributes: true, attributeFilter: ['role', 'aria-selected'],
  });
}

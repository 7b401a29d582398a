// @vitest-environment happy-dom
/**
 * The adapter on the pages the browser tests use (test/e2e/fixtures), built by the fixtures' own page
 * scripts: the recipients it reads there are the ones the "only client drafts" setting is decided on.
 * No recipient is exposed anywhere in the page for the browser tests to look at; this is where they are checked.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readText } from '../editor/text-model';
import { excludedNodes, findEditors, recipients } from './adapter';

function loadFixtureBody(app: 'gmail' | 'outlook'): void {
  const html = readFileSync(join(import.meta.dirname, `../../test/e2e/fixtures/${app}/index.html`), 'utf8');
  const body = /<body>([\s\S]*)<\/body>/.exec(html);
  if (!body) throw new Error(`no <body> in the ${app} fixture`);
  document.body.innerHTML = body[1];
}

describe('the Gmail fixture', () => {
  it('gives each compose its own recipients from the chips, and leaves signature and quote out of the text', async () => {
    loadFixtureBody('gmail');
    await import('../../test/e2e/fixtures/gmail/gmail');
    const reply = window.gmailFixture.composeIds()[0];
    const compose = window.gmailFixture.openCompose({
      to: [
        { email: 'Kris@Studio.example', name: 'Kris' },
        { email: 'anna@berzina-design.example', name: 'Anna Bērziņa' },
      ],
    });
    const found = findEditors('gmail', document);
    expect(found.status).toBe('ok');
    const byEditor = (id: string) => found.editors.find((m) => m.editor === window.gmailFixture.editor(id))!;

    expect(recipients('gmail', byEditor(reply).compose)).toEqual([{ address: 'anna@berzina-design.example', name: 'Anna Bērziņa' }]);
    expect(recipients('gmail', byEditor(compose).compose)).toEqual([
      { address: 'kris@studio.example', name: 'Kris' },
      { address: 'anna@berzina-design.example', name: 'Anna Bērziņa' },
    ]);

    const editor = byEditor(reply).editor;
    expect(editor.textContent).toContain('swamped');
    expect(readText(editor, excludedNodes('gmail', editor)).text.trim()).toBe('');
  });
});

describe('the Outlook fixture', () => {
  it('reads "Name <address>" and name-only chips from the To well, not from the body', async () => {
    loadFixtureBody('outlook');
    await import('../../test/e2e/fixtures/outlook/outlook');
    const found = findEditors('outlook', document);
    expect(found.status).toBe('ok');
    expect(found.editors).toHaveLength(1);
    expect(found.editors[0].editor).toBe(window.outlookFixture.editor());
    expect(recipients('outlook', found.editors[0].compose)).toEqual([
      { address: 'anna@berzina-design.example', name: 'Anna Bērziņa' },
      { address: null, name: 'Kārlis' },
    ]);
  });
});

// @vitest-environment happy-dom
// @vitest-environment-options {"url": "https://mail.google.com/mail/u/0/"}
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { analyze } from '@/lib/analysis';
import { layoutStatusItem } from '@/lib/mail/layout-status';
import { localEngine } from '@/lib/engine/local';
import { startCandor as startWith } from './app';

const startCandor = (ctx: ContentScriptContext) => startWith(ctx, localEngine);

vi.mock('#i18n', () => ({ i18n: { t: (key: string, subs?: string[]) => (subs ? `${key}:${subs.join(',')}` : key) } }));

const DRAFT = 'Hi Anna, I will try to send the mockups ASAP.';

function compose(id: string, text: string): string {
  return `<div class="M9" id="${id}"><form></form><div class="Ap"><div class="Am Al editable" g_editable="true" contenteditable="true" role="textbox"><div>${text}</div></div></div></div>`;
}

const settle = (ms = 400) => new Promise((r) => setTimeout(r, ms));

function indicators(): string[] {
  return Array.from(document.querySelectorAll('candor-hints')).flatMap((host) =>
    Array.from(host.shadowRoot!.querySelectorAll('[data-candor-count]')).map((el) => el.getAttribute('data-candor-count')!),
  );
}

afterEach(() => {
  document.body.replaceChildren();
});

describe('the content script on a Gmail page', () => {
  it('finds each editor, counts its findings, lets closed ones go and stands down when invalidated', async () => {
    const expected = analyze(DRAFT, { timeZone: 'UTC' }).findings.length;
    expect(expected).toBeGreaterThan(0);
    document.body.innerHTML = `<div class="nH"><div role="main"></div></div>${compose('a', DRAFT)}${compose('b', 'Thanks, that works.')}`;
    const ctx = new ContentScriptContext('mail');
    startCandor(ctx);
    await settle();
    expect(document.querySelectorAll('candor-hints')).toHaveLength(1);
    expect(indicators().sort()).toEqual(['0', String(expected)].sort());
    expect(await layoutStatusItem('gmail').getValue()).toMatchObject({ state: 'ok' });

    document.getElementById('b')!.remove();
    await settle();
    expect(indicators()).toEqual([String(expected)]);

    ctx.abort();
    expect(document.querySelectorAll('candor-hints')).toHaveLength(0);
    expect(document.getElementById('candor-highlight-style')).toBeNull();
  });

  it('leaves one UI when a newer copy of the script starts (extension reload)', async () => {
    document.body.innerHTML = `<div class="nH"><div role="main"></div></div>${compose('a', DRAFT)}`;
    const old = new ContentScriptContext('mail');
    startCandor(old);
    await settle();
    const fresh = new ContentScriptContext('mail');
    expect(old.isInvalid).toBe(true);
    startCandor(fresh);
    await settle();
    expect(document.querySelectorAll('candor-hints')).toHaveLength(1);
    expect(indicators()).toHaveLength(1);
    fresh.abort();
  });

  it('keeps an Ignore through a reload of the page, for that draft only', async () => {
    const expected = analyze(DRAFT, { timeZone: 'UTC' }).findings.length;
    expect(expected).toBeGreaterThanOrEqual(2);
    const page = (composeId: string) =>
      `<div class="nH"><div role="main"></div></div>${compose('a', DRAFT).replace('<form></form>', `<form><input type="hidden" name="composeid" value="${composeId}"></form>`)}`;
    document.body.innerHTML = page(':r1');
    const first = new ContentScriptContext('mail');
    startCandor(first);
    await settle();
    const shadow = document.querySelector('candor-hints')!.shadowRoot!;
    shadow.querySelector<HTMLButtonElement>('[data-candor-count]')!.click();
    shadow.querySelector<HTMLButtonElement>('[data-candor-dismiss]')!.click();
    expect(indicators()).toEqual([String(expected - 1)]);
    await settle(50);
    first.abort();

    // The same draft after a reload: the page is built again and a new copy of the script starts.
    document.body.innerHTML = page(':r1');
    const reloaded = new ContentScriptContext('mail');
    startCandor(reloaded);
    await settle();
    expect(indicators()).toEqual([String(expected - 1)]);
    reloaded.abort();

    document.body.innerHTML = page(':r2');
    const other = new ContentScriptContext('mail');
    startCandor(other);
    await settle();
    expect(indicators()).toEqual([String(expected)]);
    other.abort();
  });

  it('re-reads the draft after typing pauses, from input and from DOM changes alone', async () => {
    document.body.innerHTML = `<div class="nH"><div role="main"></div></div>${compose('a', 'Thanks.')}`;
    const ctx = new ContentScriptContext('mail');
    startCandor(ctx);
    await settle();
    expect(indicators()).toEqual(['0']);
    const line = document.querySelector('#a [g_editable] div')!;
    line.textContent = DRAFT;
    await settle();
    expect(Number(indicators()[0])).toBeGreaterThan(0);
    ctx.abort();
  });
});

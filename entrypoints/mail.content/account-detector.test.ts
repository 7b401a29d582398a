// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { AccountDetector, CHECK_INTERVAL_MS } from './account-detector';

function setup(html: string) {
  const doc = document.implementation.createHTMLDocument('Mail');
  doc.body.innerHTML = html;
  let now = 0;
  const recorded: string[] = [];
  let fail = false;
  const detector = new AccountDetector('outlook', doc, async (a) => {
    recorded.push(a);
    if (fail) throw new Error('storage gone');
  }, () => now);
  return { doc, recorded, detector, tick: (ms = CHECK_INTERVAL_MS) => (now += ms), failNext: () => (fail = true), recover: () => (fail = false) };
}

describe('AccountDetector', () => {
  it('records an address once, again only when it changes, and nothing when the page shows none', async () => {
    const { doc, recorded, detector, tick } = setup('<div id="mectrl_currentAccount_secondary">Me@Freelance.example</div>');
    detector.pageChanged();
    tick();
    detector.pageChanged();
    doc.getElementById('mectrl_currentAccount_secondary')!.textContent = 'other@work.example';
    detector.pageChanged(); // within the interval: not looked at yet
    tick();
    detector.pageChanged();
    doc.body.replaceChildren();
    tick();
    detector.pageChanged();
    expect(recorded).toEqual(['me@freelance.example', 'other@work.example']);
  });

  it('tries again after a failed write', async () => {
    const { recorded, detector, tick, failNext, recover } = setup('<div id="mectrl_currentAccount_secondary">me@freelance.example</div>');
    failNext();
    detector.pageChanged();
    await Promise.resolve();
    await Promise.resolve();
    recover();
    tick();
    detector.pageChanged();
    expect(recorded).toEqual(['me@freelance.example', 'me@freelance.example']);
  });
});

/**
 * "Found on your mail pages: me@example.com [Add to my addresses]": the signed-in addresses the mail
 * content script read from Gmail and Outlook (lib/storage/detected-accounts.ts), offered for the
 * user's own addresses. Adding puts the address in the form's field; the form's Save keeps it, like
 * every other edit. Addresses already in the field are not offered.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { i18n } from '#i18n';
import { loadDetectedAccounts, watchDetectedAccounts } from '@/lib/storage/detected-accounts';
import { normalizeEmail } from '@/lib/storage/settings-schema';

/** Where the detected addresses come from: extension storage, or a fake in tests. */
export interface DetectedSource {
  load(): Promise<string[]>;
  watch(onChange: (list: string[]) => void): () => void;
}

export const extensionDetectedSource: DetectedSource = { load: loadDetectedAccounts, watch: watchDetectedAccounts };

function ownIn(text: string): Set<string> {
  return new Set(
    text
      .split(/[\n,;]+/)
      .map((line) => normalizeEmail(line))
      .filter((a): a is string => a !== null),
  );
}

export function DetectedAddresses({ value, onChange, source = extensionDetectedSource }: { value: string; onChange(value: string): void; source?: DetectedSource }) {
  const id = useId();
  const [detected, setDetected] = useState<string[]>([]);
  const [added, setAdded] = useState<string | null>(null);
  const status = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    let live = true;
    source
      .load()
      .then((list) => live && setDetected(list))
      .catch(() => {
        /* nothing to offer without storage */
      });
    const stop = source.watch((list) => setDetected(list));
    return () => {
      live = false;
      stop();
    };
  }, [source]);

  const own = ownIn(value);
  const offered = detected.filter((a) => !own.has(a));

  const add = (address: string) => {
    onChange(value.trim() ? `${value.trimEnd()}\n${address}` : address);
    setAdded(address);
    // The pressed button goes away with its offer: focus moves to the message saying what happened.
    status.current?.focus();
  };

  return (
    <section className="candor-detected" data-candor-detected="" aria-labelledby={offered.length ? `${id}-title` : undefined}>
      {offered.length ? (
        <>
          <p id={`${id}-title`} className="candor-help">
            {i18n.t('optionsDetectedTitle')}
          </p>
          <ul>
            {offered.map((address) => (
              <li key={address} data-candor-detected-address={address}>
                <span>{address}</span>{' '}
                <button type="button" data-candor-action="add-detected" aria-label={i18n.t('optionsDetectedAddLabel', [address])} onClick={() => add(address)}>
                  {i18n.t('optionsDetectedAdd')}
                </button>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {/* A live region without role=status: the form's own status is the page's one [role=status]. */}
      <p ref={status} aria-live="polite" tabIndex={-1} className="candor-help" data-candor-detected-status="">
        {added && own.has(added) ? i18n.t('optionsDetectedAdded', [added]) : null}
      </p>
    </section>
  );
}

import { useEffect, useState } from 'react';
import { loadLedger, watchLedger } from '@/lib/storage/ledger';
import { loadSettings, watchSettings, type Settings } from '@/lib/storage/settings';
import type { Ledger } from '@/lib/threads/types';

export interface PopupData {
  settings: Settings;
  ledger: Ledger;
  now: number;
}

/** Waits grow while the popup is open: the clock ticks once a minute, like the badge. */
export const POPUP_TICK_MS = 60_000;

/** Settings and ledger from storage, kept current while the popup is open; null until both are read. */
export function usePopupData(): PopupData | null {
  const [data, setData] = useState<PopupData | null>(null);
  useEffect(() => {
    let live = true;
    Promise.all([loadSettings(), loadLedger()])
      .then(([settings, ledger]) => live && setData({ settings, ledger, now: Date.now() }))
      .catch((error) => console.warn('Candor: could not read storage', error));
    const stopSettings = watchSettings((settings) => setData((d) => (d ? { ...d, settings, now: Date.now() } : d)));
    const stopLedger = watchLedger((ledger) => setData((d) => (d ? { ...d, ledger, now: Date.now() } : d)));
    const tick = setInterval(() => setData((d) => (d ? { ...d, now: Date.now() } : d)), POPUP_TICK_MS);
    return () => {
      live = false;
      stopSettings();
      stopLedger();
      clearInterval(tick);
    };
  }, []);
  return data;
}

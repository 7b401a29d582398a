import { useEffect, useState } from 'react';
import { i18n } from '#i18n';
import { HOST_LABELS, LAYOUT_HOSTS, layoutStatusItem, readLayoutStatuses, type LayoutStatus } from '@/lib/mail/layout-status';
import type { MailHost } from '@/lib/mail/selectors';

/**
 * One line per mail app whose layout the content script could not read (nothing when all is well).
 * Self-contained so any popup can place it; `data-candor-layout-status=<host>` is the stable test hook.
 */
export function LayoutStatusLine() {
  const [statuses, setStatuses] = useState<Partial<Record<MailHost, LayoutStatus>>>({});
  useEffect(() => {
    let live = true;
    const reload = () =>
      readLayoutStatuses()
        .then((s) => live && setStatuses(s))
        .catch(() => {});
    reload();
    const unwatch = LAYOUT_HOSTS.map((host) => layoutStatusItem(host).watch(reload));
    return () => {
      live = false;
      unwatch.forEach((stop) => stop());
    };
  }, []);
  const broken = LAYOUT_HOSTS.filter((host) => statuses[host]?.state === 'not-recognised');
  if (broken.length === 0) return null;
  return (
    <>
      {broken.map((host) => (
        <p key={host} role="status" data-candor-layout-status={host} style={{ color: '#b45309' }}>
          {i18n.t('popupLayoutNotRecognised', [HOST_LABELS[host]])}
        </p>
      ))}
    </>
  );
}

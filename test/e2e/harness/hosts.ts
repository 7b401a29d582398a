/** The mail hosts the extension matches; the browser resolves every one of them to the fixture server. */
export const GMAIL_HOST = 'mail.google.com';
export const OUTLOOK_HOSTS = ['outlook.office.com', 'outlook.office365.com', 'outlook.live.com', 'outlook.cloud.microsoft'] as const;
export const MAIL_HOSTS = [GMAIL_HOST, ...OUTLOOK_HOSTS] as const;

export type MailHost = (typeof MAIL_HOSTS)[number];

export function isOutlookHost(host: string): boolean {
  return (OUTLOOK_HOSTS as readonly string[]).includes(host);
}

/** Where each app's compose page lives on its real host (the paths the real apps use). */
export const GMAIL_PATH = '/mail/u/0/';
export const OUTLOOK_PATH = '/mail/';
/** A page on a mail host whose layout no selector matches (the app changed its DOM under us). */
export const UNKNOWN_LAYOUT_PATH = '/mail/u/0/unknown-layout';
/** Inbox pages with thread lists and an open thread (fixtures gmail-inbox/, outlook-inbox/): GMAIL_PATH or OUTLOOK_PATH + this. */
export const INBOX_SUFFIX = 'inbox-threads';

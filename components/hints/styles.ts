import { HIGHLIGHT_NAMES } from './severity';

/**
 * Styles are constant strings set through textContent: nothing from the draft ever reaches them.
 * Colours are chosen to read on both the apps' light and dark themes; the shadow UI also switches on
 * the host page's own background (data-theme) and on prefers-color-scheme.
 */

/** Injected into the mail page once: ::highlight rules must live in the document that holds the text. */
export const PAGE_HIGHLIGHT_CSS = `
::highlight(${HIGHLIGHT_NAMES.high}) { text-decoration: underline wavy #e5484d; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(229, 72, 77, 0.14); }
::highlight(${HIGHLIGHT_NAMES.medium}) { text-decoration: underline wavy #f08c00; text-decoration-thickness: 1.5px; text-underline-offset: 3px; background-color: rgba(240, 140, 0, 0.14); }
::highlight(${HIGHLIGHT_NAMES.low}) { text-decoration: underline dotted #3b82f6; text-decoration-thickness: 2px; text-underline-offset: 3px; background-color: rgba(59, 130, 246, 0.12); }
::highlight(${HIGHLIGHT_NAMES.active}) { background-color: rgba(250, 204, 21, 0.38); }
`;

export const SHADOW_CSS = `
:host { all: initial; }
* { box-sizing: border-box; }
.layer { position: fixed; inset: 0 auto auto 0; width: 0; height: 0; z-index: 2147483646; font: 13px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }

.boxes { position: fixed; inset: 0; width: 0; height: 0; pointer-events: none; }
.box { position: fixed; pointer-events: none; border-bottom: 2px solid; }
.box[data-severity=high] { border-color: #e5484d; background: rgba(229, 72, 77, 0.12); }
.box[data-severity=medium] { border-color: #f08c00; background: rgba(240, 140, 0, 0.12); }
.box[data-severity=low] { border-color: #3b82f6; border-bottom-style: dotted; background: rgba(59, 130, 246, 0.10); }
.box[data-active] { background: rgba(250, 204, 21, 0.35); }

.indicator { position: fixed; display: inline-flex; align-items: center; gap: 4px; min-width: 26px; height: 26px; padding: 0 8px;
  border-radius: 13px; border: 1px solid rgba(0, 0, 0, 0.18); cursor: pointer; font: 600 12px/1 system-ui, sans-serif;
  color: #fff; background: #6b7280; box-shadow: 0 1px 3px rgba(0, 0, 0, 0.25); opacity: 0.92; }
.indicator:hover, .indicator:focus-visible { opacity: 1; outline: 2px solid #2563eb; outline-offset: 2px; }
.indicator[data-severity=high] { background: #c62828; }
.indicator[data-severity=medium] { background: #b45309; }
.indicator[data-severity=low] { background: #1d4ed8; }
.indicator[data-candor-count="0"] { background: #15803d; opacity: 0.55; }
.indicator[hidden] { display: none; }
.indicator .mark { font-weight: 700; }

.card { position: fixed; width: min(380px, calc(100vw - 16px)); max-height: min(70vh, 520px); overflow: auto; padding: 10px;
  border-radius: 8px; border: 1px solid #d0d7de; background: #ffffff; color: #1f2328; box-shadow: 0 8px 24px rgba(0, 0, 0, 0.22); }
.card[hidden] { display: none; }
.card h2 { font-size: 13px; margin: 0 0 6px; font-weight: 600; }
.finding { padding: 8px; border-radius: 6px; border-left: 4px solid #6b7280; background: rgba(127, 127, 127, 0.07); }
.finding + .finding { margin-top: 8px; }
.finding[data-severity=high] { border-left-color: #e5484d; }
.finding[data-severity=medium] { border-left-color: #f08c00; }
.finding[data-severity=low] { border-left-color: #3b82f6; }
.finding[data-active] { outline: 2px solid #facc15; }
.finding h3 { margin: 0 0 4px; font-size: 12px; text-transform: uppercase; letter-spacing: 0.03em; opacity: 0.8; }
.finding p { margin: 0 0 6px; }
.finding .flagged { font-style: italic; opacity: 0.85; }
.finding .suggestion { margin: 0 0 8px; padding: 6px 8px; border-radius: 4px; background: rgba(34, 197, 94, 0.12); }
.finding label { display: flex; gap: 6px; align-items: center; margin: 0 0 8px; }
.finding input[type=date] { font: inherit; padding: 2px 4px; color: inherit; background: transparent; border: 1px solid #8c959f; border-radius: 4px; color-scheme: light dark; }
.actions { display: flex; flex-wrap: wrap; gap: 6px; }
button { font: inherit; cursor: pointer; border-radius: 6px; padding: 4px 10px; border: 1px solid #8c959f; background: transparent; color: inherit; }
button:focus-visible { outline: 2px solid #2563eb; outline-offset: 1px; }
button.primary { background: #1f883d; border-color: #1a7f37; color: #fff; }
.status { margin: 6px 0 0; font-size: 12px; min-height: 1em; }
.status[data-kind=error] { color: #cf222e; }
.hint { margin: 8px 0 0; font-size: 11px; opacity: 0.7; }

.card[data-theme=dark] { background: #1f2428; color: #e6edf3; border-color: #444c56; }
.card[data-theme=dark] .status[data-kind=error] { color: #ff7b72; }
.indicator[data-theme=dark] { border-color: rgba(255, 255, 255, 0.25); }
@media (prefers-color-scheme: dark) {
  .card:not([data-theme=light]) { background: #1f2428; color: #e6edf3; border-color: #444c56; }
  .card:not([data-theme=light]) .status[data-kind=error] { color: #ff7b72; }
}
@media (prefers-reduced-motion: no-preference) { .indicator { transition: background-color 120ms; } }
`;

/**
 * Options for the expectation line: whether Candor offers the response-time sentence in a first draft
 * to a client, and the user's own wording per draft language. An empty box means the generated
 * sentence, which the box shows as its placeholder, worked out from the hours and target in this
 * same form (so it follows edits before they are saved).
 */
import { useId, useMemo } from 'react';
import { i18n } from '#i18n';
import { expectationLine } from '@/lib/analysis/expectation-line';
import { LANGS, type Lang } from '@/lib/dates/types';
import { browserTimeZone, repairSettings, type SettingsIssue } from '@/lib/storage/settings-schema';
import { issueText, issuesAt, settingsInputFromForm, type OptionsForm } from './form-model';
import './expectation-line.css';

/** Each language by its own name: the box is for text in that language, whatever the UI language. */
const AUTONYMS: Readonly<Record<Lang, string>> = { en: 'English', ru: 'Русский', uk: 'Українська', pl: 'Polski', lv: 'Latviešu' };

/** The generated sentence per language for the form as it stands (invalid fields fall back to defaults). */
export function generatedSentences(form: OptionsForm): Record<Lang, string> {
  const settings = repairSettings(settingsInputFromForm(form)).settings;
  const zone = settings.timeZone ?? browserTimeZone();
  return Object.fromEntries(LANGS.map((lang) => [lang, expectationLine(settings, lang, { timeZone: zone })])) as Record<Lang, string>;
}

export function ExpectationLineField({ form, onChange, issues }: { form: OptionsForm; onChange(value: OptionsForm['expectationLine']): void; issues: readonly SettingsIssue[] }) {
  const id = useId();
  const value = form.expectationLine;
  const generated = useMemo(() => generatedSentences(form), [form]);
  const fieldIssues = issuesAt(issues, 'expectationLine');
  const describedBy = [`${id}-help`, fieldIssues.length ? `${id}-errors` : ''].filter(Boolean).join(' ');
  const setSentence = (lang: Lang, text: string) => {
    const custom = { ...value.custom };
    // Kept as typed while editing; the schema trims it and drops an empty one on save.
    if (text) custom[lang] = text;
    else delete custom[lang];
    onChange({ ...value, custom });
  };
  return (
    <fieldset className="candor-field candor-expectation" data-candor-field="expectation-line" aria-invalid={fieldIssues.length > 0 || undefined}>
      <legend>{i18n.t('optionsExpectationLine')}</legend>
      <p id={`${id}-help`} className="candor-help">
        {i18n.t('optionsExpectationLineHelp')}
      </p>
      <label>
        <input type="checkbox" name="expectation-line-enabled" checked={value.enabled} aria-describedby={describedBy} onChange={(e) => onChange({ ...value, enabled: e.target.checked })} />{' '}
        {i18n.t('optionsExpectationLineEnabled')}
      </label>
      {LANGS.map((lang) => (
        <label key={lang} className="candor-lang">
          <span lang={lang}>{AUTONYMS[lang]}</span>
          <textarea
            name={`expectation-line-${lang}`}
            lang={lang}
            rows={2}
            value={value.custom[lang] ?? ''}
            placeholder={generated[lang]}
            aria-describedby={describedBy}
            aria-invalid={fieldIssues.some((i) => i.path === `expectationLine.custom.${lang}`) || undefined}
            onChange={(e) => setSentence(lang, e.target.value)}
          />
        </label>
      ))}
      {fieldIssues.length ? (
        <ul id={`${id}-errors`} className="candor-errors" data-candor-errors="">
          {fieldIssues.map((issue, i) => (
            <li key={`${issue.path}-${i}`} data-candor-error={issue.code}>
              {issueText(issue)}
            </li>
          ))}
        </ul>
      ) : null}
    </fieldset>
  );
}

/** A report as the reader cites it: publisher, date, kind (UN, UN copy, press) and a link to the page. */
import type { Lang, Report } from '../domain/types.ts';
import { formatDay, t } from '../i18n/index.ts';

export function ReportReference({ report, lang }: { report: Report; lang: Lang }) {
  return (
    <span className="letter-ref report-ref" data-source-kind={report.kind}>
      <span className="source-kind">{t(lang, `source.kind.${report.kind}`)}</span>{' '}
      {report.publisher}
      {', '}
      {report.published ? formatDay(lang, report.published) : t(lang, 'source.undated')}
      {report.original && <> ({report.original[lang]})</>}
      {' · '}
      <a href={report.url} target="_blank" rel="noopener noreferrer">
        {t(lang, 'source.read')}
      </a>
    </span>
  );
}

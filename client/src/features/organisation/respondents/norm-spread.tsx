import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/ui/button';
import type { LayerSpreadFieldsFragment, NormSpreadFieldsFragment } from '../../../gql/graphql';
import { useRespondentTexts } from './respondents-texts';
import './respondents.css';

/** The consolidated answer's fields a respondent's text can be cited into. */
export type CitedField = 'goesWell' | 'toImprove';
const CITED_FIELDS: readonly CitedField[] = ['goesWell', 'toImprove'];
const COUNTS = ['meets', 'partlyMeets', 'doesNotMeet', 'notApplicable'] as const;

/** A respondent's text as it goes into the consolidated answer: quoted, so it reads as someone else's words. */
export function quoted(text: string): string {
  return `“${text.trim()}”`;
}

/** The field's text with the quote added on a paragraph of its own. */
export function withQuote(current: string, text: string): string {
  return current.trim() ? `${current.trimEnd()}\n\n${quoted(text)}` : quoted(text);
}

interface NormSpreadProps {
  spread: NormSpreadFieldsFragment;
  normCode: string;
  /** Adds a text to the consolidated answer's field; left out where nothing is cited (read-only, the respondent's page). */
  cite?: (field: CitedField, text: string) => void;
  /** The consolidated answer as it is now, to mark texts cited already. */
  current?: Record<CitedField, string>;
}

/**
 * What the respondents answered on one norm, beside the consolidated answer: the scores counted per layer
 * group (pooled groups said so), a note when the layers differ, and, for the quality officer, the texts
 * with a button that cites each into the answer. Only submitted answers are counted (the server's rule).
 */
export function NormSpread({ spread, normCode, cite, current }: NormSpreadProps) {
  const { r } = useRespondentTexts();
  const { t } = useTranslation();
  const id = useId();
  const groupName = (group: LayerSpreadFieldsFragment) => {
    const layers = group.layers.map((layer) => r(`layer.${layer}`)).join(' + ');
    return group.pooled ? r('spread.pooled', { layers }) : layers;
  };
  const row = (group: LayerSpreadFieldsFragment, name: string, key: string) => (
    <tr key={key}>
      <th scope="row">{name}</th>
      {COUNTS.map((count) => (
        <td key={count} className="num">
          {group[count]}
        </td>
      ))}
      <td className="num">{group.answerCount}</td>
    </tr>
  );
  // The server sends texts to the quality officers only; anyone else gets the counts.
  const texts = CITED_FIELDS.filter((field) => spread[field].length > 0);
  return (
    <section className="spread" aria-labelledby={`${id}-title`} data-testid="spread">
      <h3 id={`${id}-title`} className="spread__title">
        {cite || texts.length > 0 ? r('spread.title') : r('spread.titleCounts')}
      </h3>
      <div className="table-wrap">
        <table className="table spread__table">
          <caption className="visually-hidden">{r('spread.caption', { code: normCode })}</caption>
          <thead>
            <tr>
              <th scope="col">{r('spread.group')}</th>
              {COUNTS.map((count) => (
                <th key={count} scope="col" className="num">
                  {r(`spread.${count}`)}
                </th>
              ))}
              <th scope="col" className="num">
                {r('spread.answers')}
              </th>
            </tr>
          </thead>
          <tbody>{spread.groups.map((group) => row(group, groupName(group), group.layers.join('+')))}</tbody>
          {spread.groups.length > 1 && <tfoot>{row(spread.total, r('spread.total'), 'total')}</tfoot>}
        </table>
      </div>
      {spread.groups.some((group) => group.pooled) && <p className="muted spread__note">{r('spread.pooledHint')}</p>}
      {spread.layersDiffer && (
        <p className="spread__note spread__note--differ" data-testid="layers-differ">
          {r('spread.layersDiffer')}
        </p>
      )}
      {texts.map((field) => (
        <div key={field} className="spread__texts" data-testid={`spread-${field}`}>
          <h4>{r(`spread.${field}`)}</h4>
          <ul>
            {spread[field].map((text) => {
              const done = current?.[field].includes(quoted(text.text)) ?? false;
              return (
                <li key={text.answerId} className="spread__text">
                  <blockquote>{text.text}</blockquote>
                  <p className="muted">{r('spread.by', { name: text.respondentName, layer: r(`layer.${text.layer}`) })}</p>
                  {cite && (
                    <Button variant="secondary" className="button--small" disabled={done} onClick={() => cite(field, text.text)}>
                      {done ? r('spread.cited') : r('spread.cite')}
                      <span className="visually-hidden"> {r('spread.citeIn', { field: t(`selfEvaluation.${field}`) })}</span>
                    </Button>
                  )}
                </li>
              );
            })}
          </ul>
        </div>
      ))}
    </section>
  );
}

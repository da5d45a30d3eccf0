import type { AuditProgrammeViewFragment } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useProgrammeTexts } from './programme-texts';
import './programme.css';

/** The programme as a table of interviews, with what it does not cover yet and whether the organisation confirmed it. */
export function ProgrammeTable({ programme }: { programme: AuditProgrammeViewFragment | null | undefined }) {
  const { p, locale } = useProgrammeTexts();
  if (!programme) return <p className="muted" data-testid="programme-none">{p('none')}</p>;
  const { slots, uncoveredNorms } = programme;
  return (
    <div className="stack" data-testid="programme-view">
      <p className={programme.confirmedAt ? 'banner banner--success' : 'muted'} data-testid="programme-confirmation">
        {programme.confirmedAt
          ? p('confirmed', { name: programme.confirmedByName, date: formatDateTime(programme.confirmedAt, locale) })
          : p('notConfirmed')}
      </p>
      {slots.length === 0 ? (
        <p className="muted">{p('empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table programme-table" data-testid="programme-slots">
            <caption>{p('caption', { count: slots.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{p('col.when')}</th>
                <th scope="col">{p('col.group')}</th>
                <th scope="col">{p('col.participants')}</th>
                <th scope="col">{p('col.norms')}</th>
                <th scope="col">{p('col.auditors')}</th>
              </tr>
            </thead>
            <tbody>
              {slots.map((slot, index) => (
                <tr key={index} data-testid="programme-slot">
                  <th scope="row">
                    {p('day', { n: slot.day })}, {p('time', { start: slot.startTime, end: slot.endTime })}
                  </th>
                  <td>{slot.group === 'OTHER' && slot.groupLabel ? slot.groupLabel : p(`group.${slot.group}`)}</td>
                  <td className="programme-table__text">
                    {slot.participants}
                    {slot.participants && slot.headCount !== null && <br />}
                    {slot.headCount !== null && p('people', { count: slot.headCount })}
                  </td>
                  <td>
                    {slot.norms.length === 0 ? (
                      <span className="muted">{p('noNorms')}</span>
                    ) : (
                      slot.norms.map((norm) => (
                        <abbr key={norm.id} title={norm.title} className="programme-table__norm">
                          {norm.code}
                        </abbr>
                      ))
                    )}
                  </td>
                  <td>{slot.auditors.length === 0 ? <span className="muted">{p('noAuditors')}</span> : slot.auditors.map((a) => a.name).join(', ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p data-testid="programme-uncovered" className={uncoveredNorms.length ? undefined : 'muted'}>
        {uncoveredNorms.length ? p('uncovered', { norms: uncoveredNorms.map((n) => n.code).join(', ') }) : p('allCovered')}
      </p>
      <p className="muted">{p('savedBy', { name: programme.savedByName, date: formatDateTime(programme.updatedAt, locale) })}</p>
    </div>
  );
}

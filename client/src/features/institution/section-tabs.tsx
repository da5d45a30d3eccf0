import { Link } from 'wouter';
import { useInstitutionTexts } from './institution-texts';
import { SECTIONS, sectionToDo, type Rights, type Section } from './rights';

/**
 * The sections of the workspace as links (each has its own address, so back and forward work and a
 * section can be shared); the one that holds the user's next action is marked.
 */
export function SectionTabs({ cycleId, current, rights }: { cycleId: string; current: Section; rights: Rights }) {
  const { i } = useInstitutionTexts();
  const todo = sectionToDo(rights);
  return (
    <nav className="inst-tabs" aria-label={i('workspace.sections')}>
      <ul>
        {SECTIONS.map((section) => {
          const label = i(`section.${section}`);
          return (
            <li key={section}>
              <Link
                href={`/cycles/${cycleId}/${section}`}
                className="inst-tabs__link"
                aria-current={section === current ? 'page' : undefined}
                data-testid={`tab-${section}`}
              >
                {label}
                {section === todo && <span className="badge">{i('workspace.todo')}</span>}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

import { useEffect, type RefObject } from 'react';

/**
 * Gives every cell of each `.table` under `root` its column's heading as `data-label`, so that on a phone,
 * where the stylesheet shows each row as a card, every value is read with its name. Every table is written
 * as a plain table; this keeps the narrow layout in one place instead of in each screen. The roles are set
 * as well, because some browsers drop a table's semantics once it is no longer displayed as a table.
 */
export function labelTableCells(root: ParentNode): void {
  for (const table of root.querySelectorAll<HTMLTableElement>('table.table')) {
    const names: string[] = [];
    for (const cell of table.tHead?.rows[0]?.cells ?? []) {
      const name = nameOf(cell);
      for (let span = 0; span < cell.colSpan; span += 1) names.push(name);
    }
    setRole(table, 'table');
    for (const group of [table.tHead, ...table.tBodies, table.tFoot]) if (group) setRole(group, 'rowgroup');
    for (const row of table.rows) {
      setRole(row, 'row');
      let column = 0;
      for (const cell of row.cells) {
        const inHead = row.parentElement === table.tHead;
        setRole(cell, inHead ? 'columnheader' : cell.tagName === 'TH' ? 'rowheader' : 'cell');
        const name = inHead ? '' : (names[column] ?? '');
        if (name && cell.dataset.label !== name) cell.dataset.label = name;
        column += cell.colSpan;
      }
    }
  }
}

/** A heading's words without what is only for the eye (a sort arrow marked aria-hidden). */
function nameOf(cell: HTMLTableCellElement): string {
  const copy = cell.cloneNode(true) as HTMLElement;
  for (const decoration of copy.querySelectorAll('[aria-hidden="true"]')) decoration.remove();
  return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function setRole(element: Element, role: string): void {
  if (!element.hasAttribute('role')) element.setAttribute('role', role);
}

/** Keeps the labels right while the screen under `ref` changes (rows loaded, a language switched). */
export function useTableCards(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = ref.current;
    if (!root) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => labelTableCells(root));
    };
    labelTableCells(root);
    // Only added nodes and changed text matter; the labels this sets are attributes and do not trigger it again.
    const observer = new MutationObserver(schedule);
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [ref]);
}

import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { QuadrantId } from '~/plot/quadrants';
import { formatChange, formatCompletedAt, formatRating, type HistoryRow } from './history';
import type { ResultContent } from './clientContent';
import { fillMessage } from '~/ui/template';

// Every saved result as a table row, with how it changed from the one before,
// and buttons to delete one result or (after a confirmation) all of them.

/** How many results a printout lists, newest last, so the results fit one page (assessment.css hides the rest). */
const PRINTED_ROWS = 5;

interface Props {
  rows: readonly HistoryRow[];
  quadrantNames: Readonly<Record<QuadrantId, string>>;
  words: ResultContent['history'];
  locale: string;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
}

function withChange(value: number | null, change: number | null | undefined, noChange: string): string {
  if (value === null) return '–';
  const shown = formatRating(value);
  return change === undefined || change === null ? shown : `${shown} (${formatChange(change, noChange)})`;
}

export function AttemptHistory({ rows, quadrantNames, words, locale, onDelete, onDeleteAll }: Props) {
  const [confirming, setConfirming] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const deleteAllRef = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);

  // Focus follows the question: to the question when it is asked (not to "Yes", where a
  // held or repeated Enter would confirm at once), back to the button when cancelled.
  // A layout effect, so focus moves as the render that shows its target is committed.
  useLayoutEffect(() => {
    if (confirming) questionRef.current?.focus();
    else if (wasConfirming.current) deleteAllRef.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  return (
    <div class="sa-history">
      <div class="sa-table-wrap" tabindex={0} role="region" aria-labelledby="sa-history-caption">
        <table>
          <caption id="sa-history-caption">{words.caption}</caption>
          <thead>
            <tr>
              <th scope="col">{words.columns.completed}</th>
              <th scope="col">{words.columns.support}</th>
              <th scope="col">{words.columns.challenge}</th>
              <th scope="col">{words.columns.vision}</th>
              <th scope="col">{words.columns.quadrant}</th>
              <th scope="col" class="sa-actions-column">
                <span class="visually-hidden">{words.columns.delete}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const when = formatCompletedAt(row.attempt.completedAt, locale);
              return (
                <tr key={row.attempt.id}>
                  <th scope="row">{`${index + 1}. ${when}`}</th>
                  <td>{withChange(row.position.support, row.change?.support, words.noChange)}</td>
                  <td>{withChange(row.position.challenge, row.change?.challenge, words.noChange)}</td>
                  <td>{withChange(row.vision, row.change?.vision, words.noChange)}</td>
                  <td>{quadrantNames[row.quadrant]}</td>
                  <td class="sa-actions-column">
                    <button type="button" class="control sa-small" aria-label={fillMessage(words.deleteLabel, { number: index + 1, when })} onClick={() => onDelete(row.attempt.id)}>
                      {words.delete}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > PRINTED_ROWS && <p class="sa-print-only">{fillMessage(words.printed, { shown: PRINTED_ROWS, count: rows.length })}</p>}
      {confirming ? (
        <div
          class="sa-confirm"
          role="group"
          aria-labelledby="sa-confirm-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') setConfirming(false);
          }}
        >
          <p id="sa-confirm-question" ref={questionRef} tabindex={-1}>
            {rows.length === 1 ? words.confirmOne : fillMessage(words.confirmMany, { count: rows.length })}
          </p>
          <button type="button" class="control" onClick={onDeleteAll}>
            {words.confirm}
          </button>
          <button type="button" class="control" onClick={() => setConfirming(false)}>
            {words.cancel}
          </button>
        </div>
      ) : (
        <button type="button" class="control sa-delete-all" ref={deleteAllRef} onClick={() => setConfirming(true)}>
          {words.deleteAll}
        </button>
      )}
    </div>
  );
}

import type { ResultContent } from './clientContent';
import type { Quadrant } from '~/plot/quadrant.schema';
import type { QuadrantId } from '~/plot/quadrants';
import type { SavedAttempt } from './storage';
import type { Choices } from './scoring';
import { scaleLines } from './scoring';
import { formatCompletedAt, historyRows } from './history';
import { summaryText } from './summary';
import { sitePath } from '~/site/paths';
import { ResultPlacement } from './ResultPlacement';
import { ScaleLineList } from './ScaleLineList';
import { ScenarioReview } from './ScenarioReview';
import { AttemptHistory } from './AttemptHistory';
import { ResultActions } from './ResultActions';
import { HISTORY_HEADING_ID, RESULTS_HEADING_ID } from './ids';
import { fillMessage } from '~/ui/template';

// The results of the latest attempt, with every saved attempt as a path on the
// plot and a table of changes. Laid out to print on one page.

interface Props {
  content: ResultContent;
  quadrants: Quadrant[];
  quadrantNames: Readonly<Record<QuadrantId, string>>;
  /** Oldest first; never empty. */
  attempts: readonly SavedAttempt[];
  /** The scenario choices of the attempt just completed, with its id (saved attempts keep only the count). */
  lastChoices: { id: string; choices: Choices } | null;
  /** Heads the copied summary. */
  title: string;
  announce: (message: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
  onRetake: () => void;
}

export function Results({ content, quadrants, quadrantNames, attempts, lastChoices, title, announce, onDelete, onDeleteAll, onRetake }: Props) {
  const rows = historyRows(attempts);
  const latest = rows[rows.length - 1].attempt;
  const words = content.results;
  const summary = () =>
    summaryText({
      content,
      quadrants,
      attempts,
      title,
      locale: content.locale,
      linkTo: (guide) => new URL(sitePath(guide), window.location.origin).href,
    });

  return (
    <section class="sa-results" aria-labelledby={RESULTS_HEADING_ID}>
      <h2 id={RESULTS_HEADING_ID} tabindex={-1}>
        {words.heading}
      </h2>
      <p class="sa-when">{fillMessage(words.completed, { when: formatCompletedAt(latest.completedAt, content.locale) })}</p>
      <p class="sa-disclaimer">{content.disclaimer}</p>
      <ResultPlacement rows={rows} quadrants={quadrants} words={words} drawing={content.drawing} />

      <h3>{words.elementsHeading}</h3>
      <ScaleLineList lines={scaleLines(content.scales, latest.shares, content.strengthFrom, ['element'])} words={words} showScores />

      <h3>{words.dosHeading}</h3>
      <ScaleLineList lines={scaleLines(content.scales, latest.shares, content.strengthFrom, ['do', 'dont'])} words={words} />

      <h3>{words.scenariosHeading}</h3>
      <p>{fillMessage(words.scenariosBest, { best: latest.scenarios.best, total: latest.scenarios.total })}</p>
      {lastChoices?.id === latest.id && (
        <ScenarioReview scenarios={content.scenarios} choices={lastChoices.choices} quadrantNames={quadrantNames} words={words} />
      )}

      <h3 id={HISTORY_HEADING_ID} tabindex={-1}>
        {words.historyHeading}
      </h3>
      <AttemptHistory rows={rows} quadrantNames={quadrantNames} words={content.history} locale={content.locale} onDelete={onDelete} onDeleteAll={onDeleteAll} />

      <ResultActions words={content.resultActions} summary={summary} announce={announce} onRetake={onRetake} />
      <p class="sa-privacy">{content.privacy}</p>
    </section>
  );
}

import { CopyButton } from '~/ui/CopyButton';
import type { SelfAssessment } from './selfAssessment.schema';

// Ways to take the results away: print them (a one-page layout in
// assessment.css), copy a plain-text summary, or start again.

interface Props {
  words: SelfAssessment['resultActions'];
  summary: () => string;
  announce: (message: string) => void;
  onRetake: () => void;
}

export function ResultActions({ words, summary, announce, onRetake }: Props) {
  return (
    <div class="sa-actions">
      <div class="sa-buttons">
        <button type="button" class="control" onClick={() => window.print()}>
          {words.print}
        </button>
        <CopyButton class="sa-copy" words={words.copy} text={summary} announce={announce} />
        <button type="button" class="control" onClick={onRetake}>
          {words.retake}
        </button>
      </div>
    </div>
  );
}

import type { ComponentChildren, Ref } from 'preact';
import type { FormContent } from './clientContent';
import type { Answers, Choices } from './scoring';
import type { Unanswered } from './answers';
import { RatingQuestion } from './RatingQuestion';
import { ScenarioQuestion } from './ScenarioQuestion';
import { ErrorSummary } from './ErrorSummary';
import { SectionHeading } from './SectionHeading';
import { FORM_HEADING_ID, SCENARIOS_HEADING_ID } from './ids';

// The whole questionnaire on one page: Part 1's statements, then Part 2's
// scenarios. The same view is the paper form: rendered on the server with no
// handlers it prints as a workshop handout. On /self-assessment/ the island
// reads its words back from that markup (formMarkup.ts).

interface Props {
  content: FormContent;
  answers: Answers;
  choices: Choices;
  /** Questions to mark as unanswered; empty until the reader asks for results too early. */
  missing?: readonly Unanswered[];
  summaryRef?: Ref<HTMLDivElement>;
  formRef?: Ref<HTMLFormElement>;
  onAnswer?: (itemId: string, answer: number) => void;
  onChoose?: (scenarioId: string, optionId: string) => void;
  onSubmit?: () => void;
  /** What follows the questions: the progress bar and button in the island, nothing on paper. */
  footer?: ComponentChildren;
}

export function AssessmentForm({ content, answers, choices, missing = [], summaryRef, formRef, onAnswer, onChoose, onSubmit, footer }: Props) {
  const missingIds = new Set(missing.map((question) => `${question.kind}:${question.id}`));
  return (
    <form
      class="sa-form"
      ref={formRef}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit?.();
      }}
    >
      {missing.length > 0 && summaryRef && <ErrorSummary missing={missing} summaryRef={summaryRef} words={content.form} />}
      <section class="sa-part" aria-labelledby={FORM_HEADING_ID}>
        <SectionHeading id={FORM_HEADING_ID} text={content.ratingsHeading} linkWords={content.sectionLink} />
        <p>{content.ratingsIntro}</p>
        {content.items.map((item, index) => (
          <RatingQuestion
            key={item.id}
            item={item}
            number={index + 1}
            frequency={content.frequency}
            answer={answers[item.id]}
            error={missingIds.has(`item:${item.id}`) ? content.errors.item : undefined}
            onAnswer={onAnswer}
          />
        ))}
      </section>
      {content.scenarios.length > 0 && (
        <section class="sa-part" aria-labelledby={SCENARIOS_HEADING_ID}>
          <SectionHeading id={SCENARIOS_HEADING_ID} text={content.scenariosHeading} linkWords={content.sectionLink} />
          <p>{content.scenariosIntro}</p>
          {content.scenarios.map((scenario, index) => (
            <ScenarioQuestion
              key={scenario.id}
              scenario={scenario}
              number={index + 1}
              choice={choices[scenario.id]}
              quadrantNames={content.quadrantNames}
              words={content.form}
              error={missingIds.has(`scenario:${scenario.id}`) ? content.errors.scenario : undefined}
              onChoose={onChoose}
            />
          ))}
        </section>
      )}
      {footer}
    </form>
  );
}

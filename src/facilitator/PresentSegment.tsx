import type { Ref } from 'preact';

// One segment of a plan in the present view: heading, length, purpose, what
// to say, what to open and what to ask. A pure view.

export interface PresentSegmentData {
  id: string;
  title: string;
  minutes: number;
  purpose: string;
  say: string;
  /** Links with the site's base path already added. */
  click: { label: string; href: string }[];
  prompts: string[];
}

export interface SegmentLabels {
  purpose: string;
  say: string;
  click: string;
  prompts: string;
  minutesUnit: string;
  oneMinute: string;
}

interface Props {
  segment: PresentSegmentData;
  labels: SegmentLabels;
  hidden: boolean;
  headingRef: Ref<HTMLHeadingElement>;
  /** Set on the projector: links open in a new tab (so the timer keeps running), saying so in these words. */
  newTab?: string;
}

export function PresentSegment({ segment, labels, hidden, headingRef, newTab }: Props) {
  const headingId = `${segment.id}-heading`;
  return (
    <section id={segment.id} class="present-segment" aria-labelledby={headingId} hidden={hidden}>
      <h2 id={headingId} ref={headingRef} tabindex={-1}>
        {segment.title}
      </h2>
      <p class="present-minutes">
        {segment.minutes} {segment.minutes === 1 ? labels.oneMinute : labels.minutesUnit}
      </p>
      <p class="present-purpose">
        <strong>{labels.purpose}:</strong> {segment.purpose}
      </p>
      <h3>{labels.say}</h3>
      <p>{segment.say}</p>
      {segment.click.length > 0 && (
        <>
          <h3>{labels.click}</h3>
          <ul class="present-clicks">
            {segment.click.map((link) => (
              <li>
                {newTab ? (
                  <a href={link.href} target="_blank" rel="noopener">
                    {link.label} <span class="present-new-tab">{newTab}</span>
                  </a>
                ) : (
                  <a href={link.href}>{link.label}</a>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {segment.prompts.length > 0 && (
        <>
          <h3>{labels.prompts}</h3>
          <ul class="present-prompts">
            {segment.prompts.map((prompt) => (
              <li>{prompt}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

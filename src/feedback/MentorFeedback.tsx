import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { PlotSvg, type PlotPoint } from '~/plot/PlotSvg';
import type { DrawingWords } from '~/plot/drawingWords';
import type { Quadrant } from '~/plot/quadrant.schema';
import { quadrantAt, type PlotPosition } from '~/plot/position';
import { formatRating } from '~/assessment/history';
import { useLiveMessage } from '~/ui/useLiveMessage';
import { useSettledMark } from '~/ui/useSettledMark';
import { fillMessage, splitMessage } from '~/ui/template';
import { readAnswers, type LinkProblem } from './returnLink';
import { feedbackStore, type FeedbackNotice, type SavedFeedback } from './feedbackStore';
import { differences, learnerView, spreadOf } from './learnerView';
import { latestSelfAssessment } from './latestSelfAssessment';
import type { FeedbackScale, MentorViewWords } from './feedback.schema';
import '~/plot/plot-svg.css';

// The mentor's view on /feedback/: every learner's return link opened in this
// browser (now, from the address, or before, from storage) as a numbered dot on
// the support/challenge grid beside the mentor's own latest self-assessment,
// the same in words, the spread of several, and what the difference suggests.
// A link that cannot be read gives a message and changes nothing else.

/** Whether the fragment names an element of the page (a heading's anchor), not a learner's answers. Any text may come in. */
function isAnchorOnPage(hash: string): boolean {
  try {
    return document.getElementById(decodeURIComponent(hash.slice(1))) !== null;
  } catch {
    return false;
  }
}

interface Props {
  /** Each statement's scale, in the statements' order. */
  scales: FeedbackScale[];
  setId: string;
  quadrants: Quadrant[];
  drawing: DrawingWords;
  words: MentorViewWords;
  /** The self-assessment's address, with the base path. */
  selfAssessmentHref: string;
}

export function MentorFeedback({ scales, setId, quadrants, drawing, words, selfAssessmentHref }: Props) {
  const [saved, setSaved] = useState<SavedFeedback[] | null>(null);
  const [notice, setNotice] = useState<FeedbackNotice | null>(null);
  const [problem, setProblem] = useState<LinkProblem | null>(null);
  const [self, setSelf] = useState<PlotPosition | null>(null);
  const [focusHeading, setFocusHeading] = useState(false);
  const [message, announce] = useLiveMessage();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const store = useMemo(() => (typeof window === 'undefined' ? null : feedbackStore(() => window.localStorage)), []);

  useEffect(() => {
    const loaded = store!.load();
    setSaved(loaded.saved);
    setNotice(loaded.notice);
    setSelf(latestSelfAssessment(() => window.localStorage));
    // A return link opened here, now or later in this tab (a second link changes only the fragment).
    const take = () => {
      const hash = window.location.hash;
      if (hash.length < 2 || isAnchorOnPage(hash)) return;
      const read = readAnswers(hash, scales.length, setId);
      setProblem(read.ok ? null : read.problem);
      if (!read.ok) return announce(words.problems[read.problem]);
      const result = store!.add(hash.slice(1).toLowerCase(), new Date());
      setSaved(result.saved);
      setNotice(result.notice);
      announce(result.added ? words.added : words.already);
      // The answers are kept; the address no longer needs to carry them.
      history.replaceState(history.state, '', window.location.pathname + window.location.search);
    };
    take();
    window.addEventListener('hashchange', take);
    return () => window.removeEventListener('hashchange', take);
  }, []);

  useLayoutEffect(() => {
    if (!focusHeading) return;
    headingRef.current?.focus();
    setFocusHeading(false);
  }, [focusHeading]);

  useSettledMark(rootRef, saved !== null);

  const change = (result: { saved: SavedFeedback[]; notice: FeedbackNotice | null }, said: string) => {
    setSaved(result.saved);
    setNotice(result.notice);
    setFocusHeading(true);
    announce(said);
  };
  const deleteAll = () => {
    if (window.confirm(words.deleteConfirm)) change(store!.clear(), words.deleted);
  };

  const entries = (saved ?? []).map((entry, index) => {
    const read = readAnswers(entry.fragment, scales.length, setId);
    return { entry, number: index + 1, view: read.ok ? learnerView(read.answers, scales) : null, problem: read.ok ? null : read.problem };
  });
  const views = entries.flatMap((item) => (item.view ? [item.view] : []));
  const name = (id: string) => quadrants.find((quadrant) => quadrant.id === id)!;
  const points: PlotPoint[] = [
    ...entries.flatMap((item) => (item.view ? [{ position: item.view.position, label: String(item.number), kind: 'other' as const }] : [])),
    ...(self ? [{ position: self, label: '', kind: 'self' as const }] : []),
  ];
  const spread = views.length > 0 ? spreadOf(views) : null;
  const differ = self && spread ? differences(self, spread) : null;
  const oneQuadrant = views.length > 0 && views.every((view) => view.quadrant === views[0].quadrant) ? name(views[0].quadrant) : null;
  const [beforeLink, afterLink] = splitMessage(words.noSelf, 'link');

  return (
    <div ref={rootRef} class="fb-mentor">
      <h2 id="learners" ref={headingRef} tabIndex={-1}>
        {words.heading}
      </h2>
      {problem && (
        <p class="fb-problem" role="alert">
          {words.problems[problem]}
        </p>
      )}
      {notice && <p class="fb-notice">{words.notices[notice]}</p>}
      {saved === null && <p class="no-js-only">{words.needsJavaScript}</p>}
      {entries.length === 0 && <p class="needs-js">{words.none}</p>}
      {entries.length > 0 && (
        <>
          <figure class="fb-plot">
            <PlotSvg idPrefix="fb-plot" quadrants={quadrants} words={drawing} points={points} />
            <figcaption>{words.caption}</figcaption>
          </figure>
          <ol class="fb-learners">
            {entries.map((item) => (
              <li key={item.entry.fragment}>
                <strong>{fillMessage(words.learner, { number: item.number })}</strong>{' '}
                {item.view
                  ? fillMessage(words.placed, {
                      quadrant: name(item.view.quadrant).name,
                      support: formatRating(item.view.position.support),
                      challenge: formatRating(item.view.position.challenge),
                      vision: formatRating(item.view.vision),
                    })
                  : words.problems[item.problem!]}{' '}
                <button type="button" class="control fb-remove" onClick={() => change(store!.remove(item.entry.fragment), words.removed)}>
                  {fillMessage(words.remove, { number: item.number })}
                </button>
              </li>
            ))}
          </ol>
          {spread && views.length > 1 && (
            <p>
              {fillMessage(words.spread, {
                count: views.length,
                supportMin: formatRating(spread.support.min),
                supportMax: formatRating(spread.support.max),
                challengeMin: formatRating(spread.challenge.min),
                challengeMax: formatRating(spread.challenge.max),
              })}
            </p>
          )}
          <p class="fb-self">
            <strong>{words.self}</strong>{' '}
            {self ? (
              fillMessage(words.selfPlaced, { quadrant: name(quadrantAt(self)).name, support: formatRating(self.support), challenge: formatRating(self.challenge) })
            ) : (
              <>
                {beforeLink}
                <a href={selfAssessmentHref}>{words.selfAssessmentLink}</a>
                {afterLink}
              </>
            )}
          </p>
          {(differ || oneQuadrant) && (
            <>
              <h3>{words.nextHeading}</h3>
              {differ && <p>{words.support[differ.support]}</p>}
              {differ && <p>{words.challenge[differ.challenge]}</p>}
              {oneQuadrant && (
                <p>{fillMessage(words.quadrantStep, { quadrant: oneQuadrant.name, step: oneQuadrant.nextStep })}</p>
              )}
            </>
          )}
          <p>
            <button type="button" class="control" onClick={deleteAll}>
              {words.deleteAll}
            </button>
          </p>
        </>
      )}
      <p class="fb-caveat">{words.caveat}</p>
      <p>{words.privacy}</p>
      <p class="visually-hidden" role="status">
        {message}
      </p>
    </div>
  );
}

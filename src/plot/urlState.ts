import { clampLevel, samePosition, type PlotPosition } from './position';

// The plot's state lives in the page's query string (?support=8&challenge=2&vision=on)
// so that a facilitator can send a whole room to the same example. Anything read
// from a URL is untrusted: unknown or malformed values are ignored, numbers are
// clamped to the scale, and nothing read is ever written into the page as HTML.

export interface PlotState {
  position: PlotPosition;
  vision: boolean;
  /** id of the example relationship the reader chose, while the marker is still on it. */
  example?: string;
}

/** An example relationship as far as URL state needs it: its id and where it sits. */
export interface PlacedExample extends PlotPosition {
  id: string;
}

const PARAM = { support: 'support', challenge: 'challenge', vision: 'vision', example: 'example' } as const;
// Plain decimals only (no exponents, hex or Infinity), short enough to be a typed value.
const NUMBER = /^-?\d{1,9}(\.\d{1,9})?$/;

/** A rating from a URL parameter, clamped to the scale; null when missing or not a plain number. */
function readLevel(raw: string | null): number | null {
  if (raw === null || !NUMBER.test(raw.trim())) return null;
  return clampLevel(Number(raw));
}

/** The plot state a query string asks for, falling back value by value to `fallback`. */
export function readPlotState(search: string, examples: readonly PlacedExample[], fallback: PlotState): PlotState {
  const params = new URLSearchParams(search);
  const example = examples.find((candidate) => candidate.id === params.get(PARAM.example));
  const support = readLevel(params.get(PARAM.support));
  const challenge = readLevel(params.get(PARAM.challenge));
  const hasPosition = support !== null || challenge !== null;

  const position: PlotPosition =
    example && !hasPosition
      ? { support: example.support, challenge: example.challenge }
      : { support: support ?? fallback.position.support, challenge: challenge ?? fallback.position.challenge };
  const vision = params.has(PARAM.vision) ? ['on', '1', 'true'].includes(params.get(PARAM.vision)!.trim()) : fallback.vision;

  return {
    position,
    vision,
    // An example only counts while the marker is on it; a link that moved it elsewhere drops it.
    ...(example && samePosition(position, example) ? { example: example.id } : {}),
  };
}

/** The query string for a plot state, keeping any other parameters the page had. */
export function writePlotState(search: string, state: PlotState): string {
  const params = new URLSearchParams(search);
  params.set(PARAM.support, String(state.position.support));
  params.set(PARAM.challenge, String(state.position.challenge));
  if (state.vision) params.set(PARAM.vision, 'on');
  else params.delete(PARAM.vision);
  if (state.example) params.set(PARAM.example, state.example);
  else params.delete(PARAM.example);
  const query = params.toString();
  return query ? `?${query}` : '';
}

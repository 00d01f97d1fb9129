import { z } from 'astro/zod';
import { copyWordsSchema } from '~/ui/copyWords.schema';
import { templateText } from '~/ui/templateText.schema';

const text = z.string().trim().min(1);

/** The words around the interactive support/challenge plot, in content/data/plot.yaml. */
export const plotWordsSchema = z.object({
  /** How to move the marker; shown above the controls when JavaScript runs. */
  instructions: text,
  /** The vision toggle's label. */
  visionLabel: text,
  /** Shown with the vision arrow: the mentor's role in the learner's vision. */
  vision: text,
  /** Heading over the example relationships. */
  examplesHeading: text,
  /** The summary of the list of every example, under the plot (readable without JavaScript). */
  examplesList: text,
  /** The button that copies a link to the plot as it is now. */
  copyLink: copyWordsSchema,
  /** The figure's caption, above the plot. */
  caption: text,
  /** Heard by screen readers on the marker: which keys move it. */
  keysHint: text,
  /** Heard by screen readers: the name of the group of controls under the plot. */
  controlsLegend: text,
  /** The two sliders' labels. */
  support: text,
  challenge: text,
  /** The marker, as screen readers name it; and what they call a slider that moves in two directions. */
  marker: z.object({ label: text, roleDescription: text }),
  /** Where the marker is, after the quadrant's name. */
  coordinates: templateText('support', 'challenge'),
  /** Before each quadrant's next step. */
  towardGrowth: text,
  /** The projector button, off and on. */
  present: text,
  leavePresent: text,
  /** In the description of each quadrant under the plot: how much support and challenge it has. */
  levels: templateText('support', 'challenge'),
  levelNames: z.object({ low: text, high: text }),
  /** The marker's value for screen readers; {max} is 10. */
  markerValue: templateText('quadrant', 'support', 'challenge'),
  /** A slider's value for screen readers, and the value shown beside it; {level} is one of levelNames. */
  sliderValue: templateText('value', 'level'),
  sliderShown: templateText('value'),
  /**
   * The drawing of the grid, wherever it is drawn: the vision arrow's label, and the
   * whole drawing in words for screen readers ({quadrants} lists each quadrant with
   * its levels). Its axes are named by support and challenge, low and high by levelNames.
   */
  drawing: z.object({ vision: text, description: templateText('quadrants') }),
});

export type PlotWords = z.infer<typeof plotWordsSchema>;

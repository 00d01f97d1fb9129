import type { ExplorerProps } from '~/plot/SupportChallengeExplorer';

/** Words for the plot, shaped like the content files (short, so assertions stay readable). */
export const explorerProps = {
  id: 'test-plot',
  quadrants: [
    { id: 'retreat', name: 'Retreat', experience: 'Pushed hard, alone.', nextStep: 'Name a strength.' },
    { id: 'growth', name: 'Growth', experience: 'Stretched and backed.', nextStep: 'Keep the balance.' },
    { id: 'stasis', name: 'Stasis', experience: 'Little asked, little offered.', nextStep: 'Ask about their plans.' },
    { id: 'confirmation', name: 'Confirmation', experience: 'Safe but not stretched.', nextStep: 'Add one stretch task.' },
  ],
  examples: [
    { id: 'friendly-preceptor', name: 'The friendly preceptor', support: 8, challenge: 2, explanation: 'Warm, never stretching.' },
    { id: 'demanding-attending', name: 'The demanding attending', support: 2, challenge: 9, explanation: 'Hard questions, no backing.' },
  ],
  words: {
    instructions: 'Drag the marker or use the sliders.',
    visionLabel: "Show the learner's vision",
    vision: 'Vision is the learner’s own.',
    examplesHeading: 'Try an example',
    examplesList: 'The examples, where they sit and why',
    copyLink: {
      label: 'Copy link to this view',
      copied: 'Link copied to the clipboard.',
      failed: 'Could not copy automatically. The link is shown below the button.',
      manualLabel: 'Link to this view',
    },
    caption: 'Support with challenge.',
    keysHint: 'Left and right arrows change support; up and down arrows change challenge.',
    controlsLegend: 'Move the marker',
    support: 'Support',
    challenge: 'Challenge',
    marker: { label: 'Mentoring relationship', roleDescription: '2D slider' },
    coordinates: '(support {support}, challenge {challenge})',
    towardGrowth: 'Toward growth:',
    present: 'Present full screen',
    leavePresent: 'Leave full screen',
    levels: '{support} support, {challenge} challenge',
    levelNames: { low: 'low', high: 'high' },
    markerValue: '{quadrant}: support {support} of {max}, challenge {challenge} of {max}',
    sliderValue: '{value} of {max}, {level}',
    drawing: { vision: 'Vision', description: 'Support on the horizontal axis, challenge on the vertical axis: {quadrants}.' },
    sliderShown: '{value} ({level})',
  },
} satisfies ExplorerProps;

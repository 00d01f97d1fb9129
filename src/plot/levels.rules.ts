// The plot's scale: ratings from 1 to 10 on each axis. A rules module (no
// imports), shared by the example relationships' schema and the plot's logic.
// An even count of whole numbers means none sits on the line between low and
// high, so every position the reader can choose is clearly in one quadrant.

export const LEVEL_MIN = 1;
export const LEVEL_MAX = 10;

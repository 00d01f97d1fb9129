/** The letter a response is known by on screen and on paper: A, B, C, D ... */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

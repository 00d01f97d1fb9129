// The end of the form: how far along the reader is, and the button for results.
// It stays in view at the bottom of the screen while the reader answers.

interface Props {
  answered: number;
  total: number;
  /** Before the island runs, the button cannot work, so it shows disabled. */
  ready: boolean;
}

export function FormFooter({ answered, total, ready }: Props) {
  return (
    <div class="sa-footer needs-js">
      <p class="sa-progress">
        <label for="sa-progress-bar">{`${answered} of ${total} answered`}</label>
        <progress id="sa-progress-bar" max={total} value={answered} />
      </p>
      <button type="submit" class="control sa-primary" disabled={!ready}>
        See my results
      </button>
    </div>
  );
}

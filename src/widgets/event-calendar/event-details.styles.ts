import { css } from 'lit';

/** The details dialog. */
export const eventDetailsStyles = css`
  .dialog {
    width: min(40em, calc(100vw - 2em));
    max-height: calc(100vh - 2em);
    padding: 0;
    border: 0;
    border-top: 0.375em solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: 0 0.5em 2em rgb(0 0 0 / 0.3);
  }
  .dialog::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  .dialog-content {
    container-type: inline-size;
    padding: 1.25em 1.5em 1.5em;
  }
  .dialog-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1em;
  }
  .dialog-title {
    flex: 1 1 0;
    min-width: 0;
    margin: 0.2em 0 0;
    font-size: var(--_size-title);
    line-height: 1.3;
  }
  .close {
    flex: none;
  }
  .details + .details {
    margin-top: 1.5em;
    padding-top: 1em;
    border-top: 1px solid var(--_divider);
  }
  .details-title {
    margin: 1em 0 0;
    font-size: var(--_size-item);
  }
  .details dl {
    display: grid;
    grid-template-columns: minmax(6em, max-content) 1fr;
    gap: 0.375em 1em;
    margin: 1em 0;
  }
  .details dt {
    font-weight: 700;
  }
  .details dd {
    margin: 0;
  }
  .details dd .tags {
    margin: 0;
  }
  .line {
    display: block;
  }
  .summary {
    margin: 0 0 1em;
  }
  .links {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75em 1.25em;
    margin: 0;
  }
  @container (max-width: 30em) {
    .details dl {
      grid-template-columns: 1fr;
      gap: 0.125em;
    }
    .details dd {
      margin-bottom: 0.5em;
    }
  }
`;

/** The message an embed page sends its parent whenever its height changes. */
export const RESIZE_MESSAGE = 'kgc-embed:resize';

export interface ResizeMessage {
  type: typeof RESIZE_MESSAGE;
  height: number;
}

export function isResizeMessage(data: unknown): data is ResizeMessage {
  return (
    typeof data === 'object' &&
    data !== null &&
    (data as ResizeMessage).type === RESIZE_MESSAGE &&
    Number.isFinite((data as ResizeMessage).height)
  );
}

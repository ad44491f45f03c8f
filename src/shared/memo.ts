/**
 * Views kept per object: a view is built again only when one of the values it depends on changed. Re-rendering a
 * long list (a national map's 200 markers, a side column of 500 places) then builds only what changed, and lit
 * finds the same values in the others.
 */
export class ViewMemo<K extends object, V> {
  private readonly views = new WeakMap<K, { deps: readonly unknown[]; view: V }>();

  /** The view of `key` as last built, if `deps` are the same (`===`, in order); else `build()`, kept. */
  get(key: K, deps: readonly unknown[], build: () => V): V {
    const last = this.views.get(key);
    if (last && last.deps.length === deps.length && last.deps.every((d, i) => d === deps[i])) return last.view;
    const view = build();
    this.views.set(key, { deps, view });
    return view;
  }
}
